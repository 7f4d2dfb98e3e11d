// Where 保知 runs: domain.md, table "Where 保知 runs". One source for the manifest, the background's
// registration of optional content scripts, and the hint card's policy.

/** National official sites: the only install-time hosts and static content-script matches (first row). */
export const NATIONAL_HOSTS = [
  '*://*.nhsa.gov.cn/*',
  '*://*.mohrss.gov.cn/*',
  '*://si.12333.gov.cn/*',
  '*://www.gov.cn/*',
  '*://*.chinatax.gov.cn/*',
];

/** Provincial and city bureaus (second row): optional, granted from the options page. */
export const BUREAU_HOSTS = ['*://*.gov.cn/*'];

/** Q&A and news sites (third row): optional, granted from the options page. */
export const QA_HOSTS = ['*://*.zhihu.com/*', '*://zhidao.baidu.com/*', '*://baijiahao.baidu.com/*'];

export const OPTIONAL_HOSTS = [...BUREAU_HOSTS, ...QA_HOSTS];

export type SiteTier = 'national' | 'bureau' | 'qa' | 'other';

/** Whether a host matches the host part of a match pattern ('*.example.com' also matches example.com). */
function hostMatches(host: string, pattern: string): boolean {
  const patternHost = pattern.replace(/^\*:\/\//, '').replace(/\/.*$/, '');
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === patternHost;
}

/** The row of the table a page's host belongs to; national wins over the broader *.gov.cn pattern. */
export function siteTier(url: string): SiteTier {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'other';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'other';
  const host = parsed.hostname.toLowerCase();
  if (NATIONAL_HOSTS.some((pattern) => hostMatches(host, pattern))) return 'national';
  if (BUREAU_HOSTS.some((pattern) => hostMatches(host, pattern))) return 'bureau';
  if (QA_HOSTS.some((pattern) => hostMatches(host, pattern))) return 'qa';
  return 'other';
}

/** The optional host patterns of a tier (what the options page requests for it). */
export function tierHosts(tier: 'bureau' | 'qa'): string[] {
  return tier === 'bureau' ? BUREAU_HOSTS : QA_HOSTS;
}

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

export interface HostClass {
  /** The row of the table: what permission the host needs and where the card may show. */
  tier: SiteTier;
  /**
   * The host carries a 医保/人社 bureau label (ybj., hrss. …; domain.md "Where the pages are"). Every *.gov.cn
   * host is in the bureau row for permissions, but only these count toward a page being about social
   * insurance: a city's news site or a 公积金 centre under *.gov.cn is not.
   */
  bureauLabel: boolean;
}

/** Host labels of provincial and city 医保/人社 bureaus (domain.md, "Where the pages are"). */
const BUREAU_LABEL = /(?:^|\.)(?:ybj|ylbz|ylbzj|hsa|hrss|rsj|rst|rlsbj|rlsbt|ybju|sbj)\./;

/** Whether a host matches the host part of a match pattern ('*.example.com' also matches example.com). */
function hostMatches(host: string, pattern: string): boolean {
  const patternHost = pattern.replace(/^\*:\/\//, '').replace(/\/.*$/, '');
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === patternHost;
}

const OTHER: HostClass = { tier: 'other', bureauLabel: false };

/** The one host classifier: the table's row (national wins over the broader *.gov.cn) and the bureau label. */
export function classifyHost(url: string | undefined): HostClass {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return OTHER;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return OTHER;
  const host = parsed.hostname.toLowerCase();
  const bureauLabel = BUREAU_LABEL.test(host) && host.endsWith('.gov.cn');
  if (NATIONAL_HOSTS.some((pattern) => hostMatches(host, pattern))) return { tier: 'national', bureauLabel };
  if (BUREAU_HOSTS.some((pattern) => hostMatches(host, pattern))) return { tier: 'bureau', bureauLabel };
  if (QA_HOSTS.some((pattern) => hostMatches(host, pattern))) return { tier: 'qa', bureauLabel: false };
  return OTHER;
}

/** The optional host patterns of a tier (what the options page requests for it). */
export function tierHosts(tier: 'bureau' | 'qa'): string[] {
  return tier === 'bureau' ? BUREAU_HOSTS : QA_HOSTS;
}

import { getRegion } from '../../lib/regions';
import { provinceCode } from '../../lib/regions/codes';
import type { Scope } from '../../lib/scope';
import type { Contribution, ContributionItem } from '../../lib/situation/contribution';
import { PARAMS } from '../../lib/dataset/params';
import { parseMonth } from '../../lib/situation/month';
import type { BenefitsFrom, Timeline } from '../../lib/situation/timeline';
import { eventMessage, INSURANCE_KEY } from '../../lib/situation/wording';
import { t, uiLang } from '../../utils/i18n';

// The words of 「按我的情况算」's results, shared by what is shown and what is copied.

/** 2026-09 → 「2026年9月」 (or "September 2026"), in the UI language. */
export function monthLabel(month: string): string {
  const index = parseMonth(month);
  if (index === null) return month;
  const date = new Date(Math.floor(index / 12), index % 12, 1);
  return new Intl.DateTimeFormat(uiLang(), { year: 'numeric', month: 'long' }).format(date);
}

export function benefitsLabel(value: BenefitsFrom): string {
  if (value === null) return t('calcUnknown');
  if (typeof value === 'string') return monthLabel(value);
  return t('calcLenientStrict', [monthLabel(value.lenient), monthLabel(value.strict)]);
}

/** Where a rule comes from, for a city: its own, its province's, or what most places do. */
export function ruleLevel(scope: Scope | null, city: string | null, short = false): string | null {
  if (!scope) return null;
  if (scope === 'national' || !city) return t(short ? 'calcRuleNationalShort' : 'calcRuleNational');
  const code = scope === 'city' ? city : provinceCode(city);
  return t('calcRuleCity', getRegion(code)?.name ?? code);
}

export function regionLine(city: string | null): string {
  return city ? t('calcFor', getRegion(city)?.name ?? city) : t('calcForNational');
}

export function graceLabel(timeline: Timeline): string | null {
  const w = timeline.summary.withinGrace;
  return w === 'yes'
    ? t('graceYes')
    : w === 'disputed'
      ? t('graceDisputed')
      : w === 'no'
        ? t('graceNo')
        : null;
}

/** The rules the data lacks (a base not yet typed is the user's to give, not a gap in the data). */
export function unknownLine(ids: readonly string[]): string | null {
  const names = ids
    .filter((id) => id !== 'base')
    .map((id) => PARAMS[id as keyof typeof PARAMS]?.meaning ?? id);
  return names.length > 0 ? t('calcUnknownParts', names.join('、')) : null;
}

export function money(value: number | null): string {
  return value === null ? t('calcUnknown') : t('calcYuan', value.toFixed(2));
}

export function itemName(item: ContributionItem): string {
  return t(INSURANCE_KEY[item.insurance]);
}

export function timelineText(timeline: Timeline, city: string | null): string {
  const lines = [t('calcTitle'), regionLine(city)];
  const grace = graceLabel(timeline);
  lines.push(
    [grace, timeline.gap > 0 ? t('calcGap', String(timeline.gap)) : null].filter(Boolean).join(' · '),
  );
  for (const e of timeline.events) {
    const { key, subs } = eventMessage(e, timeline);
    const rule = [ruleLevel(e.scope, city), e.param?.unverified ? t('calcUnverified') : null].filter(Boolean);
    lines.push(`${monthLabel(e.month)}  ${t(key, subs)}${rule.length ? `(${rule.join(',')})` : ''}`);
    for (const r of e.disputed?.readings ?? []) lines.push(`    - ${r.text}`);
  }
  const unknown = unknownLine(timeline.unknown);
  if (unknown) lines.push(unknown);
  lines.push('', t('calcDisclaimer'));
  return lines.join('\n');
}

export function contributionText(c: Contribution, city: string | null): string {
  const lines = [t('calcTitle'), regionLine(city)];
  for (const item of c.items) {
    const parts = [`${t('calcPersonal')} ${money(item.personal)}`];
    if (c.scheme === 'employee') parts.push(`${t('calcEmployer')} ${money(item.employer)}`);
    lines.push(`${itemName(item)}: ${parts.join(', ')}`);
  }
  const total = c.complete.personal ? t('calcTotal') : t('calcPartialTotal');
  lines.push(
    `${total}: ${t('calcPersonal')} ${money(c.personalTotal)}${c.scheme === 'employee' ? `, ${t('calcEmployer')} ${money(c.employerTotal)}` : ''}`,
  );
  if (c.accountCredit !== null) lines.push(`${t('calcAccountCredit')}: ${money(c.accountCredit)}`);
  const unknown = unknownLine(c.unknown);
  if (unknown) lines.push(unknown);
  lines.push('', t('calcDisclaimer'));
  return lines.join('\n');
}

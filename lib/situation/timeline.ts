import type { ParamId } from '../dataset/params';
import type { Citation, Period } from '../dataset/schema';
import type { Scope } from '../scope';
import { SituationInputError } from './input-error';
import { formatMonth, januaryOf, monthOfDay, parseMonth, yearOf, type Month } from './month';
import { widestScope, type ParamValue, type Reading, type RegionParams } from './region-params';

// The 断缴 timeline (issue 17): what happens, month by month, after the last month paid. The one place the
// semantics live. With L the last month paid, R the month payment resumes (this month when not given),
// G = grace_months and Q = requalify_months of the region:
//   pausedFrom = L + 1, backPayBy = L + G, disputedUntil = L + G + 1, gap = R − L − 1;
//   withinGrace: gap < G "yes", gap = G "disputed" (sources disagree whether exactly G keeps continuity:
//   both readings are shown, never settled), gap > G "no";
//   benefitsFrom: "yes" R + 1, "no" R + Q, "disputed" { lenient: R + 1, strict: R + Q }.
// 居民医保 is paid per calendar year: L is the December of the last year paid, and paying again after a gap
// waits resident_waiting_months before benefits start.

export const TIMELINE_SCHEMES = ['employee', 'flexible', 'resident'] as const;
export type TimelineScheme = (typeof TIMELINE_SCHEMES)[number];

export interface TimelineInput {
  scheme: TimelineScheme;
  /** YYYY-MM; for 居民医保 the last year paid, YYYY. */
  lastPaid: string;
  /** YYYY-MM, later than lastPaid; absent: as if resuming this month. */
  resume?: string | null;
  /** YYYY-MM-DD; its month is used. */
  today: string;
}

export type WithinGrace = 'yes' | 'disputed' | 'no';
export type BenefitsFrom = string | { lenient: string; strict: string } | null;

export interface TimelineSummary {
  pausedFrom: string;
  backPayBy: string | null;
  disputedUntil: string | null;
  withinGrace: WithinGrace | null;
  benefitsFrom: BenefitsFrom;
}

export type EventKind =
  | 'last-paid'
  | 'paused'
  | 'back-pay-by'
  | 'disputed'
  | 'resume'
  | 'benefits'
  | 'benefits-lenient'
  | 'benefits-strict'
  | 'resident-alternative';

/** A disagreement shown beside an event: every reading with its sources. */
export interface EventDispute {
  summary: string;
  readings: Reading[];
}

export interface TimelineEvent {
  month: string;
  kind: EventKind;
  /** The rule the date follows from, with the figure the data gives. */
  param: { id: ParamId; value: number; unit: string; label: string; unverified: boolean } | null;
  /** Where that rule comes from (city, province or national), or null for an input. */
  scope: Scope | null;
  period: Period | null;
  /** The date itself is disputed: each reading with its sources. */
  disputed: EventDispute | null;
  /** A disagreement about what the event means (is the account usable, are gap costs claimable). */
  note: EventDispute | null;
  /** Seed item ids and documents the rule rests on; the record that states it. */
  sources: string[];
  references: Citation[];
  recordId: string | null;
}

export interface Timeline {
  kind: 'timeline';
  scheme: TimelineScheme;
  region: string;
  /** The least local level any rule used came from. */
  scope: Scope | null;
  lastPaid: string;
  resume: string;
  /** True when no resume month was given and this month was used. */
  resumeAssumed: boolean;
  today: string;
  /** Months without contributions between the last month paid and the resume month. */
  gap: number;
  summary: TimelineSummary;
  events: TimelineEvent[];
  /** Rules the data has for no level of the region: the dates that need them are null. */
  unknown: ParamId[];
}

const KIND_ORDER: EventKind[] = [
  'last-paid',
  'paused',
  'back-pay-by',
  'disputed',
  'resume',
  'benefits',
  'benefits-lenient',
  'benefits-strict',
  'resident-alternative',
];

function todayMonth(today: string): Month {
  const month = monthOfDay(today);
  if (month === null) throw new SituationInputError('today', `must be a date YYYY-MM-DD (got "${today}")`);
  return month;
}

function lastPaidMonth(input: TimelineInput, now: Month): Month {
  const { scheme, lastPaid } = input;
  let month: Month | null;
  if (scheme === 'resident') {
    month = /^\d{4}$/.test(lastPaid) ? januaryOf(Number(lastPaid)) + 11 : null;
    if (month === null)
      throw new SituationInputError(
        'lastPaid',
        `居民医保按年缴费: give the last year paid, YYYY (got "${lastPaid}")`,
      );
    if (yearOf(month) > yearOf(now))
      throw new SituationInputError('lastPaid', `${lastPaid} is after this year (${yearOf(now)})`);
    return month;
  }
  month = parseMonth(lastPaid);
  if (month === null)
    throw new SituationInputError('lastPaid', `must be a month YYYY-MM (got "${lastPaid}")`);
  if (month > now)
    throw new SituationInputError('lastPaid', `${lastPaid} is after this month (${formatMonth(now)})`);
  return month;
}

function resumeMonth(input: TimelineInput, last: Month): Month | null {
  if (input.resume === undefined || input.resume === null || input.resume === '') return null;
  const month = parseMonth(input.resume);
  if (month === null)
    throw new SituationInputError('resume', `must be a month YYYY-MM (got "${input.resume}")`);
  if (month <= last)
    throw new SituationInputError(
      'resume',
      `${input.resume} must be after the last month paid (${formatMonth(last)})`,
    );
  return month;
}

export function computeTimeline(input: TimelineInput, params: RegionParams): Timeline {
  const now = todayMonth(input.today);
  const last = lastPaidMonth(input, now);
  const given = resumeMonth(input, last);
  // Not yet due (the last month paid is this one): resuming "now" means the next month, with no gap.
  const resume = given ?? Math.max(now, last + 1);
  const gap = resume - last - 1;
  const unknown: ParamId[] = [];
  const used: ParamValue[] = [];
  const need = (id: ParamId): ParamValue | null => {
    const p = params.param(id);
    if (p) used.push(p);
    else if (!unknown.includes(id)) unknown.push(id);
    return p;
  };
  const events: TimelineEvent[] = [];
  const add = (month: Month, kind: EventKind, from: ParamValue | null, extra: Partial<TimelineEvent> = {}) =>
    events.push({
      month: formatMonth(month),
      kind,
      param: from && {
        id: from.id,
        value: from.value,
        unit: from.unit,
        label: from.label,
        unverified: from.unverified,
      },
      scope: from?.scope ?? null,
      period: from?.period ?? null,
      disputed: null,
      note: null,
      sources: from ? [...from.record.sources] : [],
      references: from ? [...from.record.references] : [],
      recordId: from?.record.id ?? null,
      ...extra,
    });
  const strip = (d: { summary: string; readings: Reading[] } | null): EventDispute | null =>
    d && { summary: d.summary, readings: d.readings };
  const waiting = (): ParamValue | null => need('resident_waiting_months');

  add(last, 'last-paid', null);
  const balance = params.record('balance_after_stop');
  add(last + 1, 'paused', null, {
    scope: balance?.scope ?? null,
    note: strip(params.dispute('account-after-stop', balance?.record)),
    sources: balance ? [...balance.record.sources] : [],
    references: balance ? [...balance.record.references] : [],
    recordId: balance?.record.id ?? null,
  });
  add(resume, 'resume', null);

  let summary: TimelineSummary;
  if (input.scheme === 'resident') {
    const w = gap > 0 ? waiting() : null;
    const benefits = gap === 0 ? resume : w ? resume + w.value : null;
    if (w && benefits !== null) add(benefits, 'benefits', w);
    summary = {
      pausedFrom: formatMonth(last + 1),
      backPayBy: null,
      disputedUntil: null,
      withinGrace: null,
      benefitsFrom: benefits === null ? null : formatMonth(benefits),
    };
  } else {
    const g = need('grace_months');
    let within: WithinGrace | null = null;
    let benefitsFrom: BenefitsFrom = null;
    if (g) {
      const boundary = strip(params.dispute('grace-boundary', g.record)) ?? { summary: '', readings: [] };
      add(last + g.value, 'back-pay-by', g);
      add(last + g.value + 1, 'disputed', g, { disputed: boundary });
      within = gap < g.value ? 'yes' : gap === g.value ? 'disputed' : 'no';
      if (within === 'yes') {
        add(resume + 1, 'benefits', g, { note: strip(params.dispute('gap-costs', g.record)) });
        benefitsFrom = formatMonth(resume + 1);
      } else {
        const q = need('requalify_months');
        if (within === 'no' && q) {
          add(resume + q.value, 'benefits', q);
          benefitsFrom = formatMonth(resume + q.value);
        }
        if (within === 'disputed' && q) {
          add(resume + 1, 'benefits-lenient', g, { disputed: boundary });
          add(resume + q.value, 'benefits-strict', q, { disputed: boundary });
          benefitsFrom = { lenient: formatMonth(resume + 1), strict: formatMonth(resume + q.value) };
        }
      }
    }
    if (within !== 'yes') {
      const w = waiting();
      if (w) add(resume + w.value, 'resident-alternative', w);
    }
    summary = {
      pausedFrom: formatMonth(last + 1),
      backPayBy: g ? formatMonth(last + g.value) : null,
      disputedUntil: g ? formatMonth(last + g.value + 1) : null,
      withinGrace: within,
      benefitsFrom,
    };
  }

  events.sort((a, b) =>
    a.month === b.month
      ? KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
      : a.month < b.month
        ? -1
        : 1,
  );
  return {
    kind: 'timeline',
    scheme: input.scheme,
    region: params.region,
    scope: widestScope(used.map((p) => p.scope)),
    lastPaid: input.scheme === 'resident' ? String(yearOf(last)) : formatMonth(last),
    resume: formatMonth(resume),
    resumeAssumed: given === null,
    today: input.today,
    gap,
    summary,
    events,
    unknown,
  };
}

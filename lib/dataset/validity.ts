import type { CompiledRecord, Period, SourceItem } from './schema';

// How old an answer is, against today (an input everywhere: the CLI's --today, the clock in the extension).
// domain.md: a figure belongs to a period; once the period has ended it is shown as that period's figure,
// never as today's. Dates are ISO strings (YYYY-MM-DD), which compare in order as text.

export type StaleReason = 'period-ended' | 'sources-over-12-months' | 'undated';

export interface Staleness {
  /** The answer's figures belong to a period that has ended. */
  expired: boolean;
  reason: StaleReason;
}

/** Months after which the newest dated source makes an answer stale (a standing rule's posts age too). */
export const STALE_MONTHS = 12;

/** A date as YYYY-MM-DD in local time (the user's day, not UTC's). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function periodEnded(period: Period | null, today: string): boolean {
  return period !== null && period.to !== null && period.to < today;
}

/** The newest dated source: the date the answer's posts are as of. */
export function newestSourceDate(items: readonly SourceItem[]): string | null {
  let newest: string | null = null;
  for (const item of items) if (item.date && (!newest || item.date > newest)) newest = item.date;
  return newest;
}

/** The same day STALE_MONTHS earlier (text arithmetic on the year is exact for whole years). */
function monthsBefore(today: string, months: number): string {
  const year = Number(today.slice(0, 4)) - Math.floor(months / 12);
  return `${String(year).padStart(4, '0')}${today.slice(4)}`;
}

/** Why the answer may no longer hold today, or null when nothing says so. */
export function staleness(
  record: Pick<CompiledRecord, 'period'>,
  items: readonly SourceItem[],
  today: string,
): Staleness | null {
  if (periodEnded(record.period, today)) return { expired: true, reason: 'period-ended' };
  const newest = newestSourceDate(items);
  if (newest && newest < monthsBefore(today, STALE_MONTHS))
    return { expired: false, reason: 'sources-over-12-months' };
  if (!newest && record.period === null) return { expired: false, reason: 'undated' };
  return null;
}

/** 「2025年度」 for a calendar year, 「2024-09-01至2025-02-25」, 「2025-01-01起」 while it runs. */
export function periodLabel(period: Period): string {
  const year = period.from.slice(0, 4);
  if (period.from === `${year}-01-01` && period.to === `${year}-12-31`) return `${year}年度`;
  return period.to === null ? `${period.from}起` : `${period.from}至${period.to}`;
}

/** The date line beside an answer's conclusion: its period, or its sources' age, and what follows from it. */
export function dateLine(
  record: Pick<CompiledRecord, 'period'>,
  items: readonly SourceItem[],
  today: string,
): string {
  const stale = staleness(record, items, today);
  const newest = newestSourceDate(items);
  const period = record.period ? periodLabel(record.period) : null;
  if (stale?.reason === 'period-ended')
    return `${period}的数据,该期已结束;本期标准不在保知的数据中,请查参保地医保、人社或税务部门公布的本期标准`;
  const parts: string[] = [];
  if (period) parts.push(`适用于${period}`);
  if (stale?.reason === 'undated') parts.push('来源都未注明日期,无法判断是否最新');
  else if (newest) parts.push(`来源最新日期 ${newest}`);
  if (stale?.reason === 'sources-over-12-months') parts.push('已超过12个月,请核实有无变化');
  return parts.join(' · ');
}

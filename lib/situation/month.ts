// Months as integers (year × 12 + month − 1), so "L + G" and "R − L − 1" are plain arithmetic across year ends.
// Hand-written rather than date-fns: the timeline never needs days, time zones or Date objects, and a month
// index is three lines where date-fns would add parsing, a Date per step and a dependency to the popup.

export type Month = number;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** 2026-08 → its index, or null when the text is not a month YYYY-MM. */
export function parseMonth(text: string): Month | null {
  const m = MONTH.exec(text);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

/** The month of a day YYYY-MM-DD, or null when the text is not one. */
export function monthOfDay(text: string): Month | null {
  const m = DAY.exec(text);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

export function formatMonth(month: Month): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export function yearOf(month: Month): number {
  return Math.floor(month / 12);
}

/** January of a year. */
export function januaryOf(year: number): Month {
  return year * 12;
}

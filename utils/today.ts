import { isoDay } from '../lib/dataset/validity';
import { hasTestFlag } from './test-flags';

// "Today" for answers computed outside a page (the hint card's date line, in the background). Browser tests of
// test builds pin it (scripts cannot set a service worker's clock); a production build always reads the clock.
let pinned: string | null = null;

export function today(): string {
  return pinned ?? isoDay(new Date());
}

/** Test builds only: pins today (YYYY-MM-DD), or unpins it with null. */
export function pinToday(day: string | null): void {
  if (hasTestFlag('grant-optional')) pinned = day;
}

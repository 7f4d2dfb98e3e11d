import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Channel } from './guard';

/** New text that makes the page worth another look (a SPA rendering a new article). */
const NEW_TEXT_CHARS = 2000;
/** At most one detection per this many ms from DOM changes. */
const THROTTLE_MS = 2000;

/** When detection runs again: throttled, in an idle callback, never in a hidden tab. */
export interface Scheduler {
  /** Runs detection soon: after `delay`, throttled to one run per THROTTLE_MS unless `throttled` is false. */
  schedule(delay?: number, throttled?: boolean): void;
  /** Counts text added to the page; enough of it schedules a run. */
  countAdded(records: MutationRecord[]): void;
  /** Called by each run. */
  ran(): void;
}

export function scheduler(
  ctx: ContentScriptContext,
  { guard }: Channel,
  run: () => Promise<void>,
): Scheduler {
  let lastRun = 0;
  let addedText = 0;
  let timer: number | undefined;
  let waitingForVisible = false;

  const schedule = (delay = 0, throttled = true) => {
    if (timer !== undefined) return;
    const wait = throttled ? Math.max(delay, lastRun + THROTTLE_MS - Date.now()) : delay;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      if (document.visibilityState === 'hidden') {
        waitingForVisible = true;
        return;
      }
      ctx.requestIdleCallback(guard(run), { timeout: 1000 });
    }, wait);
  };

  ctx.addEventListener(
    document,
    'visibilitychange',
    guard(() => {
      if (document.visibilityState === 'visible' && waitingForVisible) {
        waitingForVisible = false;
        schedule();
      }
    }),
  );

  return {
    schedule,
    ran() {
      lastRun = Date.now();
      addedText = 0;
    },
    countAdded(records) {
      if (addedText >= NEW_TEXT_CHARS) return; // a run is already due
      for (const record of records) {
        for (const node of record.addedNodes) {
          addedText +=
            node.nodeType === Node.TEXT_NODE
              ? (node as Text).length
              : node.nodeType === Node.ELEMENT_NODE
                ? (node.textContent?.length ?? 0)
                : 0;
        }
        if (addedText >= NEW_TEXT_CHARS) return schedule();
      }
    },
  };
}

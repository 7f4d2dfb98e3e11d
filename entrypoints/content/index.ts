import { browser, defineContentScript } from '#imports';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../../lib/engine/detect';
import { extractPage } from '../../lib/engine/extract';
import type { Hint, Message, PageDetection } from '../../lib/messages';
import { LIMITS } from '../../lib/limits';
import { NATIONAL_HOSTS } from '../../lib/sites';
import { createHintCard, type HintCard } from './hint-card';
import { hasTestFlag } from '../../utils/test-flags';
import { isHint } from './validate';

// The content script: notices whether the page is about social insurance, tells the background (which keeps
// the tab's state and the badge), and shows the hint card when the background says so. Page cost is kept low
// the way darkreader and 10ten do it: nothing runs while the tab is hidden, detection runs on a capped text
// sample (the engine's extractPage walk stops at LIMITS.textSample characters and 50 000 nodes; never
// innerText) in an idle callback, or in an animation frame while the page is still parsed (see the end of
// startSession), and DOM changes only count added text, re-detecting at most every 2 s.
// The engine's lexicon scores the sample here; the page's city is found by the background (its region-name
// table would more than double this script), from the sample of relevant pages only: the text of pages that
// are not about social insurance never leaves the page.
//
// Registered statically for the national sites (the manifest), at runtime for granted optional hosts
// (utils/bg-registration.ts), and injected on a user gesture on any other tab (popup, shortcut, menu).

/** New text that makes the page worth another look (a SPA rendering a new article). */
const NEW_TEXT_CHARS = 2000;
/** At most one detection per this many ms from DOM changes. */
const THROTTLE_MS = 2000;
/** After a SPA navigation, give the new route a moment to render. */
const NAVIGATION_DELAY_MS = 400;
/**
 * Frames in which to look for the h1 while the page is parsed (each looks through the parsed document once);
 * a page that streams for longer without one is detected from DOMContentLoaded on, as any other.
 */
const EARLY_FRAMES = 60;
/** Settings the card depends on (WXT stores `sync:hints` as `hints` in storage.sync). */
const WATCHED_SETTINGS = new Set(['hints', 'noHintSites', 'largeFont', 'homeCity']);

/** Set in our isolated world only (the page cannot see it): the background probes it before injecting. */
interface ContentGlobal {
  baozhiContent?: boolean;
}

function startSession(ctx: ContentScriptContext): void {
  const report = (error: unknown) => {
    if (ctx.isInvalid) return; // the extension was reloaded or updated: nothing left to tell
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    browser.runtime
      .sendMessage({ type: 'content-error', message: message.slice(0, 500) } satisfies Message)
      .catch(() => undefined);
  };
  /** Every callback we hand the page or the browser goes through this: our errors are caught and reported. */
  const guard =
    <A extends unknown[]>(fn: (...args: A) => unknown) =>
    (...args: A): void => {
      try {
        const result = fn(...args);
        if (result instanceof Promise) result.catch(report);
      } catch (error) {
        report(error);
      }
    };
  const send = (message: Message): Promise<unknown> =>
    ctx.isInvalid ? ctx.block() : browser.runtime.sendMessage(message);

  let lastReport = '';
  /** The last sample reached the cap: a fuller document would give the same one. */
  let sampleFull = false;
  let relevant = false;
  let card: HintCard | null = null;
  let hint: Hint | null = null;
  /** The page removed our card: we put it back once, then leave the page alone (until its URL changes). */
  let remounted = false;
  let blocked = false;

  const hideCard = () => {
    const old = card;
    card = null;
    hint = null;
    old?.remove();
  };

  const cardActions = {
    details: guard(async () => {
      if (hint) await send({ type: 'open-answer', recordId: hint.recordId, city: hint.city });
    }),
    dismiss: guard(async () => {
      hideCard();
      await send({ type: 'hint-dismiss' });
    }),
    siteOff: guard(async () => {
      hideCard();
      await send({ type: 'hint-site-off' });
    }),
    allOff: guard(async () => {
      hideCard();
      await send({ type: 'hints-off' });
    }),
  };

  /** Shows, updates or removes the card for the background's reply (a Hint, or anything else for none). */
  function showHint(reply: unknown): void {
    if (ctx.isInvalid) return;
    if (!relevant || !isHint(reply)) return hideCard();
    hint = reply;
    if (card) card.update(reply);
    else if (!blocked) {
      card = createHintCard(reply, cardActions);
      card.mount();
    }
  }

  const refreshHint = async () => showHint(await send({ type: 'get-hint' }));

  async function run(): Promise<void> {
    lastRun = Date.now();
    addedText = 0;
    const page = extractPage(document);
    sampleFull = page.text.length >= LIMITS.textSample;
    const result = detectPage({ ...page, url: location.href });
    // The city is found by the background, from the sample of relevant pages only (see PageSample).
    const detection: PageDetection = {
      relevant: result.relevant,
      score: result.score,
      topics: result.topics,
      city: null,
    };
    relevant = detection.relevant;
    // Re-detections that change nothing are not sent again.
    const key = `${location.href} ${JSON.stringify(detection)}`;
    if (key === lastReport) return;
    lastReport = key;
    // The background answers with the card's content: one round trip fewer before the card goes in.
    showHint(await send({ type: 'page-detected', detection, ...(relevant ? { page } : {}) }));
  }

  let lastRun = 0;
  let addedText = 0;
  let timer: number | undefined;
  let waitingForVisible = false;

  /** Runs detection soon: after `delay`, throttled to one run per THROTTLE_MS, never in a hidden tab. */
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

  ctx.addEventListener(
    window,
    'wxt:locationchange',
    guard(() => {
      hideCard();
      remounted = false;
      blocked = false;
      lastReport = '';
      schedule(NAVIGATION_DELAY_MS, false);
    }),
  );

  const onCardRemoved = () => {
    if (!card) return;
    if (remounted) {
      blocked = true;
      card = null;
      return;
    }
    remounted = true;
    card.mount();
  };

  const observer = new MutationObserver(
    guard((records: MutationRecord[]) => {
      if (card && !card.host.isConnected) onCardRemoved();
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
        if (addedText >= NEW_TEXT_CHARS) {
          schedule();
          return;
        }
      }
    }),
  );
  ctx.onInvalidated(() => {
    observer.disconnect();
    hideCard();
  });

  const onStorage = guard((changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && relevant && Object.keys(changes).some((key) => WATCHED_SETTINGS.has(key))) {
      return refreshHint();
    }
  });
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  const darkQuery = matchMedia('(prefers-color-scheme: dark)');
  const onScheme = guard(() => {
    if (card && hint) card.update(hint);
  });
  darkQuery.addEventListener('change', onScheme);
  ctx.onInvalidated(() => darkQuery.removeEventListener('change', onScheme));

  if (hasTestFlag('content-throws')) {
    // Positive control for the "no errors from us" checks: this build reports an error on every page.
    guard(() => {
      throw new Error('content-throws test build');
    })();
  }

  /** From a parsed document on: watch it for new text, and detect on the full capped sample. */
  const watch = () => {
    observer.observe(document, { childList: true, subtree: true });
    // A card put in while the page was parsed looks again at whether the finished page is dark (colours only).
    if (card && hint) card.update(hint);
    if (!sampleFull) schedule(0, false);
  };
  if (document.readyState === 'loading') {
    // Injected at document_start: detect as soon as the parser is past the first h1, so that a card goes in
    // before the rest of a long page is laid out. Inserting it under the heading of a laid-out page moves
    // every later box, and Blink's pre-paint then revisits each one (a ~100 ms frame on a 5 MB page of 16k
    // blocks); while the page is still parsed, little below the heading is laid out yet. Checked once per
    // frame: animation frames run only once the page renders (its head stylesheets applied, which the card's
    // dark-page and sticky-heading checks read) and never in a hidden tab.
    let frames = 0;
    const early = guard(() => {
      if (document.readyState !== 'loading') return;
      if (pastFirstHeading()) return run();
      if (++frames < EARLY_FRAMES) ctx.requestAnimationFrame(early);
    });
    ctx.requestAnimationFrame(early);
    ctx.addEventListener(document, 'DOMContentLoaded', guard(watch));
  } else watch();
}

/** Whether the parser has gone past the first h1 (some node follows it), so its text is there. */
function pastFirstHeading(): boolean {
  for (let node: Node | null = document.querySelector('h1'); node; node = node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}

export default defineContentScript({
  matches: NATIONAL_HOSTS,
  runAt: 'document_start',
  // WXT would otherwise window.postMessage() to the page on start; the document event it also sends is enough
  // to retire an older copy of this script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Top frame only: frames get no card and do not describe the tab.
    if (window.top !== window) return;
    const global = globalThis as ContentGlobal;
    global.baozhiContent = true;
    ctx.onInvalidated(() => {
      global.baozhiContent = false;
    });
    startSession(ctx);
  },
});

import { browser } from '#imports';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../../lib/engine/detect';
import { extractPage, type PageText } from '../../lib/engine/extract';
import { LIMITS } from '../../lib/limits';
import type { PageDetection } from '../../lib/messages';
import { hasTestFlag } from '../../utils/test-flags';
import { cardStep } from './card';
import { titleHeading } from './placement';
import { openChannel } from './guard';
import { scheduler } from './schedule';

// One page's session, in four steps: extract a capped text sample → detect on it → report to the background
// (which keeps the tab's state and the badge, and answers with the card) → show the card. Page cost is kept
// low the way darkreader and 10ten do it: nothing runs while the tab is hidden, detection runs on a capped
// sample (extractPage stops at LIMITS.textSample characters and 50 000 nodes; never innerText) in an idle
// callback, or in an animation frame while the page is still parsed (see startSession's end), and DOM changes
// only count added text, re-detecting at most every 2 s (./schedule.ts). The page's city is found by the
// background from the sample of relevant pages only: the text of other pages never leaves the page.

/** After a SPA navigation, give the new route a moment to render. */
const NAVIGATION_DELAY_MS = 400;
/**
 * Frames in which to look for the title h1 while the page is parsed (each measures the page's first h1s and
 * banner boxes); a page that streams for longer without one, or has none, is detected from DOMContentLoaded
 * on, as any other (its title is then looked for in the parsed page).
 */
const EARLY_FRAMES = 60;
/** Settings the card depends on (WXT stores `sync:hints` as `hints` in storage.sync). */
const WATCHED_SETTINGS = new Set(['hints', 'noHintSites', 'largeFont', 'homeCity', 'language']);

/** Step 1: the capped sample of the live page. */
function extract(): PageText {
  return extractPage(document);
}

/** Step 2: the engine's verdict on the sample (the city is the background's to find). */
function detect(page: PageText): PageDetection {
  const result = detectPage({ ...page, url: location.href });
  return {
    relevant: result.relevant,
    score: result.score,
    topics: result.topics,
    city: null,
    province: null,
    placeFrom: null,
  };
}

/**
 * Whether the parser has gone past the title h1 the card would go under (some node follows it), so its text is
 * there. A logo h1 in the banner does not count: the card would have nowhere to go but the body's start.
 */
function pastTitleHeading(): boolean {
  for (let node: Node | null = titleHeading(); node; node = node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}

export function startSession(ctx: ContentScriptContext): void {
  const channel = openChannel(ctx);
  const { guard, send } = channel;
  const card = cardStep(channel, () => ctx.isInvalid);
  let lastReport = '';
  /** The last sample reached the cap: a fuller document would give the same one. */
  let sampleFull = false;
  let relevant = false;

  /** Step 3: tells the background, which answers with the card's content (step 4) in the same reply. */
  async function report(detection: PageDetection, page: PageText): Promise<void> {
    relevant = detection.relevant;
    // Re-detections that change nothing are not sent again.
    const key = `${location.href} ${JSON.stringify(detection)}`;
    if (key === lastReport) return;
    lastReport = key;
    const reply = await send({ type: 'page-detected', detection, ...(relevant ? { page } : {}) });
    card.show(reply, relevant);
  }

  const timing = scheduler(ctx, channel, run);
  async function run(): Promise<void> {
    timing.ran();
    const page = extract();
    sampleFull = page.text.length >= LIMITS.textSample;
    await report(detect(page), page);
  }

  ctx.addEventListener(
    window,
    'wxt:locationchange',
    guard(() => {
      card.reset();
      lastReport = '';
      timing.schedule(NAVIGATION_DELAY_MS, false);
    }),
  );

  const observer = new MutationObserver(
    guard((records: MutationRecord[]) => {
      card.checkMounted();
      timing.countAdded(records);
    }),
  );
  ctx.onInvalidated(() => {
    observer.disconnect();
    card.hide();
  });

  const onStorage = guard(async (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && relevant && Object.keys(changes).some((key) => WATCHED_SETTINGS.has(key))) {
      card.show(await send({ type: 'get-hint' }), relevant);
    }
  });
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  const darkQuery = matchMedia('(prefers-color-scheme: dark)');
  const onScheme = guard(() => card.restyle());
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
    card.restyle();
    if (!sampleFull) timing.schedule(0, false);
  };
  if (document.readyState === 'loading') {
    // Injected at document_start: detect as soon as the parser is past the title h1, so that a card goes in
    // before the rest of a long page is laid out. Inserting it under the heading of a laid-out page moves
    // every later box, and Blink's pre-paint then revisits each one (a ~100 ms frame on a 5 MB page of 16k
    // blocks); while the page is still parsed, little below the heading is laid out yet. Checked once per
    // frame: animation frames run only once the page renders (its head stylesheets applied, which the card's
    // dark-page, banner and sticky-heading checks read) and never in a hidden tab.
    let frames = 0;
    const early = guard(() => {
      if (document.readyState !== 'loading') return;
      if (pastTitleHeading()) return run();
      if (++frames < EARLY_FRAMES) ctx.requestAnimationFrame(early);
    });
    ctx.requestAnimationFrame(early);
    ctx.addEventListener(document, 'DOMContentLoaded', guard(watch));
  } else watch();
}

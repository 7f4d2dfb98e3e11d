import { defineContentScript } from '#imports';
import { NATIONAL_HOSTS } from '../../lib/sites';
import { startSession } from './session';

// The content script: notices whether the page is about social insurance, tells the background, and shows the
// hint card when the background says so (./session.ts). Registered statically for the national sites (the
// manifest), at runtime for granted optional hosts (entrypoints/background/registration.ts), and injected on a
// user gesture on any other tab (popup, shortcut, menu).

/** Set in our isolated world only (the page cannot see it): the background probes it before injecting. */
interface ContentGlobal {
  baozhiContent?: boolean;
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

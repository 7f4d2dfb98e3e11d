import { browser } from '#imports';
import { buildAnswer } from '../../ui/answer-dom';
import { DATA_STATE_KEY, DataState, keptStartKey, PopupStart } from '../../lib/messages';
import { h } from '../../utils/dom';
import { setLanguage, uiLang } from '../../utils/i18n';
import { markPainted } from './painted';

// The popup's first paint, before React loads: the tab's answer, kept by the background when it detected the
// tab or else asked for with one message (popup-start), built with the same DOM code the React view uses
// (ui/answer-dom.ts). The bar and
// tools above it are reserved at their rendered height (popup.css), so nothing moves when React takes over.

/** The tab the popup is about: `?tabId=` when opened in a tab (tests, "open in tab"), else the active tab. */
export async function currentTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The start the background kept for the tab when it detected it (storage.session), while its dataset is still
 * the current one: read without waking a stopped service worker, which takes longer than the paint itself.
 */
async function keptStart(tabId: number): Promise<PopupStart | null> {
  const key = keptStartKey(tabId);
  const stored = await browser.storage.session
    .get([key, DATA_STATE_KEY])
    .catch(() => ({}) as Record<string, unknown>);
  const kept = PopupStart.safeParse(stored[key]);
  const data = DataState.safeParse(stored[DATA_STATE_KEY]);
  if (!kept.success || !data.success) return null;
  const keptData = kept.data.dataState;
  const current =
    data.data.status === 'ready' && keptData.status === 'ready' && data.data.hash === keptData.hash;
  return current ? { ...kept.data, dataState: data.data } : null;
}

/** Paints the tab's answer if there is one (kept, or asked for); null when the background fails. */
export async function paintFirst(): Promise<PopupStart | null> {
  const tabId = await currentTabId();
  let start = tabId === undefined ? null : await keptStart(tabId);
  if (!start) {
    const parsed = PopupStart.safeParse(
      await browser.runtime.sendMessage({ type: 'popup-start', tabId: tabId ?? null }).catch(() => null),
    );
    if (!parsed.success) return null;
    start = parsed.data;
  }
  await setLanguage(start.language);
  document.documentElement.lang = uiLang();
  document.documentElement.classList.toggle('large-font', start.largeFont);
  const root = document.getElementById('root');
  if (start.answer && root && root.childElementCount === 0) {
    root.append(
      h('header', { class: 'bar' }),
      h(
        'main',
        null,
        // Without a home city React puts the one-line picker above the tools: its line is reserved too.
        start.home === null && h('div', { class: 'home-prompt' }),
        h('div', { class: 'popup-tools' }),
        buildAnswer(start.answer),
      ),
    );
    markPainted('answer');
  }
  return start;
}

import { browser } from '#imports';
import { buildAnswer } from '../../ui/answer-dom';
import { PopupStart } from '../../lib/messages';
import { h } from '../../utils/dom';
import { setLanguage, uiLang } from '../../utils/i18n';
import { markPainted } from './painted';

// The popup's first paint, before React loads: one message to the background (popup-start) brings the tab's
// answer, which is built with the same DOM code the React view uses (components/answer-dom.ts). The bar and
// tools above it are reserved at their rendered height (popup.css), so nothing moves when React takes over.

/** The tab the popup is about: `?tabId=` when opened in a tab (tests, "open in tab"), else the active tab. */
export async function currentTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Asks for the popup's start and paints the tab's answer if there is one; null when the background fails. */
export async function paintFirst(): Promise<PopupStart | null> {
  const tabId = await currentTabId();
  const parsed = PopupStart.safeParse(
    await browser.runtime.sendMessage({ type: 'popup-start', tabId: tabId ?? null }).catch(() => null),
  );
  if (!parsed.success) return null;
  const start = parsed.data;
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

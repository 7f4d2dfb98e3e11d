import { browser } from '#imports';
import type { Browser } from 'wxt/browser';
import { LIMITS } from '../../lib/limits';
import type { Language } from '../../lib/language';
import { answerUrl } from '../../utils/answer-url';
import { translator } from '../../utils/i18n';
import { settings } from '../../utils/settings';
import { injectIntoTab } from './registration';

// The context-menu item 用保知查询"%s": opens the answer page for the selected text, and (through the
// activeTab grant the click gives) runs the content script in that tab so its badge is right too.

export const MENU_ID = 'baozhi-lookup';

/** The item's title in the UI language the user chose (chrome.i18n alone follows the browser's). */
async function menuTitle(language: Language): Promise<string> {
  // Chrome and Firefox put the selection where %s is.
  return (await translator(language))('hintMenuLookup');
}

/** Created on install and update (Chrome keeps menu items across service-worker restarts). */
export async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: await menuTitle(await settings.language.get()),
    contexts: ['selection'],
  });
}

/** Re-titles the item when the UI language setting changes; returns the unwatch function. */
export function watchMenuLanguage(): () => void {
  return settings.language.watch(async (language) => {
    // Rejects only while there is no item yet; createMenu then titles it in the new language.
    await browser.contextMenus.update(MENU_ID, { title: await menuTitle(language) }).catch(() => undefined);
  });
}

export async function onMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const question = (info.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, LIMITS.question);
  if (!question) return;
  if (tab?.id !== undefined && tab.id >= 0) void injectIntoTab(tab.id);
  await browser.tabs.create({
    url: answerUrl({ q: question }),
    ...(tab && tab.id !== undefined && tab.id >= 0 ? { index: tab.index + 1, openerTabId: tab.id } : {}),
  });
}

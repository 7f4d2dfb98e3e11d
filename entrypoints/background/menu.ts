import { browser } from '#imports';
import type { Browser } from 'wxt/browser';
import { LIMITS } from '../../lib/limits';
import { answerUrl } from '../../utils/answer-url';
import { injectIntoTab } from './registration';

// The context-menu item 用保知查询"%s": opens the answer page for the selected text, and (through the
// activeTab grant the click gives) runs the content script in that tab so its badge is right too.

export const MENU_ID = 'baozhi-lookup';

/** Created on install and update (Chrome keeps menu items across service-worker restarts). */
export async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    // Chrome and Firefox put the selection where %s is.
    title: browser.i18n.getMessage('hintMenuLookup'),
    contexts: ['selection'],
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

import { browser, defineBackground } from '#imports';
import type { Browser } from 'wxt/browser';
import { type Message, parseMessage } from '../../lib/messages';
import { getDataState, importDatasetFile, restoreBundledDataset, startDataLayer } from './data-layer';
import { dismissHint, hintFor, recordContentError, turnOffHints, turnOffHintsForSite } from './hints';
import { completeDetection } from './detect';
import { keepPopupStartFor, popupStart, watchPopupSettings } from './popup-start';
import { answerUrl } from '../../utils/answer-url';
import { createMenu, onMenuClicked, watchMenuLanguage } from './menu';
import { injectIntoTab, syncOptionalScripts } from './registration';
import { clearTabState, loadTabState, saveTabState } from './tab-state';
import { hasTestFlag } from '../../utils/test-flags';
import { exposeBenchHooks } from './bench-hooks';
import { pinToday } from '../../utils/today';

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.tab === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/**
 * The tab and page of a top-frame content script of ours; frames and extension pages get null. The tab's URL
 * is preferred: Chrome leaves sender.url at the document's first URL after same-document (SPA) navigation.
 */
function contentSender(sender: Browser.runtime.MessageSender): { tabId: number; url: string } | null {
  const tabId = sender.tab?.id;
  const url = sender.tab?.url ?? sender.url;
  if (tabId === undefined || sender.frameId !== 0 || !url || isExtensionPage(sender)) return null;
  return { tabId, url };
}

async function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'page-detected': {
      const from = contentSender(sender);
      if (!from) return null;
      const detection = completeDetection(message.detection, message.page, from.url);
      await saveTabState(from.tabId, { url: from.url, detection });
      if (detection.relevant) void keepPopupStartFor(from.tabId).catch(() => undefined);
      // Also clears the badge when a tab moves on to a page that is not about social insurance.
      await browser.action.setBadgeText({ tabId: from.tabId, text: detection.relevant ? '保' : '' });
      // The card's content in the same reply, saving the content script a get-hint round trip.
      return detection.relevant ? hintFor(from.tabId, from.url) : null;
    }
    case 'get-hint': {
      const from = contentSender(sender);
      return from ? hintFor(from.tabId, from.url) : null;
    }
    case 'open-answer': {
      const from = contentSender(sender);
      if (!from) return null;
      // A page cannot open extension pages (none is web-accessible, so pages cannot probe for 保知 or frame
      // it): the card asks the background, which opens the answer next to the tab.
      // The card's city is the page's when the page named it, else the home city.
      const pageCity = (await loadTabState(from.tabId))?.detection.city;
      await browser.tabs.create({
        url: answerUrl({
          id: message.recordId,
          city: message.city,
          from: message.city && message.city === pageCity ? 'page' : undefined,
        }),
        index: (sender.tab?.index ?? 0) + 1,
        openerTabId: from.tabId,
      });
      return null;
    }
    case 'hint-dismiss': {
      const from = contentSender(sender);
      if (from) await dismissHint(from.url);
      return null;
    }
    case 'hint-site-off': {
      const from = contentSender(sender);
      if (from) await turnOffHintsForSite(from.url);
      return null;
    }
    case 'hints-off':
      if (contentSender(sender)) await turnOffHints();
      return null;
    case 'content-error':
      if (sender.tab !== undefined) await recordContentError(message.message, sender.url ?? '');
      return null;
    case 'get-tab-state':
      return isExtensionPage(sender) ? loadTabState(message.tabId) : null;
    case 'inject-tab':
      return isExtensionPage(sender) ? { injected: await injectIntoTab(message.tabId) } : null;
    case 'get-data-state':
      return isExtensionPage(sender) ? getDataState() : null;
    case 'popup-start':
      return isExtensionPage(sender) ? popupStart(message.tabId) : null;
    case 'import-dataset':
      return isExtensionPage(sender) ? importDatasetFile(message.text) : null;
    case 'restore-bundled':
      return isExtensionPage(sender) ? restoreBundledDataset() : null;
    case 'data-state':
      return null; // the background's own broadcast
  }
}

export default defineBackground(() => {
  // Bench builds only (BAOZHI_TEST_FLAGS=bench-import): the import benchmark's hook.
  exposeBenchHooks();
  // At every service-worker start: open the database, finish an interrupted import, or import new data.
  void startDataLayer();
  // And make the optional-host content script match what is granted now (also covers browser start).
  void syncOptionalScripts();
  void browser.action.setBadgeBackgroundColor({ color: '#0b5cad' });
  watchPopupSettings();

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Messages from other extensions or web pages, and anything malformed, are ignored.
    if (sender.id !== browser.runtime.id) return;
    const message = parseMessage(raw);
    if (!message) return;
    handle(message, sender).then(sendResponse, (error: unknown) => {
      console.error('保知: message failed', message.type, error);
      sendResponse(null);
    });
    return true; // keeps the channel open for the async response
  });

  browser.permissions.onAdded.addListener(() => void syncOptionalScripts());
  browser.permissions.onRemoved.addListener(() => void syncOptionalScripts());

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createMenu();
    // First install: the options page opens as a welcome that asks for the home city.
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  watchMenuLanguage();
  if (hasTestFlag('grant-optional')) {
    // Browser tests cannot right-click a selection: they call the real handler through the worker.
    (globalThis as { baozhiTest?: unknown }).baozhiTest = { onMenuClicked, pinToday };
  }

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const url = change.url;
    void loadTabState(tabId)
      .then(async (state) => {
        // The content script may already have reported the new URL (a SPA route); keep that.
        if (state?.url === url) return;
        await clearTabState(tabId);
        await browser.action.setBadgeText({ tabId, text: '' });
      })
      .catch(() => undefined); // the tab may be gone already
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
});

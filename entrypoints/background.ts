import { browser, defineBackground } from '#imports';
import type { Browser } from 'wxt/browser';
import bundled from '../data/generated/dataset.json';
import { Dataset } from '../lib/dataset/schema';
import { type Hint, type Message, parseMessage } from '../lib/messages';
import { scopeLabel } from '../lib/scope';
import { importDataset } from '../utils/dataset-import';
import { db } from '../utils/db';
import { findAnswer } from '../utils/lookup';
import { getHomeCity } from '../utils/settings';
import { clearTabState, loadTabState, saveTabState } from '../utils/tab-state';

async function importBundled(): Promise<void> {
  const dataset = Dataset.parse(bundled);
  const { imported } = await importDataset(db, dataset);
  console.info(
    `保知: dataset ${dataset.version} (${dataset.hash}) ${imported ? 'imported' : 'already current'}`,
  );
}

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.tab === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

async function hintFor(tabId: number): Promise<Hint | null> {
  const state = await loadTabState(tabId);
  const topic = state?.detection.topics[0];
  if (!state?.detection.relevant || !topic) return null;
  const city = state.detection.city ?? (await getHomeCity());
  const found = await findAnswer(db, topic, city);
  if (!found) return null;
  return {
    recordId: found.record.id,
    conclusion: found.record.answer.conclusion,
    scopeLabel: scopeLabel(found.scope, found.record.region, city),
  };
}

async function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'page-detected': {
      // Only a top-frame content script of ours may describe its tab.
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0 || !sender.url) return null;
      await saveTabState(tabId, { url: sender.url, detection: message.detection });
      await browser.action.setBadgeText({ tabId, text: message.detection.relevant ? '保' : '' });
      return null;
    }
    case 'get-hint': {
      const tabId = sender.tab?.id;
      return tabId === undefined ? null : hintFor(tabId);
    }
    case 'get-tab-state':
      return isExtensionPage(sender) ? loadTabState(message.tabId) : null;
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void importBundled());
  // Also on startup: an import cut short by a closed browser is redone (the hash check makes it cheap).
  browser.runtime.onStartup.addListener(() => void importBundled());

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

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void clearTabState(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
});

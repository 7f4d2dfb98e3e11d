import { browser } from '#imports';
import { TabState } from '../lib/messages';

// Per-tab detection lives in storage.session so it survives the service worker stopping.
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const raw = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  const parsed = TabState.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

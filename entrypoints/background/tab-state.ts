import { browser } from '#imports';
import { TabState } from '../../lib/messages';

// Per-tab detection. The background is its only writer, so it keeps a copy in memory (the popup's start reads
// it without a storage round trip) and in storage.session, where it survives the service worker stopping.
const key = (tabId: number) => `tab:${tabId}`;
const kept = new Map<number, TabState>();

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  kept.set(tabId, state);
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const known = kept.get(tabId);
  if (known) return known;
  const raw = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  const parsed = TabState.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function clearTabState(tabId: number): Promise<void> {
  kept.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}

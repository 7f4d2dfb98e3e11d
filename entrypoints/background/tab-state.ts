import { browser } from '#imports';
import { KEPT_START_PREFIX, keptStartKey, type PopupStart, TabState } from '../../lib/messages';

// Per-tab detection. The background is its only writer, so it keeps a copy in memory (the popup's start reads
// it without a storage round trip) and in storage.session, where it survives the service worker stopping.
// Beside it, the popup's start for the tab (its answer painted ahead): a popup opened while the service worker
// sleeps paints from it without waking the worker first.
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
  await browser.storage.session.remove([key(tabId), keptStartKey(tabId)]);
}

export async function keepPopupStart(tabId: number, start: PopupStart): Promise<void> {
  await browser.storage.session.set({ [keptStartKey(tabId)]: start });
}

/** Every tab's kept start: they answer for the settings and data of when they were kept. */
export async function forgetPopupStarts(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(KEPT_START_PREFIX));
  if (keys.length > 0) await browser.storage.session.remove(keys);
}

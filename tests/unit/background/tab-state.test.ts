import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Per-tab detection: kept in the background's memory for the popup's start, and in storage.session so that a
// restarted service worker still knows it.

const state = (city: string | null) => ({
  url: 'https://www.nhsa.gov.cn/a.html',
  detection: {
    relevant: true,
    score: 0.9,
    topics: ['balance_after_stop' as const],
    city,
    province: null,
    placeFrom: null,
  },
});

/** The module as a freshly started service worker sees it: nothing in memory. */
const freshModule = async () => {
  vi.resetModules();
  return import('../../../entrypoints/background/tab-state');
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('tab state', () => {
  it('reads a saved tab from memory, without a storage round trip', async () => {
    const { saveTabState, loadTabState } = await freshModule();
    await saveTabState(3, state('410100'));
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await loadTabState(3)).toEqual(state('410100'));
    expect(get).not.toHaveBeenCalled();
  });

  it('still knows a tab after the service worker restarts, and ignores a malformed stored value', async () => {
    await (await freshModule()).saveTabState(3, state('130100'));
    await fakeBrowser.storage.session.set({ 'tab:4': { url: 'x', detection: { relevant: 'yes' } } });
    const { loadTabState } = await freshModule();
    expect(await loadTabState(3)).toEqual(state('130100'));
    expect(await loadTabState(4)).toBeNull();
    expect(await loadTabState(5)).toBeNull();
  });

  it('forgets a cleared tab in memory and in storage', async () => {
    const { saveTabState, loadTabState, clearTabState } = await freshModule();
    await saveTabState(3, state(null));
    await clearTabState(3);
    expect(await loadTabState(3)).toBeNull();
    expect(await (await freshModule()).loadTabState(3)).toBeNull();
  });
});

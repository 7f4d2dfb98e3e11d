import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getHomeCity, setHomeCity } from '../../../utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('home city setting', () => {
  it('is null until set, then round-trips through sync storage', async () => {
    expect(await getHomeCity()).toBeNull();
    await setHomeCity('410100');
    expect(await getHomeCity()).toBe('410100');
    expect(await fakeBrowser.storage.sync.get('homeCity')).toEqual({ homeCity: '410100' });
  });

  it('falls back to the default when the stored value is corrupted or not a home city', async () => {
    for (const bad of [42, 'zhengzhou', '999999', '410000', { code: '410100' }]) {
      await fakeBrowser.storage.sync.set({ homeCity: bad });
      expect(await getHomeCity()).toBeNull();
    }
  });

  it('refuses to save a code that is not a home city', async () => {
    await expect(setHomeCity('410000')).rejects.toThrow();
    expect(await getHomeCity()).toBeNull();
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Settings items are defined (and migrated) when the module loads, so each test loads a fresh copy.
async function load() {
  vi.resetModules();
  return import('../../../utils/settings');
}

beforeEach(() => fakeBrowser.reset());

describe('home city', () => {
  it('is null until set, then round-trips through sync storage with the day it was chosen', async () => {
    const { getHomeCity, setHomeCity, settings } = await load();
    expect(await getHomeCity()).toBeNull();
    await setHomeCity('410100');
    expect(await getHomeCity()).toBe('410100');
    expect(await settings.homeCity.get()).toEqual({
      code: '410100',
      chosenAt: expect.stringMatching(/^\d{4}-/),
    });
    expect((await fakeBrowser.storage.sync.get('homeCity')).homeCity).toMatchObject({ code: '410100' });
  });

  it('migrates the foundation’s bare code (settings v1) to v2', async () => {
    await fakeBrowser.storage.sync.set({ homeCity: '130100', homeCity$: { v: 1 } });
    const { settings } = await load();
    expect(await settings.homeCity.get()).toEqual({ code: '130100', chosenAt: null });
    const stored = await fakeBrowser.storage.sync.get(['homeCity', 'homeCity$']);
    expect(stored).toEqual({ homeCity: { code: '130100', chosenAt: null }, homeCity$: { v: 2 } });
  });

  it('migrates an invalid v1 value to no city', async () => {
    await fakeBrowser.storage.sync.set({ homeCity: '410000', homeCity$: { v: 1 } });
    const { getHomeCity } = await load();
    expect(await getHomeCity()).toBeNull();
  });

  it('falls back to the default when the stored value is corrupted or not a home city', async () => {
    const { getHomeCity } = await load();
    for (const bad of [
      42,
      'zhengzhou',
      { code: '999999', chosenAt: null },
      { code: '410000', chosenAt: null },
    ]) {
      await fakeBrowser.storage.sync.set({ homeCity: bad, homeCity$: { v: 2 } });
      expect(await getHomeCity()).toBeNull();
    }
  });

  it('refuses to save a code that is not a home city', async () => {
    const { getHomeCity, setHomeCity } = await load();
    await expect(setHomeCity('410000')).rejects.toThrow();
    expect(await getHomeCity()).toBeNull();
  });
});

describe('other settings', () => {
  it('have defaults and fall back to them when corrupted', async () => {
    const { readAllSettings } = await load();
    await fakeBrowser.storage.sync.set({
      hints: { enabled: 'yes' },
      noHintSites: ['<script>'],
      language: 'fr',
      largeFont: 1,
    });
    await fakeBrowser.storage.local.set({ rememberSituation: 'always' });
    expect(await readAllSettings()).toEqual({
      homeCity: null,
      hints: { enabled: true, bureaus: false, qa: false },
      noHintSites: [],
      language: 'auto',
      largeFont: false,
      rememberSituation: false,
    });
  });
});

describe('remembered calculator inputs', () => {
  async function loadSituation() {
    vi.resetModules();
    return import('../../../utils/situation');
  }
  const inputs = {
    timeline: { scheme: 'employee' as const, lastPaid: '2026-08', resume: '' },
    contribution: { scheme: 'employee' as const, base: '6000' },
  };

  it('are stored only on this device and only while the setting is on', async () => {
    const { rememberInputs, rememberedInputs } = await loadSituation();
    await rememberInputs(inputs);
    expect(await fakeBrowser.storage.local.get('situationInputs')).toEqual({});
    expect(await rememberedInputs()).toBeNull();

    await fakeBrowser.storage.local.set({ rememberSituation: true });
    await rememberInputs(inputs);
    expect(await rememberedInputs()).toEqual(inputs);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('read as nothing when corrupted, and are cleared by a settings reset', async () => {
    const { rememberedInputs } = await loadSituation();
    await fakeBrowser.storage.local.set({
      rememberSituation: true,
      situationInputs: { timeline: { scheme: 'pension', lastPaid: 1 } },
    });
    expect(await rememberedInputs()).toBeNull();
    await fakeBrowser.storage.local.set({ situationInputs: inputs });
    const { resetSettings } = await load();
    await resetSettings();
    expect(await fakeBrowser.storage.local.get('situationInputs')).toEqual({});
  });
});

describe('export, import, reset', () => {
  it('exports every setting and imports them back', async () => {
    const { exportSettings, importSettings, readAllSettings, resetSettings, setHomeCity, settings } =
      await load();
    await setHomeCity('410100');
    await settings.noHintSites.set(['www.zhihu.com']);
    await settings.largeFont.set(true);
    const text = await exportSettings();
    expect(JSON.parse(text)).toMatchObject({ format: 'baozhi-settings', version: 2 });
    const before = await readAllSettings();

    await resetSettings();
    expect(await readAllSettings()).toMatchObject({ homeCity: null, noHintSites: [], largeFont: false });

    expect(await importSettings(text)).toEqual({ ok: true });
    expect(await readAllSettings()).toEqual(before);
  });

  it('rejects a bad file whole, naming the problems, and changes nothing', async () => {
    const { importSettings, readAllSettings, settings } = await load();
    await settings.largeFont.set(true);
    const before = await readAllSettings();
    const bad = {
      format: 'baozhi-settings',
      version: 2,
      settings: { largeFont: false, noHintSites: ['ok.example.com', 'BAD HOST'], language: 'fr' },
    };
    const result = await importSettings(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^settings\.noHintSites\.1:/),
        expect.stringMatching(/^settings\.language:/),
      ]),
    );
    expect(await readAllSettings()).toEqual(before);
    expect(await importSettings('not json')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^not JSON/)],
    });
    expect(await importSettings('{"format":"other"}')).toMatchObject({ ok: false });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupStart } from '../../../lib/messages';
import { findAnswer } from '../../../entrypoints/background/answers';
import {
  keepPopupStartFor,
  popupStart,
  watchPopupSettings,
} from '../../../entrypoints/background/popup-start';
import { startDataLayer } from '../../../entrypoints/background/data-layer';
import { answerRegion } from '../../../lib/scope';
import { db } from '../../../utils/db';
import { setHomeCity, settings } from '../../../utils/settings';
import { clearTabState, saveTabState } from '../../../entrypoints/background/tab-state';
import { keptStartKey } from '../../../lib/messages';

// The background's side of the popup's first paint: one answer, with its place in words, from one message.

const detection = (city: string | null, relevant = true) => ({
  relevant,
  score: relevant ? 0.9 : 0.1,
  topics: relevant ? (['balance_after_stop'] as const).slice() : [],
  city,
  province: city ? `${city.slice(0, 2)}0000` : null,
  placeFrom: city ? ('body' as const) : null,
});

beforeAll(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  // The shipped dataset, imported into the background's own database as on first install.
  await startDataLayer(db);
  watchPopupSettings();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await db.delete();
});
beforeEach(async () => {
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.session.clear();
});

describe('popupStart', () => {
  it("paints the page's city with the home city named, and passes its own schema", async () => {
    await setHomeCity('410100');
    await settings.largeFont.set(true);
    await saveTabState(7, { url: 'https://www.nhsa.gov.cn/a.html', detection: detection('130100') });
    const start = await popupStart(7);
    expect(PopupStart.safeParse(start).success).toBe(true);
    expect(start).toMatchObject({
      dataState: { status: 'ready' },
      home: '410100',
      largeFont: true,
      language: 'auto',
      answer: {
        record: { id: 'balance_after_stop.130100' },
        scope: 'city',
        origin: 'database',
        city: '130100',
        cityFrom: 'page',
        place: { label: '石家庄专属', other: { cityFrom: 'page', city: '石家庄', home: '郑州' } },
      },
    });
    expect(start.answer?.items.length).toBeGreaterThan(0);
  });

  it('answers for the home city when the page names none, falling back to the province', async () => {
    await setHomeCity('410300'); // 洛阳: no city record, so 河南's
    await saveTabState(8, { url: 'https://www.nhsa.gov.cn/b.html', detection: detection(null) });
    const start = await popupStart(8);
    expect(start.answer).toMatchObject({ cityFrom: 'home', city: '410300', place: { other: null } });
    expect(start.answer?.scope).not.toBe('city');
  });

  it('has no answer for an undetected page, an unknown tab, or no tab', async () => {
    await saveTabState(9, { url: 'https://www.nhsa.gov.cn/c.html', detection: detection(null, false) });
    expect((await popupStart(9)).answer).toBeNull();
    expect(await popupStart(10)).toMatchObject({ tab: null, answer: null });
    expect(await popupStart(null)).toMatchObject({ tab: null, answer: null, home: null });
  });
});

describe('the kept popup start', () => {
  const kept = async (tabId: number) =>
    (await fakeBrowser.storage.session.get(keptStartKey(tabId)))[keptStartKey(tabId)];

  it('is kept for a detected tab with an answer, so a popup paints it without waking the worker', async () => {
    await setHomeCity('410100');
    await saveTabState(11, { url: 'https://www.nhsa.gov.cn/d.html', detection: detection(null) });
    await keepPopupStartFor(11);
    const start = PopupStart.parse(await kept(11));
    expect(start).toMatchObject({ home: '410100', answer: { record: { id: 'balance_after_stop.410100' } } });
    // None for a tab without an answer.
    await saveTabState(12, { url: 'https://www.nhsa.gov.cn/e.html', detection: detection(null, false) });
    await keepPopupStartFor(12);
    expect(await kept(12)).toBeUndefined();
  });

  it('is forgotten when a synced setting changes, and with its tab', async () => {
    await setHomeCity('410100');
    await saveTabState(13, { url: 'https://www.nhsa.gov.cn/f.html', detection: detection(null) });
    await keepPopupStartFor(13);
    expect(await kept(13)).toBeDefined();
    await settings.largeFont.set(true);
    await vi.waitFor(async () => expect(await kept(13)).toBeUndefined());
    await keepPopupStartFor(13);
    await clearTabState(13);
    expect(await kept(13)).toBeUndefined();
  });
});

describe('findAnswer', () => {
  it('remembers a lookup, so the popup after a detection does not repeat it', async () => {
    const first = findAnswer('balance_after_stop', answerRegion({ home: '130100' }));
    expect(findAnswer('balance_after_stop', answerRegion({ home: '130100' }))).toBe(first);
    expect(findAnswer('balance_after_stop', answerRegion({ home: '410100' }))).not.toBe(first);
    expect((await first)?.record.id).toBe('balance_after_stop.130100');
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startDataLayer } from '../../../entrypoints/background/data-layer';
import { hintFor } from '../../../entrypoints/background/hints';
import { saveTabState } from '../../../entrypoints/background/tab-state';
import { Hint } from '../../../lib/messages';
import { db } from '../../../utils/db';
import { setHomeCity, settings } from '../../../utils/settings';
import { browserLocale } from './browser-locale';

// The card's own words come with the hint, in the UI language the user chose (issue 18 §5): the content
// script's chrome.i18n could only follow the browser's. The answer's own text stays Chinese.

const URL = 'https://www.nhsa.gov.cn/art/1.html';
const TAB = 3;

beforeAll(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  await startDataLayer(db);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await db.delete();
});
beforeEach(async () => {
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.session.clear();
  await setHomeCity('410100');
  await saveTabState(TAB, {
    url: URL,
    detection: {
      relevant: true,
      score: 0.9,
      topics: ['balance_after_stop'],
      city: null,
      province: null,
      placeFrom: null,
    },
  });
});

async function hint(): Promise<Hint> {
  const found = await hintFor(TAB, URL);
  expect(Hint.safeParse(found).success).toBe(true);
  return found!;
}

describe("the card's words", () => {
  it("follow the browser's language by default", async () => {
    browserLocale('zh_CN');
    expect(await hint()).toMatchObject({
      place: '按常住城市:郑州市',
      scopeLabel: '郑州专属',
      labels: {
        langTag: 'zh-CN',
        hintLabel: '保知提示',
        hintClose: '关闭',
        cardDetails: '查看详情',
        cardSiteOff: '此网站不再提示',
        cardAllOff: '所有网站都不提示',
      },
    });
  });

  it('follow the language override, whatever the browser speaks', async () => {
    browserLocale('zh_CN');
    await settings.language.set('en');
    const english = await hint();
    expect(english).toMatchObject({
      place: 'For your home city: 郑州市',
      labels: {
        langTag: 'en',
        hintLabel: 'Baozhi hint',
        hintClose: 'Close',
        cardDetails: 'Details',
        cardSiteOff: 'Not on this site',
        cardAllOff: 'Not on any site',
      },
    });
    // The answer is the dataset's, in Chinese.
    expect(english.scopeLabel).toBe('郑州专属');

    browserLocale('en');
    await settings.language.set('zh_CN');
    expect(await hint()).toMatchObject({
      place: '按常住城市:郑州市',
      labels: { langTag: 'zh-CN', cardDetails: '查看详情' },
    });
  });
});

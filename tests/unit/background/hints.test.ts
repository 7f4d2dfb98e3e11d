import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Where the card may appear (domain.md, "Where 保知 runs"), and the card's own controls.

let granted: Set<string>;

async function load() {
  vi.resetModules();
  const hints = await import('../../../entrypoints/background/hints');
  const { settings } = await import('../../../utils/settings');
  return { ...hints, settings };
}

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
  });
});

const NATIONAL = 'https://www.nhsa.gov.cn/art/1.html';
const BUREAU = 'https://ybj.henan.gov.cn/art/1.html';
const QA = 'https://zhidao.baidu.com/question/1.html';
const OTHER = 'https://www.example.com/a.html';

describe('hintAllowed', () => {
  it('by default: national sites only', async () => {
    const { hintAllowed } = await load();
    expect(await hintAllowed(NATIONAL)).toBe(true);
    expect(await hintAllowed(BUREAU)).toBe(false);
    expect(await hintAllowed(QA)).toBe(false);
    expect(await hintAllowed(OTHER)).toBe(false);
  });

  it('bureau and Q&A sites need both the setting and the granted permission', async () => {
    const { hintAllowed, settings } = await load();
    await settings.hints.set({ enabled: true, bureaus: true, qa: true });
    expect(await hintAllowed(BUREAU)).toBe(false);
    granted.add('*://*.gov.cn/*');
    expect(await hintAllowed(BUREAU)).toBe(true);
    expect(await hintAllowed(QA)).toBe(false);
    ['*://*.zhihu.com/*', '*://zhidao.baidu.com/*', '*://baijiahao.baidu.com/*'].forEach((o) =>
      granted.add(o),
    );
    expect(await hintAllowed(QA)).toBe(true);
    // Any other site: never a card, whatever was granted (activeTab injection only gives the badge).
    expect(await hintAllowed(OTHER)).toBe(false);
  });

  it('nowhere when hints are off; not on a listed site; not on a page closed this session', async () => {
    const { hintAllowed, settings, dismissHint, turnOffHintsForSite, turnOffHints } = await load();
    await dismissHint(NATIONAL);
    expect(await hintAllowed(NATIONAL)).toBe(false);
    expect(await hintAllowed('https://www.nhsa.gov.cn/art/2.html')).toBe(true);
    await turnOffHintsForSite('https://www.mohrss.gov.cn/x');
    expect(await settings.noHintSites.get()).toEqual(['www.mohrss.gov.cn']);
    expect(await hintAllowed('https://www.mohrss.gov.cn/y')).toBe(false);
    await turnOffHintsForSite('https://www.mohrss.gov.cn/z');
    expect(await settings.noHintSites.get()).toEqual(['www.mohrss.gov.cn']);
    await turnOffHints();
    expect(await settings.hints.get()).toEqual({ enabled: false, bureaus: false, qa: false });
    expect(await hintAllowed('https://www.nhsa.gov.cn/art/2.html')).toBe(false);
  });
});

describe('recordContentError', () => {
  it('keeps the last 50 errors in storage.session', async () => {
    const { recordContentError, CONTENT_ERRORS_KEY } = await load();
    await Promise.all(Array.from({ length: 55 }, (_, i) => recordContentError(`e${i}`, 'https://x.gov.cn/')));
    const stored = (await fakeBrowser.storage.session.get(CONTENT_ERRORS_KEY))[CONTENT_ERRORS_KEY] as {
      message: string;
    }[];
    expect(stored).toHaveLength(50);
    expect(stored.at(-1)!.message).toBe('e54');
    expect(stored[0]!.message).toBe('e5');
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The options page's permission path (Playwright cannot click a permission prompt).

let answer: boolean;

async function load() {
  vi.resetModules();
  const component = await import('../../../entrypoints/options/HintSettings');
  const { settings } = await import('../../../utils/settings');
  return { ...component, settings };
}

beforeEach(() => {
  fakeBrowser.reset();
  answer = true;
  Object.assign(fakeBrowser.permissions, {
    request: vi.fn(async () => answer),
    remove: vi.fn(async () => true),
    contains: vi.fn(async () => false),
  });
});

describe('enableTier', () => {
  it('requests the bureau hosts synchronously, then turns the setting on', async () => {
    const { enableTier, settings } = await load();
    const pending = enableTier('bureau');
    // Called before any await: the browser only prompts inside the user's click.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['*://*.gov.cn/*'] });
    expect(await pending).toBe(true);
    expect(await settings.hints.get()).toEqual({ enabled: true, bureaus: true, qa: false });
  });

  it('requests all Q&A hosts at once', async () => {
    const { enableTier, settings } = await load();
    await enableTier('qa');
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({
      origins: ['*://*.zhihu.com/*', '*://zhidao.baidu.com/*', '*://baijiahao.baidu.com/*'],
    });
    expect((await settings.hints.get()).qa).toBe(true);
  });

  it('leaves the setting off when the user refuses', async () => {
    answer = false;
    const { enableTier, settings } = await load();
    expect(await enableTier('qa')).toBe(false);
    expect((await settings.hints.get()).qa).toBe(false);
  });

  it('revoking turns the setting off and gives the permission back', async () => {
    const { enableTier, revokeTier, settings } = await load();
    await enableTier('bureau');
    await revokeTier('bureau');
    expect((await settings.hints.get()).bureaus).toBe(false);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['*://*.gov.cn/*'] });
  });
});

describe('the no-hint site list', () => {
  it('parses what people type into a hostname', async () => {
    const { parseSite } = await load();
    expect(parseSite(' Zhidao.Baidu.com ')).toBe('zhidao.baidu.com');
    expect(parseSite('https://www.zhihu.com/question/1?x=1')).toBe('www.zhihu.com');
    expect(parseSite('')).toBeNull();
    expect(parseSite('localhost')).toBeNull();
    expect(parseSite('not a site')).toBeNull();
    expect(parseSite('<script>.com')).toBeNull();
  });

  it('adds once and removes', async () => {
    const { addNoHintSite, removeNoHintSite, settings } = await load();
    await addNoHintSite('www.zhihu.com');
    await addNoHintSite('www.zhihu.com');
    await addNoHintSite('zhidao.baidu.com');
    expect(await settings.noHintSites.get()).toEqual(['www.zhihu.com', 'zhidao.baidu.com']);
    await removeNoHintSite('www.zhihu.com');
    expect(await settings.noHintSites.get()).toEqual(['zhidao.baidu.com']);
  });
});

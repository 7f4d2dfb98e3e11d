import { test, type Page, type Worker } from '@playwright/test';
import { NATIONAL_HOSTS, OPTIONAL_HOSTS } from '../../lib/sites';
import {
  badgeOf,
  contentErrors,
  expect,
  launchExtension,
  setSyncSetting,
  tabStateOf,
  waitForReady,
  waitForTabState,
  type Extension,
} from './fixtures';

// Where the content script runs (domain.md, "Where 保知 runs"). The production build only reaches the national
// sites; the 'grant-optional' build has the optional hosts granted at install (Playwright cannot click a
// permission prompt), so the background's real registration path runs, and so do injection and the menu.

type Chrome = typeof import('wxt/browser').browser;

const BUREAU = 'https://ybj.henan.gov.cn/art/duanjiao.html';
const QA = 'https://zhidao.baidu.com/question/1.html';
const OTHER = 'https://www.example.com/art/duanjiao.html';

/** The newest tab's id: without a host permission the worker cannot see a tab's URL to find it. */
async function newestTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({});
    return Math.max(...tabs.map((tab) => tab.id ?? -1));
  });
}

async function open(extension: Extension, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await extension.context.newPage();
  await page.goto(url);
  return { page, tabId: await newestTabId(extension.worker) };
}

/** Sends a message as an extension page does (the popup), from a page of ours. */
async function sendFromExtensionPage(extension: Extension, message: unknown): Promise<unknown> {
  const page = await extension.open('options.html');
  const reply = await page.evaluate(
    (message) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(message),
    message,
  );
  await page.close();
  return reply;
}

async function registered(worker: Worker) {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    // Sorted: Chrome returns the patterns in its own order.
    return (await chrome.scripting.getRegisteredContentScripts()).map(
      ({ id, matches, excludeMatches, js }) => ({
        id,
        matches: [...(matches ?? [])].sort(),
        excludeMatches: [...(excludeMatches ?? [])].sort(),
        js,
      }),
    );
  });
}

test.describe('production build', () => {
  test('runs only on the national sites; elsewhere it waits for a gesture', async () => {
    const extension = await launchExtension();
    await waitForReady(extension);
    expect(await registered(extension.worker)).toEqual([]);
    for (const url of [BUREAU, QA, OTHER]) {
      const { page, tabId } = await open(extension, url);
      await page.waitForTimeout(1000);
      expect(await tabStateOf(extension.worker, tabId)).toBeNull();
      expect(await badgeOf(extension.worker, tabId)).toBe('');
      await expect(page.locator('baozhi-hint')).toHaveCount(0);
      // No gesture, no activeTab grant: the popup's injection request is refused by the browser.
      expect(await sendFromExtensionPage(extension, { type: 'inject-tab', tabId })).toEqual({
        injected: false,
      });
      await page.close();
    }
    // On a national page the script runs already; asking again does not inject a second copy.
    const { page, tabId } = await open(extension, 'https://www.nhsa.gov.cn/art/duanjiao.html');
    await waitForTabState(extension.worker, tabId, page.url());
    await expect(page.locator('baozhi-hint')).toHaveCount(1);
    expect(await sendFromExtensionPage(extension, { type: 'inject-tab', tabId })).toEqual({ injected: true });
    await page.waitForTimeout(1000);
    await expect(page.locator('baozhi-hint')).toHaveCount(1);
    expect(await contentErrors(extension.worker)).toEqual([]);
    await extension.context.close();
  });
});

test.describe('grant-optional build', () => {
  test.describe.configure({ mode: 'serial' });
  let extension: Extension;
  test.beforeAll(async () => {
    extension = await launchExtension({ variant: 'grant-optional' });
    await waitForReady(extension);
  });
  test.afterAll(async () => {
    await extension.context.close();
  });

  test('the granted optional hosts are registered, national sites excluded', async () => {
    await expect
      .poll(() => registered(extension.worker))
      .toEqual([
        {
          id: 'baozhi-optional-hosts',
          matches: [...OPTIONAL_HOSTS].sort(),
          excludeMatches: [...NATIONAL_HOSTS].sort(),
          js: ['content-scripts/content.js'],
        },
      ]);
  });

  test('bureau and Q&A pages: badge always, card only when the user chose those sites', async () => {
    for (const [url, key] of [
      [BUREAU, 'bureaus'],
      [QA, 'qa'],
    ] as const) {
      const { page, tabId } = await open(extension, url);
      await waitForTabState(extension.worker, tabId, url);
      await expect.poll(() => badgeOf(extension.worker, tabId)).toBe('保');
      await page.waitForTimeout(800);
      await expect(page.locator('baozhi-hint')).toHaveCount(0);
      await setSyncSetting(extension.worker, 'hints', {
        enabled: true,
        bureaus: key === 'bureaus',
        qa: key === 'qa',
      });
      await expect(page.locator('baozhi-hint')).toHaveCount(1);
      await setSyncSetting(extension.worker, 'hints', { enabled: true, bureaus: false, qa: false });
      await expect(page.locator('baozhi-hint')).toHaveCount(0);
      await page.close();
    }
    // A city named by a bureau page is the answer's city.
    const { page, tabId } = await open(extension, BUREAU);
    const state = await waitForTabState(extension.worker, tabId, BUREAU);
    expect(state.detection.city).toBe('410100');
    await page.close();
  });

  test('injection on a gesture runs the real content script file, once', async () => {
    await extension.worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.scripting.unregisterContentScripts(),
    );
    const { page, tabId } = await open(extension, QA);
    await page.waitForTimeout(800);
    expect(await tabStateOf(extension.worker, tabId)).toBeNull();
    await setSyncSetting(extension.worker, 'hints', { enabled: true, bureaus: false, qa: true });
    expect(await sendFromExtensionPage(extension, { type: 'inject-tab', tabId })).toEqual({ injected: true });
    await waitForTabState(extension.worker, tabId, QA);
    await expect(page.locator('baozhi-hint')).toHaveCount(1);
    expect(await badgeOf(extension.worker, tabId)).toBe('保');
    expect(await sendFromExtensionPage(extension, { type: 'inject-tab', tabId })).toEqual({ injected: true });
    await page.waitForTimeout(1000);
    await expect(page.locator('baozhi-hint')).toHaveCount(1);
    await setSyncSetting(extension.worker, 'hints', { enabled: true, bureaus: false, qa: false });
    await page.close();
  });

  test('the context menu opens the answer page for the selection', async () => {
    const { page, tabId } = await open(extension, OTHER);
    const opened = extension.context.waitForEvent('page');
    await extension.worker.evaluate(async (tabId) => {
      const { chrome, baozhiTest } = globalThis as unknown as {
        chrome: Chrome;
        baozhiTest: { onMenuClicked(info: unknown, tab: unknown): Promise<void> };
      };
      const tab = await chrome.tabs.get(tabId);
      await baozhiTest.onMenuClicked(
        { menuItemId: 'baozhi-lookup', selectionText: '  医保断交了\n卡里的钱还能用吗 ', editable: false },
        tab,
      );
    }, tabId);
    const answer = await opened;
    const url = new URL(answer.url());
    expect(url.pathname).toBe('/answer.html');
    expect(url.searchParams.get('q')).toBe('医保断交了 卡里的钱还能用吗');
    await answer.close();
    await page.close();
  });

  test('no content-script errors', async () => {
    expect(await contentErrors(extension.worker)).toEqual([]);
  });
});

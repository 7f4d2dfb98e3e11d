import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import {
  badgeOf,
  contentErrors,
  coveredControls,
  expect,
  type Extension,
  getSyncSetting,
  launchExtension,
  openDetected,
  ROOT,
  screenshot,
  setSyncSetting,
  tabStateOf,
  waitForReady,
  waitForTabState,
} from './fixtures';

// The content script and the hint card on the national sites (production build): detection, the card's
// content and controls, placement, SPA navigation, and the badge.

interface GeneratedDataset {
  records: { id: string; answer: { conclusion: string } }[];
}
const dataset = JSON.parse(
  readFileSync(path.join(ROOT, 'data/generated/dataset.json'), 'utf8'),
) as GeneratedDataset;
const zhengzhou = dataset.records.find((record) => record.id === 'balance_after_stop.410100')!;

const test = base.extend<object, { extension: Extension }>({
  extension: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const extension = await launchExtension();
      await waitForReady(extension);
      await setSyncSetting(extension.worker, 'homeCity', { code: '410100', chosenAt: '2025-01-01' }, 2);
      await use(extension);
      await extension.context.close();
    },
    { scope: 'worker' },
  ],
});
test.describe.configure({ mode: 'serial' });

const PAGE = 'https://www.nhsa.gov.cn/art/chat.html';

/** After the script has reported, give it time to ask for (and show) a card, then expect none. */
async function expectNoCard(page: Page): Promise<void> {
  await page.waitForTimeout(1000);
  await expect(page.locator('baozhi-hint')).toHaveCount(0);
}

async function reloadAndWait(extension: Extension, page: Page, tabId: number): Promise<void> {
  // The stored state is cleared first, so the wait below sees this load's report.
  await extension.worker.evaluate(
    (key) =>
      (
        globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
      ).chrome.storage.session.remove(key),
    `tab:${tabId}`,
  );
  await page.reload();
  await waitForTabState(extension.worker, tabId, page.url());
}

test('a detected page gets the card and the badge; an undetected page gets neither', async ({
  extension,
}) => {
  const { page, tabId } = await openDetected(extension, PAGE);
  const card = page.locator('baozhi-hint');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(zhengzhou.answer.conclusion);
  await expect(card).toContainText('郑州专属');
  await expect(card).toContainText('按常住城市:郑州市');
  expect(await badgeOf(extension.worker, tabId)).toBe('保');
  const state = await tabStateOf(extension.worker, tabId);
  expect(state?.detection.topics[0]).toBe('balance_after_stop');
  // The card is in the shadow root, with its language and its own sizes.
  const styles = await card.evaluate((host) => {
    const inner = host.shadowRoot!.querySelector('.card')!;
    return { lang: inner.getAttribute('lang'), font: getComputedStyle(inner).fontSize };
  });
  expect(styles).toEqual({ lang: 'zh-CN', font: '15px' });
  await screenshot(page, 'content-card-light');

  // The same tab moves on to an unrelated page: no card, and the badge is cleared.
  const other = 'https://www.gov.cn/zhengce/lvyou.html';
  await page.goto(other);
  await waitForTabState(extension.worker, tabId, other);
  await expectNoCard(page);
  await expect.poll(() => badgeOf(extension.worker, tabId)).toBe('');
  await page.close();
});

test('查看详情 opens the answer page for the record and city', async ({ extension }) => {
  const { page } = await openDetected(extension, PAGE);
  const opened = extension.context.waitForEvent('page');
  await page.locator('baozhi-hint').getByRole('button', { name: '查看详情' }).click();
  const answer = await opened;
  const url = new URL(answer.url());
  expect(url.protocol).toBe('chrome-extension:');
  expect(url.pathname).toBe('/answer.html');
  expect(url.searchParams.get('id')).toBe(zhengzhou.id);
  expect(url.searchParams.get('city')).toBe('410100');
  await answer.close();
  await page.close();
});

test('a city named on the page overrides the home city', async ({ extension }) => {
  const { page } = await openDetected(extension, 'https://www.nhsa.gov.cn/art/markup.html');
  const card = page.locator('baozhi-hint');
  await expect(card).toContainText('按本页提到的城市:石家庄市');
  await page.close();
});

test('the card is keyboard accessible and Escape closes it', async ({ extension }) => {
  const { page } = await openDetected(extension, 'https://www.nhsa.gov.cn/art/duanjiao.html');
  const card = page.locator('baozhi-hint');
  const details = card.getByRole('button', { name: '查看详情' });
  await details.focus();
  await expect(details).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: '此网站不再提示' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  // Escape dismissed it for this page: undo that for the next tests.
  await extension.worker.evaluate(() =>
    (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.session.remove(
      'hint-dismissed',
    ),
  );
  await page.close();
});

test('the card covers none of the page controls, including a fixed chat button', async ({ extension }) => {
  const { page } = await openDetected(extension, PAGE);
  await expect(page.locator('baozhi-hint')).toHaveCount(1);
  const covered = await coveredControls(page);
  expect(covered.checked).toBeGreaterThanOrEqual(8);
  expect(covered.problems).toEqual([]);
  await page.close();
});

test('关闭 keeps the card closed on that page across reloads, not on others', async ({ extension }) => {
  const { page, tabId } = await openDetected(extension, PAGE);
  const card = page.locator('baozhi-hint');
  await card.getByRole('button', { name: '关闭', exact: true }).click();
  await expect(card).toHaveCount(0);
  await reloadAndWait(extension, page, tabId);
  await expectNoCard(page);
  expect(await badgeOf(extension.worker, tabId)).toBe('保');

  const other = await openDetected(extension, 'https://www.nhsa.gov.cn/art/duanjiao.html');
  await expect(other.page.locator('baozhi-hint')).toHaveCount(1);
  await other.page.close();
  await extension.worker.evaluate(() =>
    (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.session.remove(
      'hint-dismissed',
    ),
  );
  await page.close();
});

test('此网站不再提示 turns the card off for the host, across reloads; the badge stays', async ({
  extension,
}) => {
  const { page, tabId } = await openDetected(extension, 'https://www.nhsa.gov.cn/art/duanjiao.html');
  await page.locator('baozhi-hint').getByRole('button', { name: '此网站不再提示' }).click();
  await expect(page.locator('baozhi-hint')).toHaveCount(0);
  await expect.poll(() => getSyncSetting(extension.worker, 'noHintSites')).toEqual(['www.nhsa.gov.cn']);
  await reloadAndWait(extension, page, tabId);
  await expectNoCard(page);
  expect(await badgeOf(extension.worker, tabId)).toBe('保');

  // Another official host still shows it; removing the host from the list brings the card back live.
  const dark = await openDetected(extension, 'https://www.mohrss.gov.cn/art/dark.html');
  await expect(dark.page.locator('baozhi-hint')).toHaveCount(1);
  await dark.page.close();
  await setSyncSetting(extension.worker, 'noHintSites', []);
  await expect(page.locator('baozhi-hint')).toHaveCount(1);
  await page.close();
});

test('turning hints off everywhere hides the card live, not the badge', async ({ extension }) => {
  const { page, tabId } = await openDetected(extension, 'https://www.nhsa.gov.cn/art/duanjiao.html');
  await page.locator('baozhi-hint').getByRole('button', { name: '所有网站都不提示' }).click();
  await expect(page.locator('baozhi-hint')).toHaveCount(0);
  await expect
    .poll(() => getSyncSetting(extension.worker, 'hints'))
    .toEqual({ enabled: false, bureaus: false, qa: false });
  const second = await openDetected(extension, 'https://si.12333.gov.cn/art/bigfont.html');
  await expectNoCard(second.page);
  expect(await badgeOf(extension.worker, second.tabId)).toBe('保');
  expect(await badgeOf(extension.worker, tabId)).toBe('保');
  // Back on from the settings: the open page shows the card again without a reload.
  await setSyncSetting(extension.worker, 'hints', { enabled: true, bureaus: false, qa: false });
  await expect(second.page.locator('baozhi-hint')).toHaveCount(1);
  await second.page.close();
  await page.close();
});

test('the card follows the large-font setting and ignores a page root font of 40px', async ({
  extension,
}) => {
  const { page } = await openDetected(extension, 'https://si.12333.gov.cn/art/bigfont.html');
  const card = page.locator('baozhi-hint');
  await expect(card).toHaveCount(1);
  const size = () =>
    card.evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.conclusion')!).fontSize);
  expect(await size()).toBe('15px');
  await screenshot(page, 'content-card-root-40px');
  await setSyncSetting(extension.worker, 'largeFont', true);
  await expect.poll(size).toBe('19px');
  await screenshot(page, 'content-card-large-font');
  await setSyncSetting(extension.worker, 'largeFont', false);
  await page.close();
});

test('SPA routes and late content are detected again; the badge follows', async ({ extension }) => {
  const start = 'https://fuwu.nhsa.gov.cn/index.html#/home';
  const { page, tabId } = await openDetected(extension, start);
  await expectNoCard(page);
  expect(await badgeOf(extension.worker, tabId)).toBe('');

  await page.click('#article');
  const article = 'https://fuwu.nhsa.gov.cn/index.html#/article/duanjiao';
  await waitForTabState(extension.worker, tabId, article);
  await expect(page.locator('baozhi-hint')).toHaveCount(1);
  await expect.poll(() => badgeOf(extension.worker, tabId)).toBe('保');

  await page.click('#home');
  await waitForTabState(extension.worker, tabId, start);
  await expect(page.locator('baozhi-hint')).toHaveCount(0);
  await expect.poll(() => badgeOf(extension.worker, tabId)).toBe('');

  // Client-side rendering without a URL change: ≥ 2 KB of new text triggers another look.
  const late = await openDetected(extension, 'https://www.nhsa.gov.cn/art/late.html');
  await expect(late.page.locator('baozhi-hint')).toHaveCount(1, { timeout: 10_000 });
  await expect.poll(() => badgeOf(extension.worker, late.tabId)).toBe('保');
  await late.page.close();
  await page.close();
});

test('no content-script errors were reported in any of the above', async ({ extension }) => {
  expect(await contentErrors(extension.worker)).toEqual([]);
  expect(extension.network.extensionRequests).toEqual([]);
});

test('the card on a dark page, with the browser in dark mode', async () => {
  const extension = await launchExtension({ colorScheme: 'dark' });
  await waitForReady(extension);
  const { page } = await openDetected(extension, 'https://www.mohrss.gov.cn/art/dark.html');
  const card = page.locator('baozhi-hint');
  await expect(card).toHaveCount(1);
  const background = await card.evaluate(
    (host) => getComputedStyle(host.shadowRoot!.querySelector('.card')!).backgroundColor,
  );
  expect(background).toBe('rgb(29, 38, 48)');
  await screenshot(page, 'content-card-dark');
  expect(await contentErrors(extension.worker)).toEqual([]);
  await extension.context.close();
});

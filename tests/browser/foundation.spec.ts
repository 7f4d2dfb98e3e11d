import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, expect, screenshot, tabIdOf, test, waitForTabState } from './fixtures';

interface GeneratedDataset {
  records: { id: string; answer: { conclusion: string; points: string[] } }[];
}
const dataset = JSON.parse(
  readFileSync(path.join(ROOT, 'data/generated/dataset.json'), 'utf8'),
) as GeneratedDataset;
const zhengzhou = dataset.records.find((record) => record.id === 'balance_after_stop.410100')!;

async function setHomeCityInOptions(options: Page, code: string): Promise<void> {
  // The picker is a searchable combobox (components/CityPicker.tsx); a 6-digit code is an exact match.
  const picker = options.getByRole('combobox', { name: '常住城市' });
  await picker.fill(code);
  await picker.press('Enter');
  await options.getByRole('button', { name: '保存' }).click();
}

test.describe.configure({ mode: 'serial' });

test('the popup shows an answer with its conclusion, key points and source', async ({ extension }) => {
  const options = await extension.open('options.html');
  await setHomeCityInOptions(options, '410100');
  await expect(options.getByRole('status')).toContainText('郑州市');
  await options.close();

  const popup = await extension.open('popup.html');
  // No page detected in the popup's own tab: it lists the most-asked topics; the first is this answer.
  await popup.getByRole('button', { name: /断缴后个人账户余额/ }).click();
  await expect(popup.getByText(zhengzhou.answer.conclusion)).toBeVisible();
  await expect(popup.getByText('郑州专属')).toBeVisible();
  await expect(popup.getByText('各来源说法不一')).toBeVisible();
  // Points and sources open on demand in the popup.
  await popup.locator('details[data-part="points"] > summary').click();
  // (A glossary term in it carries its explanation, so compare a part of the point's text.)
  await expect(popup.locator('details[data-part="points"] li').first()).toContainText(
    zhengzhou.answer.points[0]!.slice(-12),
  );
  await popup.locator('details[data-part="posts"] > summary').click();
  await expect(popup.getByText('郑州职工医保断交以后余额怎么办')).toBeVisible();
  await screenshot(popup, 'popup-answer');
  await popup.close();
});

test('options saves a home city and the popup then uses it', async ({ extension }) => {
  const options = await extension.open('options.html');
  await setHomeCityInOptions(options, '130100');
  await expect(options.getByRole('status')).toContainText('石家庄市');
  await screenshot(options, 'options');
  await options.reload();
  await expect(options.getByRole('combobox', { name: '常住城市' })).toHaveValue('石家庄市');
  await options.close();

  const popup = await extension.open('popup.html');
  await expect(popup.getByText('常住城市: 石家庄')).toBeVisible();
  await expect(popup.getByText('郑州专属')).toHaveCount(0);
  await popup.close();
});

test('the content script hints on an official 医保断缴 page and the popup knows the tab', async ({
  extension,
}) => {
  const options = await extension.open('options.html');
  await setHomeCityInOptions(options, '410100');
  await options.close();

  const url = 'https://www.nhsa.gov.cn/art/duanjiao.html';
  const page = await extension.context.newPage();
  await page.goto(url);
  const card = page.locator('baozhi-hint');
  await expect(card).toBeVisible();
  await expect(card).toContainText(zhengzhou.answer.conclusion);
  await expect(card).toContainText('郑州专属');
  await screenshot(page, 'hint-official-page');

  const tabId = await tabIdOf(extension.worker, url);
  const popup = await extension.open(`popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('tab-status')).toHaveText('本页涉及医保社保话题');
  await popup.close();

  await card.getByRole('button', { name: '关闭' }).click();
  await expect(card).toHaveCount(0);
  await page.close();
});

test('an unrelated page on an official site gets no hint', async ({ extension }) => {
  const url = 'https://www.gov.cn/zhengce/lvyou.html';
  const page = await extension.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(extension.worker, url);
  await waitForTabState(extension.worker, tabId, url);
  await expect(page.locator('baozhi-hint')).toHaveCount(0);

  const popup = await extension.open(`popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('tab-status')).toHaveText('本页未识别到医保社保话题');
  await popup.close();
  await page.close();
});

test('the extension itself made no network request', async ({ extension }) => {
  // Runs last in this file: everything above (popup, options, content script, routed pages) has happened.
  expect(extension.network.extensionRequests).toEqual([]);
});

import type { Page } from '@playwright/test';
import {
  chooseHomeCity,
  expect,
  expectNoA11yViolations,
  launchExtension,
  openPopup,
  screenshot,
  waitForReady,
  test,
  type Extension,
} from './fixtures';

// 「按我的情况算」 (issue 17): the 断缴 timeline and the contribution calculator, in the popup and on the answer
// page, as a person uses them: keyboard, screen-reader names, large font, dark mode, copy, remembered inputs.
// The clock is pinned to 2026-12-07, so the dates below never move.

const TODAY = new Date('2026-12-07T10:00:00+08:00');

let extension: Extension;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  extension = await launchExtension({ lang: 'zh-CN' });
  await waitForReady(extension);
  await chooseHomeCity(extension, 'zhengzhou');
});
test.afterAll(async () => {
  await extension.context.close();
});

async function answerPage(query: string, viewport = { width: 900, height: 900 }): Promise<Page> {
  const page = await extension.context.newPage();
  await page.clock.setFixedTime(TODAY);
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${extension.id}/answer.html?${query}`);
  return page;
}

test('the timeline under a 断缴 answer: dates, the disputed month with both readings, copy', async () => {
  const page = await answerPage('id=restore_after_stop.410100&city=410100');
  const panel = page.getByTestId('situation');
  await expect(panel.getByRole('heading', { name: '按我的情况算' })).toBeVisible();
  await expect(panel).toContainText('按郑州市的规定计算');
  await expect(panel.getByText('填上最后缴费的月份')).toBeVisible();

  // Keyboard: the scheme, then Tab to the month field.
  await panel.getByLabel('参保方式').focus();
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('最后缴费的月份')).toBeFocused();
  await panel.getByLabel('最后缴费的月份').fill('2026-08');
  const result = panel.getByTestId('timeline-result');
  await expect(result.locator('.calc-status')).toContainText('正好在界线上,说法不一');
  await expect(result.locator('.calc-status')).toContainText('中断3个月');
  await expect(result.locator('.calc-keys')).toContainText('最晚补缴2026年11月');
  await expect(result.locator('.calc-keys')).toContainText('有争议的月份2026年12月');
  await expect(result.locator('.calc-keys')).toContainText('待遇恢复宽松说法 2027年1月;严格说法 2027年6月');

  // Resuming this month is exactly 3 months' gap: disputed, with both readings and their sources.
  const disputed = result.locator('.tl-disputed');
  await expect(disputed).toContainText('这个月才补缴:中断正好3个月,算不算连续,说法不一');
  await disputed.getByText('各方说法 (2)').click();
  await expect(disputed).toContainText('中断不超过3个月并补缴的视同连续参保');
  await expect(disputed).toContainText('3个月及以上');
  await expect(disputed).toContainText('4篇来源');

  // The rule's level is said: 郑州's own grace months.
  await expect(result.locator('.tl-back-pay-by .tl-rule')).toContainText('郑州市的规定');
  await expectNoA11yViolations(page);
  await screenshot(page, 'situation-timeline-answer-page');

  await panel.getByLabel('恢复缴费的月份(不填按本月算)').fill('2026-10');
  await expect(result.locator('.calc-status')).toContainText('在补缴期限内');
  await expect(result.locator('.calc-keys')).toContainText('待遇恢复2026年11月');

  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await result.getByRole('button', { name: '复制结果' }).click();
  await expect(result.getByText('已复制')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('2026年11月');
  expect(copied).toContain('按郑州市的规定计算');
  expect(copied).toContain('仅供参考');

  // A bad pair of months says what is wrong, next to the field.
  await panel.getByLabel('恢复缴费的月份(不填按本月算)').fill('2026-07');
  await expect(panel.getByRole('alert')).toHaveText('恢复缴费月要晚于最后缴费月,并填成 2026-12 这样');
  await expect(panel.getByLabel('恢复缴费的月份(不填按本月算)')).toHaveAttribute('aria-invalid', 'true');
  await page.close();
});

test('三明 at base 12700 from a routed question: personal total 1333.5, unknown parts shown as unknown', async () => {
  const page = await answerPage(`q=${encodeURIComponent('福建三明社保基数12700个人缴纳多少')}`);
  const panel = page.getByTestId('situation');
  await expect(panel.getByLabel('月缴费基数或工资(元)')).toHaveValue('12700');
  const table = panel.locator('.calc-table');
  await expect(table.locator('tbody tr').first()).toContainText('养老保险');
  await expect(table.locator('tbody tr').first()).toContainText('1016.00 元');
  await expect(table.locator('tfoot')).toContainText('1333.50 元');
  await expect(table.locator('tfoot')).toContainText('合计(只含已知部分)');
  await expect(table.locator('tbody tr', { hasText: '工伤保险' })).toContainText('未知');
  await expect(panel).toContainText('每月记入医保个人账户: 254.00 元');
  await expect(panel).toContainText('保知的数据里没有');
  await expectNoA11yViolations(page);
  await screenshot(page, 'situation-contribution-sanming');

  // A base below nothing known stays; an amount that is not a number is refused with a message.
  await panel.getByLabel('月缴费基数或工资(元)').fill('六千');
  await expect(panel.getByRole('alert')).toHaveText('基数请填正数,单位是元');
  await page.close();
});

test('西安 灵活就业: the region’s fixed base and 大额, and the 2025 figures say their period ended', async () => {
  const page = await answerPage('id=flexible_employment.610100&city=610100');
  const panel = page.getByTestId('situation');
  await expect(panel.getByRole('radio', { name: '每月缴多少' })).toBeChecked();
  await panel.getByLabel('参保方式').selectOption('flexible');
  const table = panel.locator('.calc-table');
  await expect(table.locator('tbody tr', { hasText: '医疗保险' })).toContainText('466.38 元');
  await expect(table.locator('tbody tr', { hasText: '医疗保险' })).toContainText(
    '医保按本地固定基数 5182 元计算',
  );
  await expect(table.locator('tbody tr', { hasText: '医疗保险' })).toContainText('2025年度的标准,该期已结束');
  await expect(table.locator('tbody tr', { hasText: '大额医疗补助' })).toContainText('8.00 元');
  await expect(table.locator('tfoot')).toContainText('474.38 元');
  await expect(panel).toContainText('灵活就业没有单位缴费');
  await screenshot(page, 'situation-contribution-xian-flexible');
  await page.close();
});

test('the popup folds the panel under an answer, and opens it filled in for a question with numbers', async () => {
  const popup = await openPopup(extension);
  await popup.clock.setFixedTime(TODAY);
  await popup.getByRole('combobox', { name: '搜索医保社保问题' }).fill('断缴4个月了还能补吗');
  const panel = popup.getByTestId('situation');
  await expect(panel.getByTestId('timeline-result')).toBeVisible();
  await expect(panel.getByLabel('最后缴费的月份')).toHaveValue('2026-07');
  await expect(panel.locator('.calc-status')).toContainText('已超过补缴期限');
  await expect(panel.locator('.calc-status')).toContainText('中断4个月');
  await screenshot(popup, 'situation-popup-routed');

  // Opening the answer: the panel sits under it, folded, and opens with the routed inputs.
  await popup.getByRole('combobox', { name: '搜索医保社保问题' }).press('Enter');
  const folded = popup.locator('details.situation');
  await expect(folded).toHaveAttribute('open', '');
  await popup.getByRole('button', { name: /返回/ }).click();

  await popup.getByRole('combobox', { name: '搜索医保社保问题' }).fill('');
  await popup.getByRole('combobox', { name: '搜索医保社保问题' }).fill('郑州职工医保断交以后余额怎么办');
  await popup.getByRole('combobox', { name: '搜索医保社保问题' }).press('Enter');
  await expect(popup.locator('details.situation')).not.toHaveAttribute('open', '');
  await popup.locator('details.situation summary').click();
  await expect(popup.getByLabel('最后缴费的月份')).toBeVisible();
  await expectNoA11yViolations(popup);
  await popup.close();
});

test('北京灵活就业医保一个月多少钱 opens the 灵活就业 calculator for 北京 with what we do not know shown', async () => {
  const popup = await openPopup(extension);
  await popup.getByRole('combobox', { name: '搜索医保社保问题' }).fill('北京灵活就业医保一个月多少钱');
  const panel = popup.getByTestId('situation');
  await expect(panel).toContainText('按北京市的规定计算');
  await expect(panel.getByLabel('参保方式')).toHaveValue('flexible');
  await expect(panel.locator('.calc-table tbody tr', { hasText: '医疗保险' })).toContainText('未知');
  await expect(panel).toContainText('保知的数据里没有');
  await screenshot(popup, 'situation-popup-beijing-flexible');
  await popup.close();
});

test('inputs are remembered only when the setting allows, and forgotten when it is turned off', async () => {
  const first = await answerPage('id=restore_after_stop.410100&city=410100');
  await first.getByLabel('最后缴费的月份').fill('2026-05');
  await first.close();
  const notRemembered = await answerPage('id=restore_after_stop.410100&city=410100');
  await expect(notRemembered.getByLabel('最后缴费的月份')).toHaveValue('');
  await notRemembered.close();

  const options = await extension.open('options.html');
  await options.getByLabel('在本机记住我填的月份和基数').check();
  const second = await answerPage('id=restore_after_stop.410100&city=410100');
  await second.getByLabel('最后缴费的月份').fill('2026-05');
  await second.close();
  const remembered = await answerPage('id=restore_after_stop.410100&city=410100');
  await expect(remembered.getByLabel('最后缴费的月份')).toHaveValue('2026-05');
  await remembered.close();

  await options.getByLabel('在本机记住我填的月份和基数').uncheck();
  await expect
    .poll(() =>
      extension.worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        };
        return (await chrome.storage.local.get('situationInputs')).situationInputs ?? null;
      }),
    )
    .toBeNull();
  await options.close();
});

test('large font and dark mode: the timeline stays readable and accessible', async () => {
  const options = await extension.open('options.html');
  await options.getByLabel(/大字/).check();
  await options.close();
  for (const scheme of ['light', 'dark'] as const) {
    const page = await answerPage('id=restore_after_stop.410100&city=410100', { width: 760, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByLabel('最后缴费的月份').fill('2026-08');
    await page.getByLabel('恢复缴费的月份(不填按本月算)').fill('2026-12');
    await page.locator('.tl-disputed summary').first().click();
    await expect(page.locator('html')).toHaveClass(/large-font/);
    await expectNoA11yViolations(page);
    await screenshot(page, `situation-timeline-large-${scheme}`);
    await page.close();
  }
  const popup = await openPopup(extension);
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.clock.setFixedTime(TODAY);
  await popup.getByRole('combobox', { name: '搜索医保社保问题' }).fill('社保基数6000个人每月扣多少钱');
  await expect(popup.getByTestId('contribution-result')).toBeVisible();
  await expectNoA11yViolations(popup);
  await screenshot(popup, 'situation-popup-contribution-large-dark');
  await popup.close();
  const reset = await extension.open('options.html');
  await reset.getByLabel(/大字/).uncheck();
  await reset.close();
});

import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import {
  chooseHomeCity,
  expect,
  expectNoA11yViolations,
  launchExtension,
  openDetected,
  openPopup,
  screenshot,
  setSyncSetting,
  tabIdOf,
  test,
  waitForReady,
  type Extension,
} from './fixtures';

// The popup, in Chinese, with 郑州 as the home city: current-tab answers, search, city switcher, browse, errors.

declare const chrome: typeof browser;

let extension: Extension;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  extension = await launchExtension({ lang: 'zh-CN' });
  await waitForReady(extension);
  await chooseHomeCity(extension, 'zz');
});
test.afterAll(async () => {
  await extension.context.close();
});

/** Opens a page the content script reads, waits for its verdict, and opens the popup for that tab. */
async function popupForPage(url: string, html?: string): Promise<{ page: Page; popup: Page }> {
  const page = await extension.context.newPage();
  if (html)
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
  const tabId = await tabIdOf(extension.worker, url);
  await expect
    .poll(() =>
      extension.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${tabId}`),
    )
    .toBeTruthy();
  const popup = await openPopup(extension, `?tabId=${tabId}`);
  await popup.locator('html[data-painted]').waitFor();
  return { page, popup };
}

test('a detected page opens on its answer: the first view fits 600 px, the rest opens on demand', async () => {
  const { page, popup } = await popupForPage('https://www.nhsa.gov.cn/art/duanjiao.html');
  await expect(popup.getByTestId('tab-status')).toHaveText('本页涉及医保社保话题');
  const answer = popup.locator('article.answer');
  await expect(answer.locator('.conclusion')).toContainText('余额不清零');
  await expect(answer.getByTestId('scope-label')).toHaveText('郑州专属');
  await expect(popup.getByTestId('city-override')).toHaveCount(0);
  // Today is more than 12 months after the newest 2025 source: said beside the conclusion.
  await expect(answer.getByTestId('date-line')).toContainText('已超过12个月');
  // The first view: question, scope, conclusion, the next step, the date line and the disagreement flag, all
  // within the popup's 600 px.
  for (const part of [
    answer.locator('.question'),
    answer.getByTestId('scope-label'),
    answer.locator('.conclusion'),
    answer.getByTestId('date-line'),
    answer.getByTestId('next-step'),
    answer.locator('.conflict-flag'),
  ]) {
    const box = await part.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(600);
  }
  await expect(answer.getByTestId('next-step')).toContainText('现在该做什么');
  // The rest are closed disclosures; the keyboard opens them.
  await expect(answer.getByRole('link', { name: /12393/ })).toBeHidden();
  await answer.locator('details[data-part="steps"] > summary').focus();
  await popup.keyboard.press('Enter');
  await expect(answer.getByRole('link', { name: /12393/ })).toHaveAttribute('href', 'tel:12393');
  // The flag opens what posts say, with the disagreement, and moves focus there.
  await answer.getByRole('button', { name: '⚠ 各来源说法不一,点此查看' }).click();
  await expect(answer.locator('details[data-part="posts"]')).toHaveAttribute('open', '');
  await expect(answer.locator('details[data-part="posts"] > summary')).toBeFocused();
  await expect(answer.locator('.conflict-summary').first()).toBeVisible();
  await expect(answer.getByText('仅供参考')).toBeVisible();

  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await popup.getByRole('button', { name: '复制为文字' }).click();
  await expect(popup.getByText('已复制')).toBeVisible();
  const copied = await popup.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('结论:余额不清零');
  expect(copied).toContain('(郑州专属)');
  expect(copied).toContain('已超过12个月');

  await expectNoA11yViolations(popup);
  await screenshot(popup, 'ui-popup-answer-home');
  await popup.close();
  await page.close();
});

test('a page about another city is answered for that city, and the popup says so', async () => {
  const url = 'https://www.nhsa.gov.cn/art/shijiazhuang-duanjiao.html';
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>石家庄职工医保断缴后个人账户余额怎么办</title></head>
    <body><h1>石家庄职工医保断缴后个人账户余额怎么办</h1><p>石家庄参保人离职后医保断缴,医保卡里的钱还能用吗?个人账户余额会清零吗?
    断缴后个人账户余额仍归个人所有,可以继续在石家庄定点药店刷卡购药。</p></body></html>`;
  const { page, popup } = await popupForPage(url, html);
  const answer = popup.locator('article.answer');
  await expect(answer.getByTestId('scope-label')).toHaveText('石家庄专属');
  await expect(popup.getByTestId('city-override')).toHaveText('按页面中的石家庄作答(你的常住城市: 郑州)');
  await screenshot(popup, 'ui-popup-answer-other-city');
  await popup.close();
  await page.close();
});

test('an undetected page focuses the search box and lists the most-asked topics for the home city', async () => {
  const popup = await openPopup(extension);
  await popup.locator('html[data-painted]').waitFor();
  await expect(popup.getByTestId('tab-status')).toHaveText('本页未识别到医保社保话题');
  await expect(popup.getByRole('combobox', { name: '搜索医保社保问题' })).toBeFocused();
  await expect(popup.getByRole('heading', { name: '郑州 · 大家常问' })).toBeVisible();
  const first = popup.locator('.topics').getByRole('button').first();
  await expect(first).toContainText('断缴后个人账户余额');
  await expect(first).toContainText('郑州专属');
  await expectNoA11yViolations(popup);
  await screenshot(popup, 'ui-popup-not-detected');
  await popup.close();
});

test('results appear while typing, carry their level, and are reachable with the keyboard', async () => {
  const popup = await openPopup(extension);
  const search = popup.getByRole('combobox', { name: '搜索医保社保问题' });
  await search.pressSequentially('断交了医保卡里的钱还能用吗');
  const results = popup.getByRole('listbox', { name: '搜索结果' });
  await expect(results.getByRole('option').first()).toBeVisible();
  await expect(results.getByRole('option').first()).toContainText('郑州专属');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  const firstId = await results.getByRole('option').first().getAttribute('id');
  await expect(search).toHaveAttribute('aria-activedescendant', firstId!);
  const count = await results.getByRole('option').count();
  if (count > 1) {
    await search.press('ArrowDown');
    const secondId = await results.getByRole('option').nth(1).getAttribute('id');
    await expect(search).toHaveAttribute('aria-activedescendant', secondId!);
    await expect(results.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    await search.press('ArrowUp');
  }
  await screenshot(popup, 'ui-popup-search-results');
  await search.press('Enter');
  await expect(popup.locator('article.answer .conclusion')).toContainText('余额不清零');
  // The question stays in the box after Enter: it is what the answer answers.
  await expect(search).toHaveValue('断交了医保卡里的钱还能用吗');
  await popup.close();
});

test('the city switcher changes the city for this lookup only', async () => {
  const popup = await openPopup(extension);
  await popup.getByRole('button', { name: '切换城市' }).click();
  const picker = popup.getByRole('combobox', { name: '查询城市' });
  await expect(picker).toBeFocused();
  await picker.fill('shijiazhuang');
  await expect(popup.getByRole('option').first()).toContainText('石家庄市');
  await picker.press('Enter');
  await expect(popup.locator('.lookup-city')).toContainText('石家庄');
  await expect(popup.locator('.lookup-city')).toContainText('仅本次查询');
  await expect(popup.getByRole('heading', { name: '石家庄 · 大家常问' })).toBeVisible();
  await expect(popup.locator('.topics').getByRole('button').first()).toContainText('石家庄专属');
  await expect(popup.getByText('常住城市: 郑州')).toBeVisible();
  await screenshot(popup, 'ui-popup-city-switcher');
  await popup.close();
});

test('browse all topics lists every topic with its answer level for the city', async () => {
  const popup = await openPopup(extension);
  await popup.getByRole('button', { name: '浏览本市全部话题' }).click();
  await expect(popup.getByRole('heading', { name: '郑州 · 全部话题' })).toBeVisible();
  const rows = popup.locator('.topics > li');
  await expect(rows).toHaveCount(26);
  await expect(popup.locator('.topics')).toContainText('郑州专属');
  // The national fallback is said once above the list; each such row says only 全国通用.
  await expect(popup.getByTestId('national-note')).toHaveText(
    '标“全国通用”的话题,郑州暂无专门条目,按全国规则作答。',
  );
  await expect(popup.locator('.topics')).not.toContainText('本市暂无专门条目');
  await expect(popup.locator('.topics').getByText('全国通用', { exact: true }).first()).toBeVisible();
  await screenshot(popup, 'ui-popup-browse');
  await popup.close();
});

test('拉萨 (no city records): one note for the fallback; 石河子 is told the 兵团 runs its own system', async () => {
  const popup = await openPopup(extension);
  await popup.getByRole('button', { name: '切换城市' }).click();
  const picker = popup.getByRole('combobox', { name: '查询城市' });
  await picker.fill('拉萨');
  await picker.press('Enter');
  await expect(popup.getByRole('heading', { name: '拉萨 · 大家常问' })).toBeVisible();
  await expect(popup.getByTestId('national-note')).toContainText('拉萨暂无专门条目');
  await expect(popup.locator('.topics')).not.toContainText('本市暂无专门条目');
  await screenshot(popup, 'ui-popup-lasa');

  await popup.getByRole('button', { name: '切换城市' }).click();
  await picker.fill('石河子');
  await picker.press('Enter');
  await popup.locator('.topics').getByRole('button').first().click();
  await expect(popup.getByTestId('bingtuan-note')).toContainText('新疆生产建设兵团单独管理');
  await expectNoA11yViolations(popup);
  await screenshot(popup, 'ui-popup-shihezi');
  await popup.close();
});

test('a question with no answer says so and suggests common questions', async () => {
  const popup = await openPopup(extension);
  await popup.getByRole('combobox', { name: '搜索医保社保问题' }).fill('车险怎么买最便宜');
  await expect(popup.getByTestId('no-results')).toContainText('没有找到与「车险怎么买最便宜」相关的答案');
  await expect(popup.getByTestId('no-results').getByRole('button').first()).toBeVisible();
  await screenshot(popup, 'ui-popup-no-results');
  await popup.close();
});

test('each unanswered state has its own words: not social insurance, uncovered with the hotline, unsure', async () => {
  const popup = await openPopup(extension);
  const search = popup.getByRole('combobox', { name: '搜索医保社保问题' });
  const none = popup.getByTestId('no-results');
  await search.fill('车险怎么买最便宜');
  await expect(none).toHaveAttribute('data-coverage', 'out-of-scope');
  await expect(none).toContainText('不是医保社保政策');
  await search.fill('失业金怎么领取');
  await expect(none).toHaveAttribute('data-coverage', 'uncovered');
  await expect(none).toContainText('保知还没有收录这个话题');
  await expect(none.getByRole('link', { name: '12333' })).toHaveAttribute('href', 'tel:12333');
  await screenshot(popup, 'ui-popup-uncovered');
  await search.fill('社保交了');
  await expect(none).toHaveAttribute('data-coverage', 'unsure');
  await expect(none).toContainText('你是不是想问');
  const suggestion = none.locator('.suggestions').getByRole('button').first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(popup.locator('article.answer .conclusion')).toBeVisible();
  await popup.close();
});

test('an error reaching the background shows the error screen with a retry', async () => {
  const page = await extension.context.newPage();
  // Simulates a background that cannot answer: the tab lookup rejects.
  await page.addInitScript(() => {
    const runtime = (globalThis as unknown as { chrome: typeof browser }).chrome.runtime;
    const send = runtime.sendMessage.bind(runtime) as (message: unknown) => Promise<unknown>;
    (runtime as unknown as { sendMessage: unknown }).sendMessage = (message: { type?: string }) =>
      message?.type === 'get-tab-state' ? Promise.reject(new Error('后台没有响应')) : send(message);
  });
  await page.goto(`chrome-extension://${extension.id}/popup.html?tabId=999`);
  await expect(page.getByTestId('error-screen')).toContainText('出错了');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
  await screenshot(page, 'ui-popup-error');
  await page.close();
});

test('large-font mode scales the popup text', async () => {
  const options = await extension.open('options.html');
  await options.getByRole('checkbox', { name: '大字模式' }).check();
  await options.close();
  const popup = await openPopup(extension);
  await popup.locator('html[data-painted]').waitFor();
  await expect(popup.locator('html')).toHaveClass(/large-font/);
  const size = await popup.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(size).toBe('19px');
  await popup.locator('.topics').getByRole('button').first().click();
  await screenshot(popup, 'ui-popup-large-font');
  await popup.close();
  const again = await extension.open('options.html');
  await again.getByRole('checkbox', { name: '大字模式' }).uncheck();
  await again.close();
});

test('the answer paints before React loads, and React takes it over in place', async () => {
  const { page, tabId } = await openDetected(extension, 'https://www.nhsa.gov.cn/art/duanjiao.html');
  // Normal, large font, and English (whose bar has the longest words): the reserved bar and tools must hold.
  const modes = [
    { largeFont: false, language: 'auto', search: '输入问题' },
    { largeFont: true, language: 'auto', search: '输入问题' },
    { largeFont: false, language: 'en', search: 'Type a question' },
  ];
  for (const mode of modes) {
    await setSyncSetting(extension.worker, 'largeFont', mode.largeFont);
    await setSyncSetting(extension.worker, 'language', mode.language);
    const popup = await extension.context.newPage();
    const problems: string[] = [];
    popup.on('pageerror', (error) => problems.push(error.message));
    popup.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.addInitScript(() => {
      // Where the answer is when the page first says it is painted, and whether React was there yet.
      const record = () => {
        const w = window as unknown as { firstPaint?: { top: number; react: boolean; answers: number } };
        if (w.firstPaint || !document.documentElement.dataset.painted) return;
        const answers = document.querySelectorAll('article.answer');
        w.firstPaint = {
          top: answers[0]?.getBoundingClientRect().top ?? -1,
          react: document.querySelector('[role="combobox"]') !== null,
          answers: answers.length,
        };
      };
      new MutationObserver(record).observe(document, { attributes: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${extension.id}/popup.html?tabId=${tabId}`);
    await expect(popup.getByRole('combobox')).toHaveAttribute('placeholder', new RegExp(mode.search));
    const first = await popup.evaluate(
      () =>
        (window as unknown as { firstPaint?: { top: number; react: boolean; answers: number } }).firstPaint,
    );
    expect(first, JSON.stringify(mode)).toMatchObject({ react: false, answers: 1 });
    const after = await popup
      .locator('article.answer')
      .evaluateAll((articles) => articles.map((article) => article.getBoundingClientRect().top));
    expect(after, JSON.stringify(mode)).toEqual([first!.top]);
    // React replaces the first paint's nodes without complaint.
    expect(problems).toEqual([]);
    await popup.close();
  }
  await setSyncSetting(extension.worker, 'largeFont', false);
  await setSyncSetting(extension.worker, 'language', 'auto');
  await page.close();
});

import type { Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  launchExtension,
  openDetected,
  openPopup,
  screenshot,
  setSyncSetting,
  test,
  waitForReady,
  type Extension,
} from './fixtures';

// Issue 18: axe reports no violation of any impact in every popup, options and answer-page state, in both
// themes and in large font. One browser; each state is opened fresh in each of the four looks, and saved as a
// screenshot (screenshots/a11y-<look>-<state>.png) to be looked at.

const TODAY = new Date('2026-12-07T10:00:00+08:00');
let extension: Extension;
let detectedTab = 0;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  extension = await launchExtension({ lang: 'zh-CN' });
  await waitForReady(extension);
  await setSyncSetting(extension.worker, 'homeCity', { code: '410100', chosenAt: '2025-01-01' }, 2);
  detectedTab = (await openDetected(extension, 'https://www.nhsa.gov.cn/art/duanjiao.html')).tabId;
});
test.afterAll(async () => {
  await extension.context.close();
});

type State = { name: string; open: () => Promise<Page> };

async function popup(query = ''): Promise<Page> {
  const page = await openPopup(extension, query);
  await page.locator('html[data-painted]').waitFor();
  return page;
}

const STATES: State[] = [
  { name: 'popup-start', open: () => popup() },
  {
    name: 'popup-answer',
    async open() {
      const page = await popup(`?tabId=${detectedTab}`);
      await page.locator('details[data-part="posts"] > summary').click();
      await page.locator('details[data-part="steps"] > summary').click();
      return page;
    },
  },
  {
    name: 'popup-search',
    async open() {
      const page = await popup();
      await page.getByRole('combobox', { name: '搜索医保社保问题' }).fill('医保断交了卡里的钱还能用吗');
      await expect(page.getByRole('option').first()).toBeVisible();
      return page;
    },
  },
  {
    name: 'popup-unsure',
    async open() {
      const page = await popup();
      await page.getByRole('combobox', { name: '搜索医保社保问题' }).fill('失业金怎么领取');
      await expect(page.getByTestId('no-results')).toBeVisible();
      return page;
    },
  },
  {
    name: 'popup-browse',
    async open() {
      const page = await popup();
      await page.getByRole('button', { name: '浏览本市全部话题' }).click();
      await expect(page.locator('.topics > li').first()).toBeVisible();
      return page;
    },
  },
  {
    name: 'popup-calculator',
    async open() {
      const page = await extension.context.newPage();
      await page.clock.setFixedTime(TODAY);
      await page.setViewportSize({ width: 420, height: 600 });
      await page.goto(`chrome-extension://${extension.id}/popup.html`);
      await page.getByRole('combobox', { name: '搜索医保社保问题' }).fill('断缴3个月了还能补吗');
      await expect(page.getByTestId('timeline-result')).toBeVisible();
      await page.locator('.tl-disputed summary').first().click();
      return page;
    },
  },
  {
    name: 'options',
    async open() {
      const page = await extension.open('options.html');
      await page.getByText('数据管理').click();
      return page;
    },
  },
  {
    name: 'answer-page',
    async open() {
      const page = await extension.context.newPage();
      await page.clock.setFixedTime(TODAY);
      await page.goto(
        `chrome-extension://${extension.id}/answer.html?id=contribution_rate.350400&city=350400`,
      );
      await page.getByLabel('月缴费基数或工资(元)').fill('12700');
      await expect(page.getByTestId('contribution-result')).toBeVisible();
      return page;
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const large of [false, true]) {
    const look = `${scheme}${large ? '-large' : ''}`;
    test(`no axe violation in any state: ${look}`, async () => {
      await setSyncSetting(extension.worker, 'largeFont', large);
      for (const state of STATES) {
        const page = await state.open();
        await page.emulateMedia({ colorScheme: scheme });
        if (large) await expect(page.locator('html')).toHaveClass(/large-font/);
        await expectNoA11yViolations(page);
        await screenshot(page, `a11y-${look}-${state.name}`);
        await page.close();
      }
    });
  }
}

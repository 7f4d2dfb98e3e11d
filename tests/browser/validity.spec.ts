import type { Page } from '@playwright/test';
import {
  expect,
  launchExtension,
  openDetected,
  screenshot,
  setSyncSetting,
  test,
  waitForReady,
  type Extension,
} from './fixtures';

// An answer knows its age (issue 16). "Today" is fixed at 2025-06-01, while 广州's 2025年度 premium holds, and at
// 2026-12-07, after its period has ended: what a user sees in the hint card, the popup and copied text on each
// date. The card's date is computed in the background, pinned through the test build's hook; pages get
// Playwright's clock.

const PAGE = 'https://www.nhsa.gov.cn/art/jumin-jiaofei.html';
const DAYS = [
  { day: '2025-06-01', line: '适用于2025年度', stale: false },
  { day: '2026-12-07', line: '2025年度的数据,该期已结束;本期标准不在保知的数据中', stale: true },
] as const;

let extension: Extension;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  extension = await launchExtension({ variant: 'grant-optional' });
  await waitForReady(extension);
  await setSyncSetting(extension.worker, 'homeCity', { code: '440100', chosenAt: '2025-01-01' }, 2);
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
test.afterAll(async () => {
  await extension.context.close();
});

async function popupOn(day: string): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.clock.setFixedTime(new Date(`${day}T10:00:00+08:00`));
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extension.id}/popup.html`);
  return popup;
}

for (const { day, line, stale } of DAYS) {
  test(`on ${day}: the card, the popup and copied text say how old 广州's 2025 premium is`, async () => {
    await extension.worker.evaluate(
      (d) =>
        (globalThis as unknown as { baozhiTest: { pinToday(day: string): void } }).baozhiTest.pinToday(d),
      day,
    );
    const { page } = await openDetected(extension, PAGE);
    const card = page.locator('baozhi-hint');
    await expect(card).toContainText('广州');
    await expect(card.locator('.dated')).toContainText(line);
    await expect(card.locator('.dated')).toHaveClass(stale ? /stale/ : /^dated$/);
    await screenshot(page, `validity-card-${day}`);
    await page.close();

    const popup = await popupOn(day);
    await popup.getByRole('combobox', { name: '搜索医保社保问题' }).fill('居民医保一年交多少钱');
    await expect(popup.getByRole('option').first()).toContainText('广州');
    await popup.getByRole('combobox', { name: '搜索医保社保问题' }).press('Enter');
    const answer = popup.locator('article.answer');
    await expect(answer.locator('.conclusion')).toContainText('2025年度');
    // The date line sits right under the conclusion, not at the bottom.
    await expect(answer.locator('.conclusion + .date-line')).toContainText(line);
    await screenshot(popup, `validity-popup-${day}`);
    await popup.getByRole('button', { name: '复制为文字' }).click();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(line);
    expect(copied.indexOf(line)).toBeLessThan(copied.indexOf('要点'));
    await popup.close();
  });
}

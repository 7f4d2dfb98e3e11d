import {
  dataStateOf,
  expect,
  expectNoSeriousA11yViolations,
  launchExtension,
  openPopup,
  screenshot,
  test,
  waitForReady,
} from './fixtures';

// Popup states that need their own browser: first run, an import in progress, and no database at all.

test('first run: with no home city the popup asks for one inline, with the options picker', async () => {
  const extension = await launchExtension({ lang: 'zh-CN' });
  try {
    await waitForReady(extension);
    const popup = await openPopup(extension);
    await expect(popup.getByTestId('first-run')).toBeVisible();
    const picker = popup.getByRole('combobox', { name: '常住城市' });
    await expect(picker).toBeFocused();
    await picker.fill('zz');
    await expect(popup.getByRole('option').first()).toHaveText(/郑州市/);
    await picker.press('Enter');
    await expect(popup.getByTestId('city-coverage')).toContainText('郑州有专门条目的话题');
    await expectNoSeriousA11yViolations(popup);
    await screenshot(popup, 'ui-popup-first-run');
    await popup.getByRole('button', { name: '保存' }).click();
    await expect(popup.getByText('常住城市: 郑州')).toBeVisible();
    await expect(popup.getByRole('heading', { name: '郑州 · 大家常问' })).toBeVisible();
    await popup.close();
  } finally {
    await extension.context.close();
  }
});

test('importing: the popup shows progress and answers from the bundled copy meanwhile', async () => {
  // The slow-import build writes its first dataset in small, paused chunks.
  const extension = await launchExtension({ lang: 'zh-CN', variant: 'slow-import' });
  try {
    const popup = await openPopup(extension);
    await expect(popup.getByTestId('importing')).toBeVisible();
    await expect(popup.getByRole('progressbar', { name: '导入进度' })).toBeVisible();
    await popup.getByRole('button', { name: '暂不设置,先看全国规则' }).click();
    await popup.locator('.topics').getByRole('button').first().click();
    await expect(popup.getByTestId('bundled-label')).toHaveText('离线内置数据');
    await expect(popup.getByTestId('importing')).toBeVisible();
    await screenshot(popup, 'ui-popup-importing');
    expect((await dataStateOf(extension)).status).toBe('importing');
    await popup.close();
  } finally {
    await extension.context.close();
  }
});

test('unavailable: without a database the popup answers from the bundled copy and says so', async () => {
  const extension = await launchExtension({ lang: 'zh-CN', variant: 'unavailable' });
  try {
    const popup = await openPopup(extension);
    await popup.getByRole('button', { name: '暂不设置,先看全国规则' }).click();
    await expect(popup.getByTestId('unavailable')).toContainText('本地数据库不可用');
    await popup.locator('.topics').getByRole('button').first().click();
    await expect(popup.getByTestId('bundled-label')).toHaveText('离线内置数据');
    await expect(popup.getByTestId('scope-label')).toHaveText('全国通用规则');
    await screenshot(popup, 'ui-popup-unavailable');
    await popup.close();
  } finally {
    await extension.context.close();
  }
});

import {
  dataStateOf,
  expect,
  expectNoA11yViolations,
  launchExtension,
  openDetected,
  openPopup,
  screenshot,
  setSyncSetting,
  test,
  waitForReady,
} from './fixtures';

// Popup states that need their own browser: first run, an import in progress, and no database at all.

test('no home city: the popup answers at once, with the picker in one line above', async () => {
  const extension = await launchExtension({ lang: 'zh-CN' });
  try {
    await waitForReady(extension);
    // A detected page: its answer shows at once, with the national rule.
    const { page, tabId } = await openDetected(extension, 'https://www.nhsa.gov.cn/art/duanjiao.html');
    const popup = await openPopup(extension, `?tabId=${tabId}`);
    const answer = popup.locator('article.answer');
    await expect(answer.locator('.conclusion')).toBeVisible();
    await expect(answer.getByTestId('scope-label')).toHaveText('全国通用规则');
    const prompt = popup.getByTestId('home-prompt');
    await expect(prompt).toBeVisible();
    const promptBox = (await prompt.boundingBox())!;
    expect(promptBox.height).toBeLessThan(60);
    expect(promptBox.y).toBeLessThan((await answer.boundingBox())!.y);
    await expectNoA11yViolations(popup);
    await screenshot(popup, 'ui-popup-no-home-detected');

    // Choosing a city in that line saves it, and the answer becomes the city's.
    const picker = prompt.getByRole('combobox', { name: '常住城市' });
    await picker.fill('zz');
    await expect(popup.getByRole('option').first()).toHaveText(/郑州市/);
    await picker.press('Enter');
    await expect(popup.getByText('常住城市: 郑州')).toBeVisible();
    await expect(prompt).toHaveCount(0);
    await expect(answer.getByTestId('scope-label')).toHaveText('郑州专属');
    await popup.close();
    await page.close();
  } finally {
    await extension.context.close();
  }
});

test('no home city on an undetected tab: the most asked topics nationwide', async () => {
  const extension = await launchExtension({ lang: 'zh-CN' });
  try {
    await waitForReady(extension);
    const popup = await openPopup(extension);
    await expect(popup.getByTestId('home-prompt')).toBeVisible();
    await expect(popup.getByRole('heading', { name: '全国 · 大家常问' })).toBeVisible();
    await expectNoA11yViolations(popup);
    await screenshot(popup, 'ui-popup-first-run');
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

test('a stopped service worker: the popup paints the tab’s kept answer without waiting for it', async () => {
  const extension = await launchExtension({ lang: 'zh-CN' });
  try {
    await waitForReady(extension);
    await setSyncSetting(extension.worker, 'homeCity', { code: '410100', chosenAt: '2025-01-01' }, 2);
    const { page, tabId } = await openDetected(extension, 'https://www.nhsa.gov.cn/art/duanjiao.html');
    const key = `popup-start:${tabId}`;
    await expect
      .poll(() =>
        extension.worker.evaluate(
          async (k) =>
            (
              await (
                globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
              ).chrome.storage.session.get(k)
            )[k] !== undefined,
          key,
        ),
      )
      .toBe(true);
    // Stop the worker as Chrome does after ~30 s idle (CDP, from one of the extension's own pages).
    // A page of the extension that sends nothing, so it never wakes the worker again.
    const helper = await extension.open('icons/16.png');
    const cdp = await extension.context.newCDPSession(helper);
    let status = '';
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const version of event.versions) status = version.runningStatus;
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => status).toBe('stopped');

    const popup = await openPopup(extension, `?tabId=${tabId}`);
    await popup.locator('html[data-painted="answer"]').waitFor();
    await expect(popup.locator('article.answer .conclusion')).toContainText('余额不清零');
    await expect(popup.getByTestId('scope-label')).toHaveText('郑州专属');
    await popup.close();
    await helper.close();
    await page.close();
  } finally {
    await extension.context.close();
  }
});

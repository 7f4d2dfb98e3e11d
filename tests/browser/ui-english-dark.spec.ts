import {
  chooseHomeCity,
  expect,
  expectNoA11yViolations,
  launchExtension,
  openPopup,
  screenshot,
  test,
  waitForReady,
} from './fixtures';

// Language and colour scheme: English browser UI, the language override, and dark mode.

test('an English browser gets English screens; policy content stays Chinese', async () => {
  const extension = await launchExtension({ lang: 'en-US' });
  try {
    await waitForReady(extension);
    await chooseHomeCity(extension, 'zz', 'Home city');
    const popup = await openPopup(extension);
    await expect(popup.getByRole('heading', { name: 'Most asked · 郑州' })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
    await popup.locator('.topics').getByRole('button').first().click();
    await expect(popup.getByRole('button', { name: 'Copy as text' })).toBeVisible();
    await expect(popup.locator('article.answer')).toHaveAttribute('lang', 'zh-CN');
    await expect(popup.getByTestId('scope-label')).toHaveText('郑州专属');
    await screenshot(popup, 'ui-popup-english');

    const options = await extension.open('options.html');
    await expect(options.getByRole('heading', { name: 'Baozhi settings' })).toBeVisible();
    await expectNoA11yViolations(options);
    await screenshot(options, 'ui-options-english');

    // The override switches the language at once, without the browser's locale changing.
    await options.getByRole('combobox', { name: 'Language' }).selectOption('zh_CN');
    await expect(options.getByRole('heading', { name: '保知 设置' })).toBeVisible();
    await expect(options.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await options.getByRole('combobox', { name: '界面语言' }).selectOption('auto');
    await expect(options.getByRole('heading', { name: 'Baozhi settings' })).toBeVisible();
    await options.close();
  } finally {
    await extension.context.close();
  }
});

test('dark mode follows the system colour scheme', async () => {
  const extension = await launchExtension({ lang: 'zh-CN', colorScheme: 'dark' });
  try {
    await waitForReady(extension);
    await chooseHomeCity(extension, 'zz');
    const popup = await openPopup(extension);
    await popup.locator('.topics').getByRole('button').first().click();
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 25, 29)');
    await expectNoA11yViolations(popup);
    await screenshot(popup, 'ui-popup-dark');
    const options = await extension.open('options.html');
    await expectNoA11yViolations(options);
    await screenshot(options, 'ui-options-dark');
  } finally {
    await extension.context.close();
  }
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  expect,
  expectNoA11yViolations,
  launchExtension,
  ROOT,
  screenshot,
  test,
  waitForReady,
  type Extension,
} from './fixtures';

const meta = JSON.parse(readFileSync(path.join(ROOT, 'data/dataset.meta.json'), 'utf8')) as {
  version: string;
};
const dataset = JSON.parse(readFileSync(path.join(ROOT, 'data/generated/dataset.json'), 'utf8')) as {
  records: unknown[];
};

// The options page in Chinese: the home-city picker, the data section, settings files, welcome, shortcut.

let extension: Extension;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  extension = await launchExtension({ lang: 'zh-CN' });
  await waitForReady(extension);
});
test.afterAll(async () => {
  await extension.context.close();
});

test('the picker finds 郑州 by initials and 石家庄 by full pinyin, and works from the keyboard', async () => {
  const page = await extension.open('options.html');
  const picker = page.getByRole('combobox', { name: '常住城市' });
  await picker.fill('zz');
  const options = page.getByRole('listbox', { name: '常住城市' }).getByRole('option');
  const firstFive = (await options.allTextContents()).slice(0, 5);
  expect(firstFive.some((text) => text.startsWith('郑州市'))).toBe(true);
  await screenshot(page, 'ui-options-picker-zz');

  await picker.fill('shijiazhuang');
  await expect(options.first()).toHaveText(/^石家庄市/);
  await screenshot(page, 'ui-options-picker-shijiazhuang');

  // Keyboard: ↓ moves the highlighted option, Escape closes, Enter chooses.
  await picker.fill('zz');
  await picker.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await picker.press('ArrowUp');
  await picker.press('Escape');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await picker.press('ArrowDown');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await picker.press('Enter');
  await expect(picker).toHaveValue('郑州市');
  await expect(page.getByTestId('city-coverage')).toContainText('郑州有专门条目的话题');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存:郑州市');

  // A city with no entries of its own says which level its answers fall back to.
  await picker.fill('');
  await picker.fill('luoyang');
  await picker.press('Enter');
  await expect(page.getByTestId('city-coverage')).toContainText('洛阳暂无本市专门条目');

  // Empty, the list holds every home city, grouped by province.
  await picker.fill('');
  await expect(page.getByRole('group', { name: '河南省' })).toBeVisible();
  expect(await page.getByRole('listbox', { name: '常住城市' }).getByRole('option').count()).toBeGreaterThan(
    330,
  );
  await picker.press('Escape');
  await page.reload();
  await expect(picker).toHaveValue('郑州市');
  await expectNoA11yViolations(page);
  await screenshot(page, 'ui-options');
  await page.close();
});

test('the data section shows the dataset and rejects a bad file, keeping the old data', async () => {
  const page = await extension.open('options.html');
  // The maintainer's controls are folded under 数据管理 until asked for.
  await expect(page.getByTestId('data-facts')).toBeHidden();
  await page.getByText('数据管理').click();
  const facts = page.getByTestId('data-facts');
  await expect(facts).toContainText('就绪');
  await expect(facts).toContainText(meta.version);
  await expect(facts).toContainText(String(dataset.records.length));
  await page.getByTestId('dataset-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 'not-semver', records: [] })),
  });
  const result = page.getByTestId('dataset-result');
  await expect(result).toContainText('原有数据保持不变');
  await expect(result.getByRole('listitem').first()).toBeVisible();
  await expect(facts).toContainText(meta.version);
  await result.scrollIntoViewIfNeeded();
  await screenshot(page, 'ui-options-dataset-rejected');
  await page.close();
});

test('恢复内置数据 replaces an imported file with the bundled data', async () => {
  const page = await extension.open('options.html');
  await page.getByText('数据管理').click();
  const mine = { ...JSON.parse(readFileSync(path.join(ROOT, 'data/generated/dataset.json'), 'utf8')) };
  mine.version = '9.9.9';
  mine.hash = 'abcdefabcdefabcd';
  mine.records = mine.records.slice(0, 3);
  await page.getByTestId('dataset-file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(mine)),
  });
  const facts = page.getByTestId('data-facts');
  await expect(facts).toContainText('9.9.9');
  await page.getByRole('button', { name: '恢复内置数据' }).click();
  await expect(page.getByTestId('dataset-result')).toContainText(`已恢复内置数据(版本 ${meta.version}`);
  await expect(facts).toContainText(meta.version);
  await expect(facts).toContainText(String(dataset.records.length));
  await expectNoA11yViolations(page);
  await page.close();
});

test('settings export to a file, import back, and reset', async () => {
  const page = await extension.open('options.html');
  await page.getByText('数据管理').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出设置' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('baozhi-settings.json');
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    format: string;
    settings: { homeCity: { code: string } };
  };
  expect(exported.format).toBe('baozhi-settings');
  expect(exported.settings.homeCity.code).toBe('410100');

  const picker = page.getByRole('combobox', { name: '常住城市' });
  exported.settings.homeCity.code = '130100';
  await page.getByTestId('settings-file').setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(page.getByTestId('settings-result')).toHaveText('设置已导入。');
  await expect(picker).toHaveValue('石家庄市');

  await page.getByTestId('settings-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else"}'),
  });
  await expect(page.getByTestId('settings-result')).toContainText('没有做任何更改');
  await expect(picker).toHaveValue('石家庄市');
  await screenshot(page, 'ui-options-settings-rejected');

  await page.getByRole('button', { name: '重置设置' }).click();
  await page.getByRole('button', { name: '确认重置全部设置' }).click();
  await expect(page.getByTestId('settings-result')).toHaveText('设置已恢复默认。');
  await expect(picker).toHaveValue('');
  await page.close();
});

test('the welcome view gives three steps, asks for the home city, and hides the maintainer controls', async () => {
  const page = await extension.open('options.html?welcome=1');
  await expect(page.getByRole('heading', { name: '欢迎使用保知' })).toBeVisible();
  const steps = page.locator('.welcome-steps li');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('固定到工具栏');
  await expect(steps.nth(1)).toContainText('常住城市');
  await expect(steps.nth(2)).toContainText('输入问题');
  await expect(page.getByText('数据版本', { exact: true })).toBeHidden();
  await expect(page.getByTestId('dataset-file')).toBeHidden();
  // 常住城市 is said once on screen: the section heading (the picker keeps it as its accessible name).
  await expect(page.getByRole('heading', { name: '常住城市' })).toBeVisible();
  await expect(page.locator('.city-picker label')).toHaveClass('visually-hidden');
  await expect(page.getByRole('combobox', { name: '常住城市' })).toBeFocused();
  await expect(page.getByRole('heading', { name: '网页提示与可选权限' })).toBeVisible();
  await expect(page.getByTestId('shortcut')).toContainText('打开保知的快捷键');
  await expect(page.getByText('chrome://extensions/shortcuts')).toBeVisible();
  await expect(page.getByText('不收集、不上传任何数据')).toBeVisible();
  await page.keyboard.press('Escape');
  await screenshot(page, 'ui-options-welcome');
  await page.close();
});

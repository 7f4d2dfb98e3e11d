import {
  chooseHomeCity,
  expect,
  expectNoA11yViolations,
  launchExtension,
  screenshot,
  test,
  waitForReady,
  type Extension,
} from './fixtures';

// The full-page answer (answer.html): by record id, and by question.

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

test('answer.html?id= shows one answer in full, printable and copyable', async () => {
  const page = await extension.open('answer.html?id=balance_after_stop.410100&city=410100');
  await expect(page.locator('article.answer .conclusion')).toContainText('余额不清零');
  await expect(page.getByTestId('scope-label')).toHaveText('郑州专属');
  await expect(page).toHaveTitle(/郑州职工医保断缴后个人账户余额怎么办/);
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
  await expect(page.getByRole('button', { name: '复制为文字' })).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, 'ui-answer-page-id');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await screenshot(page, 'ui-answer-page-print');
  await page.close();
});

test('answer.html?q= answers a question, for the city it names', async () => {
  const q = encodeURIComponent('石家庄医保断交了卡里的钱还能用吗');
  const page = await extension.open(`answer.html?q=${q}&city=410100`);
  await expect(page.getByTestId('scope-label')).toHaveText('石家庄专属');
  await expect(page.getByTestId('city-override')).toHaveText('按问题中的石家庄作答(你的常住城市: 郑州)');
  await expect(page.getByRole('searchbox')).toHaveValue('石家庄医保断交了卡里的钱还能用吗');
  await screenshot(page, 'ui-answer-page-q');
  await page.close();
});

test('answer.html with an unknown id or an off-topic question says there is no answer', async () => {
  const page = await extension.open(`answer.html?q=${encodeURIComponent('车险怎么买最便宜')}`);
  await expect(page.getByTestId('no-results')).toContainText('没有找到');
  await page.goto(`chrome-extension://${extension.id}/answer.html?id=no.such.record`);
  await expect(page.getByTestId('no-results')).toContainText('没有找到这个答案');
  await page.close();
});

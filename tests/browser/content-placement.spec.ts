import { test as base, type Page } from '@playwright/test';
import {
  contentErrors,
  coveredControls,
  expect,
  type Extension,
  launchExtension,
  openDetected,
  screenshot,
  setSyncSetting,
  waitForReady,
} from './fixtures';

// Where the card goes (issue 18 §4) and which language it speaks (§5), on the national sites (production build).
// gov.cn article templates rarely put the title in an h1: the card must still go under the visible title, never
// above the site's banner. The fixtures mark the title, the banner and the article body with data-test.

const test = base.extend<object, { extension: Extension }>({
  extension: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const extension = await launchExtension();
      await waitForReady(extension);
      await setSyncSetting(extension.worker, 'homeCity', { code: '410100', chosenAt: '2025-01-01' }, 2);
      await use(extension);
      await extension.context.close();
    },
    { scope: 'worker' },
  ],
});
test.describe.configure({ mode: 'serial' });

const ART = 'https://www.nhsa.gov.cn/art';

interface Marks {
  title: string;
  banner: string;
  body: string;
}
const MARKED: Marks = { title: '[data-test=title]', banner: '[data-test=banner]', body: '[data-test=body]' };

/** The card's place relative to the page's title, banner and article body. */
async function placement(page: Page, marks: Marks = MARKED) {
  await expect(page.locator('baozhi-hint')).toHaveCount(1);
  return page.evaluate(({ title: t, banner: b, body: a }) => {
    const card = document.querySelector('baozhi-hint')!;
    const title = document.querySelector(t)!;
    const body = document.querySelector(a)!;
    // The title's own text (a table cell holds the card after it).
    const text = document.createRange();
    text.selectNodeContents(title);
    if (title.contains(card)) text.setEndBefore(card);
    const box = card.getBoundingClientRect();
    return {
      follows: card.previousElementSibling === title,
      lastInTitle: card.parentElement === title && card === title.lastChild,
      belowTitle: box.top >= text.getBoundingClientRect().bottom - 1,
      belowBanner: box.top >= document.querySelector(b)!.getBoundingClientRect().bottom - 1,
      beforeBody:
        (card.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
        box.bottom <= body.getBoundingClientRect().top + 1,
    };
  }, marks);
}

const LAYOUTS = [
  { file: 'title-div', what: 'a large bold div.title under a banner with a logo h1', inside: false },
  {
    file: 'title-strong',
    what: 'a strong in a centred paragraph, beside a column of bold headings',
    inside: false,
  },
  { file: 'title-table', what: 'a cell of an old-style layout table', inside: true },
];

for (const { file, what, inside } of LAYOUTS) {
  test(`the title is ${what}: the card goes under it, below the banner`, async ({ extension }) => {
    const { page } = await openDetected(extension, `${ART}/${file}.html`);
    expect(await placement(page)).toEqual({
      follows: !inside,
      lastInTitle: inside,
      belowTitle: true,
      belowBanner: true,
      beforeBody: true,
    });
    await screenshot(page, `content-placement-${file}`);
    expect((await coveredControls(page)).problems).toEqual([]);
    await page.close();
  });
}

test('an h1 title: the card still goes right under it', async ({ extension }) => {
  const { page } = await openDetected(extension, `${ART}/duanjiao.html`);
  expect(
    await placement(page, { title: 'h1', banner: 'nav', body: '.content p:nth-of-type(2)' }),
  ).toMatchObject({ follows: true, belowTitle: true, belowBanner: true, beforeBody: true });
  await page.close();
});

test('no title stands out: the card opens the content column, under the banner', async ({ extension }) => {
  const { page } = await openDetected(extension, `${ART}/no-title.html`);
  await expect(page.locator('baozhi-hint')).toHaveCount(1);
  const where = await page.evaluate(() => {
    const card = document.querySelector('baozhi-hint')!;
    return {
      firstInColumn: card.parentElement?.dataset.test === 'body' && card === card.parentElement.firstChild,
      belowBanner:
        card.getBoundingClientRect().top >= document.querySelector('header')!.getBoundingClientRect().bottom,
    };
  });
  expect(where).toEqual({ firstInColumn: true, belowBanner: true });
  await screenshot(page, 'content-placement-no-title');
  await page.close();
});

test('the card speaks the UI language chosen in the settings, live; the answer stays Chinese', async ({
  extension,
}) => {
  await setSyncSetting(extension.worker, 'language', 'en');
  const { page } = await openDetected(extension, `${ART}/title-div.html`);
  const card = page.locator('baozhi-hint');
  await expect(card.getByRole('note', { name: 'Baozhi hint' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Details' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Not on this site' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Not on any site' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Close', exact: true })).toBeVisible();
  await expect(card).toContainText('For your home city: 郑州市');
  const langs = () =>
    card.evaluate((host) => {
      const root = host.shadowRoot!;
      const lang = (selector: string) => root.querySelector<HTMLElement>(selector)!.lang;
      return { card: lang('.card'), answer: lang('.conclusion') };
    });
  expect(await langs()).toEqual({ card: 'en', answer: 'zh-CN' });
  await screenshot(page, 'content-placement-english');

  // Back to the browser's language (zh-CN here): the open card follows without a reload.
  await setSyncSetting(extension.worker, 'language', 'auto');
  await expect(card.getByRole('button', { name: '查看详情' })).toBeVisible();
  await expect(card).toContainText('按常住城市:郑州市');
  expect(await langs()).toEqual({ card: 'zh-CN', answer: 'zh-CN' });
  await page.close();
});

test('no content-script errors were reported in any of the above', async ({ extension }) => {
  expect(await contentErrors(extension.worker)).toEqual([]);
});

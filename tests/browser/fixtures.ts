import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, chromiumArgs, chromiumEnv } from '../../scripts/lib/chromium';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const SCREENSHOTS = path.join(ROOT, 'screenshots');

/** Requests made by the extension itself: its service worker and its pages, except its own files. */
export interface NetworkLog {
  extensionRequests: string[];
}

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  network: NetworkLog;
  /** Opens an extension page (e.g. 'popup.html?tabId=3') in a new tab. */
  open(page: string): Promise<Page>;
}

export interface LaunchOptions {
  lang?: 'zh-CN' | 'en-US';
  /** A test-flag build (utils/test-flags.ts), e.g. 'unavailable' → .output/test-unavailable-chrome-mv3. */
  variant?: string;
  /** Reuse a profile (e.g. to relaunch after closing mid-import). */
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
}

export function extensionDir(variant?: string): string {
  return variant ? path.join(ROOT, `.output/test-${variant}-chrome-mv3`) : EXTENSION_DIR;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const { lang = 'zh-CN', variant, colorScheme = 'light' } = options;
  const dir = extensionDir(variant);
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}. Run \`npm test\` (it builds every variant) first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'baozhi-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang,
    colorScheme,
    env: chromiumEnv(lang),
    args: chromiumArgs(dir, lang),
  });
  const network: NetworkLog = { extensionRequests: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
    const frameUrl = request.serviceWorker() ? 'service-worker' : safeFrameUrl(request);
    if (frameUrl === 'service-worker' || frameUrl.startsWith('chrome-extension://')) {
      network.extensionRequests.push(`${frameUrl} -> ${url}`);
    }
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await routeOfficialSites(context);
  return {
    context,
    worker,
    id,
    network,
    async open(page: string) {
      const tab = await context.newPage();
      await tab.goto(`chrome-extension://${id}/${page}`);
      return tab;
    },
  };
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

/** Official URLs are answered with fixture HTML (tests/browser/pages/<host>/<path>.html); nothing reaches a network. */
async function routeOfficialSites(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const file = path.join(
      import.meta.dirname,
      'pages',
      url.hostname,
      `${url.pathname.replace(/\.html$/, '')}.html`,
    );
    if (existsSync(file)) {
      await route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
    } else {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
    }
  });
}

/** Waits until the background has the first dataset in IndexedDB. */
export async function waitForDataset(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      // Never open a database that does not exist yet: that would create it empty under Dexie.
      const exists = (await indexedDB.databases()).some((info) => info.name === 'baozhi');
      const ready =
        exists &&
        (await new Promise<boolean>((resolve) => {
          const open = indexedDB.open('baozhi');
          open.onsuccess = () => {
            const idb = open.result;
            if (!idb.objectStoreNames.contains('meta')) return resolve(false);
            const get = idb.transaction('meta').objectStore('meta').get('current');
            get.onsuccess = () => resolve(get.result !== undefined);
            get.onerror = () => resolve(false);
          };
          open.onerror = () => resolve(false);
        }));
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('dataset was not imported within 10 s');
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export const test = base.extend<object, { extension: Extension }>({
  extension: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const extension = await launchExtension();
      await waitForDataset(extension.worker);
      await use(extension);
      await extension.context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
import { expect } from '@playwright/test';

// ---- UI helpers (issue 6) ----
import AxeBuilder from '@axe-core/playwright';

/** Opens the popup in a tab sized like the toolbar popup. */
export async function openPopup(extension: Extension, query = ''): Promise<Page> {
  const popup = await extension.open(`popup.html${query}`);
  await popup.setViewportSize({ width: 420, height: 600 });
  return popup;
}

/** Runs axe on the page and fails on any violation, whatever its impact (issue 18: zero in every state). */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** The data layer's state as an extension page asks for it ('get-data-state'). */
export async function dataStateOf(extension: Extension): Promise<{ status: string; progress?: number }> {
  const page = extension.context
    .pages()
    .find((p) => p.url().startsWith(`chrome-extension://${extension.id}/`));
  const target = page ?? (await extension.open('options.html'));
  const state = await target.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    };
    return chrome.runtime.sendMessage({ type: 'get-data-state' });
  });
  if (!page) await target.close();
  return state as { status: string; progress?: number };
}

/** Waits until the data layer reports 'ready' (the first import has finished). */
export async function waitForReady(extension: Extension, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await dataStateOf(extension)).status !== 'ready') {
    if (Date.now() > deadline) throw new Error('data layer not ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Chooses a home city in the options page's picker, as a user does: type, Enter, Save. */
export async function chooseHomeCity(extension: Extension, typed: string, label = '常住城市'): Promise<void> {
  const options = await extension.open('options.html');
  const picker = options.getByRole('combobox', { name: label });
  await picker.fill(typed);
  await picker.press('Enter');
  await options.getByRole('button', { name: /^(保存|Save)$/ }).click();
  await options.getByRole('status').waitFor();
  await options.close();
}

// ---- Content-script helpers (issue 7) ----

/** The service worker's chrome.* inside worker.evaluate(). */
type WorkerChrome = typeof import('wxt/browser').browser;

/** The id of the tab showing `url`. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    return tab.id;
  }, url);
}

export interface StoredTabState {
  url: string;
  detection: { relevant: boolean; topics: string[]; city: string | null };
}

/** The detection the background stored for a tab (storage.session), or null. */
export async function tabStateOf(worker: Worker, tabId: number): Promise<StoredTabState | null> {
  return worker.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return ((await chrome.storage.session.get(key))[key] ?? null) as StoredTabState | null;
  }, `tab:${tabId}`);
}

export async function badgeOf(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate(
    (tabId) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({ tabId }),
    tabId,
  );
}

/** Errors content scripts caught and reported to the background. */
export async function contentErrors(worker: Worker): Promise<{ message: string; url: string }[]> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const stored = (await chrome.storage.session.get('content-errors'))['content-errors'];
    return (stored ?? []) as { message: string; url: string }[];
  });
}

/** Writes a setting as utils/settings.ts stores it (WXT keeps the item's version under `<key>$`). */
export async function setSyncSetting(
  worker: Worker,
  key: string,
  value: unknown,
  version = 1,
): Promise<void> {
  await worker.evaluate(
    async ({ key, value, version }) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      await chrome.storage.sync.set({ [key]: value, [`${key}$`]: { v: version } });
    },
    { key, value, version },
  );
}

export async function getSyncSetting(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return (await chrome.storage.sync.get(key))[key] ?? null;
  }, key);
}

/** Resolves once the page's content script has reported `url` to the background (its tab state). */
export async function waitForTabState(worker: Worker, tabId: number, url: string): Promise<StoredTabState> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const state = await tabStateOf(worker, tabId);
    if (state?.url === url) return state;
    if (Date.now() > deadline) throw new Error(`no detection stored for ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The page's controls that something else covers at their centre (each scrolled into view first): the card
 * sits in the page's flow, so it must cover none. Also says how many controls were checked.
 */
export async function coveredControls(page: Page): Promise<{ problems: string[]; checked: number }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, [tabindex]');
    for (const control of controls) {
      control.scrollIntoView({ block: 'center' });
      const rect = control.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (!hit || !(hit === control || control.contains(hit) || hit.contains(control))) {
        problems.push(`${control.tagName} ${control.textContent ?? ''} → ${hit?.tagName ?? 'nothing'}`);
      }
    }
    return { problems, checked: controls.length };
  });
}

/** Opens a page in a new tab and waits until the content script has reported on it. */
export async function openDetected(
  extension: Extension,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await extension.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(extension.worker, url);
  await waitForTabState(extension.worker, tabId, url);
  return { page, tabId };
}

import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const SCREENSHOTS = path.join(ROOT, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

export async function launchExtension(lang: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<Extension> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'baozhi-')), {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang,
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
            const get = idb.transaction('meta').objectStore('meta').get('dataset');
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

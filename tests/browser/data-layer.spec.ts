import { test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { browser } from 'wxt/browser';
import { ROOT, expect, launchExtension, type Extension } from './fixtures';

declare const chrome: typeof browser;

const bundled = JSON.parse(readFileSync(path.join(ROOT, 'data/generated/dataset.json'), 'utf8')) as {
  hash: string;
  records: unknown[];
};

/** The data state as an extension page gets it from the background. */
async function dataState(
  extension: Extension,
): Promise<{ status: string; progress?: number; hash?: string }> {
  const page = extension.context
    .pages()
    .find((p) => p.url().startsWith(`chrome-extension://${extension.id}/`));
  const target = page ?? (await extension.open('options.html'));
  return target.evaluate(() => chrome.runtime.sendMessage({ type: 'get-data-state' }));
}

/** What IndexedDB holds, read directly: the current dataset and the rows per dataset hash. */
async function databaseContents(extension: Extension) {
  const page = await extension.open('options.html');
  const contents = await page.evaluate(
    () =>
      new Promise<{
        current: { hash: string; recordCount: number } | undefined;
        rowsByDs: Record<string, number>;
      }>((resolve, reject) => {
        const open = indexedDB.open('baozhi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['meta', 'answers'], 'readonly');
          const current = tx.objectStore('meta').get('current');
          const all = tx.objectStore('answers').getAll();
          tx.oncomplete = () => {
            const rowsByDs: Record<string, number> = {};
            for (const row of all.result as { ds: string }[]) rowsByDs[row.ds] = (rowsByDs[row.ds] ?? 0) + 1;
            resolve({ current: current.result, rowsByDs });
          };
        };
      }),
  );
  await page.close();
  return contents;
}

test('an import cut short by closing the browser is finished on the next start, from one dataset version', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'baozhi-interrupt-'));
  // The slow-import build writes 5 records per chunk with a pause, so the browser can close mid-way.
  const first = await launchExtension({ variant: 'slow-import', userDataDir: profile });
  await expect
    .poll(async () => {
      const state = await dataState(first);
      return state.status === 'importing' && (state.progress ?? 0) > 0 && (state.progress ?? 1) < 1;
    })
    .toBe(true);
  await first.context.close();

  const second = await launchExtension({ variant: 'slow-import', userDataDir: profile });
  try {
    await expect.poll(async () => (await dataState(second)).status, { timeout: 30_000 }).toBe('ready');
    const { current, rowsByDs } = await databaseContents(second);
    expect(current).toMatchObject({ hash: bundled.hash, recordCount: bundled.records.length });
    expect(rowsByDs).toEqual({ [bundled.hash]: bundled.records.length });
  } finally {
    await second.context.close();
  }
});

// What the popup shows in this state (bundled answers, marked as such) is in ui-states.spec.ts.
test('a build with IndexedDB switched off reports the unavailable state with its reason', async () => {
  const extension = await launchExtension({ variant: 'unavailable' });
  try {
    await expect.poll(async () => (await dataState(extension)).status).toBe('unavailable');
    expect(await dataState(extension)).toMatchObject({ reason: 'forced' });
  } finally {
    await extension.context.close();
  }
});

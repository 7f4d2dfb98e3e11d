import { browser } from '#imports';
import { importDataset, parseDatasetFile } from './dataset-import';
import { BaozhiDB } from '../../utils/db';
import { hasTestFlag } from '../../utils/test-flags';

export interface ImportTiming {
  records: number;
  readMs: number;
  validateMs: number;
  importMs: number;
}

/**
 * Bench builds only (BAOZHI_TEST_FLAGS=bench-import): lets scripts/bench-import.ts time the real import path in
 * Chromium on a dataset file packaged inside the build (read with the extension's own URL: no network).
 */
export function exposeBenchHooks(): void {
  if (!hasTestFlag('bench-import')) return;
  Object.assign(globalThis, {
    async __baozhiBenchImport(file: string): Promise<ImportTiming> {
      const t0 = performance.now();
      const text = await (await fetch(browser.runtime.getURL(`/${file}` as '/'))).text();
      const t1 = performance.now();
      const parsed = parseDatasetFile(text);
      if ('problems' in parsed) throw new Error(parsed.problems.join('; '));
      const t2 = performance.now();
      const bench = new BaozhiDB(`bench-${Date.now()}-${Math.random()}`);
      await importDataset(bench, parsed.dataset, { origin: 'file' });
      const t3 = performance.now();
      await bench.delete();
      return {
        records: parsed.dataset.records.length,
        readMs: t1 - t0,
        validateMs: t2 - t1,
        importMs: t3 - t2,
      };
    },
  });
}

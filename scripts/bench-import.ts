// npm run bench:import — times the data layer's import in real Chromium: the shipped dataset on first
// install, and a 50k-record synthetic dataset (scripts/gen-synthetic.ts) through the same import path.
// Not a test. Merges {"import": {...}} into bench-browser.json at the repository root; `--quick` (1k records, one
// run each, nothing written) is its smoke mode.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImportTiming } from '../entrypoints/background/bench-hooks';
import { generateSynthetic } from './gen-synthetic';
import { loadDataset, loadRegions } from './lib/engine-load';
import { CHROMIUM, chromiumArgs } from './lib/chromium';
import { QUICK, quickOr } from './lib/bench-mode';
import { REPO_ROOT } from './lib/paths';

const OUT = path.join(REPO_ROOT, '.output/test-bench-import-chrome-mv3');
const RESULTS = path.join(REPO_ROOT, 'bench-browser.json');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

execFileSync('npx', ['wxt', 'build'], {
  cwd: REPO_ROOT,
  env: { ...process.env, BAOZHI_TEST_FLAGS: 'bench-import' },
  stdio: 'ignore',
});
const regions = await loadRegions();
const base = loadDataset();
writeFileSync(path.join(OUT, 'bench-shipped.json'), JSON.stringify(base));
const SYNTHETIC = quickOr(1000, 50_000);
const synthetic = generateSynthetic(base, SYNTHETIC, {
  cities: regions.homeCities(),
  provinces: regions.provinces(),
});
const syntheticJson = JSON.stringify(synthetic);
writeFileSync(path.join(OUT, 'bench-synthetic.json'), syntheticJson);

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'baozhi-bench-')), {
  executablePath: CHROMIUM,
  headless: true,
  args: chromiumArgs(OUT),
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  // First install: the background imports the shipped dataset by itself; its own timing is in the state.
  let firstInstallMs: number | undefined;
  for (let i = 0; i < 200 && firstInstallMs === undefined; i++) {
    const state = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-data-state' }))) as {
      status: string;
      durationMs?: number;
    };
    if (state.status === 'ready') firstInstallMs = state.durationMs;
    else await page.waitForTimeout(50);
  }
  const run = (file: string) =>
    worker.evaluate(
      (name) =>
        (
          globalThis as unknown as { __baozhiBenchImport(f: string): Promise<ImportTiming> }
        ).__baozhiBenchImport(name),
      file,
    );
  const shipped: ImportTiming[] = [];
  for (let i = 0; i < quickOr(1, 7); i++) shipped.push(await run('bench-shipped.json'));
  const big: ImportTiming[] = [];
  for (let i = 0; i < quickOr(1, 3); i++) big.push(await run('bench-synthetic.json'));

  const summary = (runs: ImportTiming[]) => ({
    records: runs[0]!.records,
    runs: runs.length,
    read_ms: Math.round(median(runs.map((r) => r.readMs))),
    validate_ms: Math.round(median(runs.map((r) => r.validateMs))),
    import_ms: Math.round(median(runs.map((r) => r.importMs))),
  });
  const result = {
    shipped_first_install_ms: firstInstallMs ?? null,
    shipped: summary(shipped),
    synthetic: { ...summary(big), file_mb: Math.round((syntheticJson.length / 1048576) * 10) / 10 },
  };
  if (!QUICK) {
    const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as object) : {};
    writeFileSync(RESULTS, `${JSON.stringify({ ...previous, import: result }, null, 2)}\n`);
  }
  console.table({
    shipped: result.shipped,
    synthetic: result.synthetic,
  });
  console.log(`shipped dataset, first install (background, cold): ${firstInstallMs} ms`);
  if (QUICK) console.log('import bench: quick smoke run, nothing written, no targets');
} finally {
  await context.close();
}

declare const chrome: typeof import('wxt/browser').browser;

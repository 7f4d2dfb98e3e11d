// Page-cost benchmark for the content script: a 5 MB page about 医保断缴 on an official host, loaded several
// times with and without the extension in the same run (alternating, so drift hits both alike). Merges
// {"page": {...}} into bench-browser.json at the repo root (the popup benchmark writes its own key).
//
//   npx tsx scripts/bench-browser-page.ts      (after `npm run build`; `npm run bench:browser` does both)
//
// with_ms / without_ms: median time from navigation start until the page's own post-load work is done. The
// page runs a 1 s train of 16 ms timer ticks after `load`; any main-thread time the content script takes, while
// the page is parsed (it detects once the parser is past the h1) or after `load`, delays the end of the train.
// empty_extension_ms: the same with an extension whose content script (same matches, same run_at) does nothing:
// Chrome parses a page differently once any content script waits for it (more, shorter parser tasks and a
// later load event), so ratio_vs_empty is the part of the cost that is ours.
// long_tasks_over_50ms: long tasks (PerformanceObserver 'longtask') over the whole load, beyond the median the
// page has on its own (parsing 5 MB makes some with or without us). Our card now goes in while the page is
// parsed, so counting only after DOMContentLoaded would miss it; that count is reported too.
// BENCH_EXTENSION=<dir> measures another build in place of .output/chrome-mv3 (to compare two builds).

import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QUICK, quickOr } from './lib/bench-mode';
import { CHROMIUM, chromiumArgs } from './lib/chromium';
import { NATIONAL_HOSTS } from '../lib/sites';

const ROOT = path.resolve(import.meta.dirname, '..');
/** BENCH_EXTENSION: another built extension directory, to compare two builds in turn. */
const EXTENSION = process.env.BENCH_EXTENSION ?? path.join(ROOT, '.output/chrome-mv3');
const OUT = path.join(ROOT, 'bench-browser.json');
const PAGE_URL = 'https://www.nhsa.gov.cn/art/bench-5mb.html';
const LOADS = quickOr(1, Number(process.env.BENCH_LOADS ?? 7));

/** The benchmark page: the article first, then ~5 MB of related-news markup, and the measuring script. */
function benchPage(bytes = 5_000_000): string {
  const head = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>职工医保断缴后个人账户怎么办_国家医疗保障局</title>
<script>
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  addEventListener('load', () => {
    let ticks = 0;
    const tick = () => {
      if (++ticks < 60) setTimeout(tick, 16);
      else window.__done = performance.now();
    };
    setTimeout(tick, 16);
  });
</script></head><body>
<h1>职工医保断缴后,个人账户余额还能用吗?</h1>
<p>问:单位停缴了职工医保,医保卡里的钱还能用吗?答:个人账户余额不清零,断缴期间仍可用于门诊和购药;统筹基金待遇暂停,补缴后恢复。</p>
`;
  const item =
    '<div class="item"><h3>医保服务动态</h3><p>各地医保经办机构持续优化服务,推进医保电子凭证和移动支付应用,参保人可通过国家医保服务平台办理查询、备案和转移接续等业务。</p><a href="#">详情</a></div>\n';
  const tail = '</body></html>';
  const count = Math.ceil((bytes - Buffer.byteLength(head + tail)) / Buffer.byteLength(item));
  return head + item.repeat(count) + tail;
}

/** An extension with a content script that does nothing (ours's run_at), for the same pages at the same time. */
function emptyExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'baozhi-bench-empty-'));
  const ours = JSON.parse(readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8')) as {
    content_scripts: { run_at?: string }[];
  };
  const manifest = {
    manifest_version: 3,
    name: 'empty',
    version: '1.0',
    host_permissions: NATIONAL_HOSTS,
    content_scripts: [
      {
        matches: NATIONAL_HOSTS,
        run_at: ours.content_scripts[0]?.run_at ?? 'document_idle',
        js: ['content.js'],
      },
    ],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'content.js'), 'void 0;\n');
  return dir;
}

async function launch(extension: string | null): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'baozhi-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    args: chromiumArgs(extension),
  });
  if (extension === EXTENSION) await waitForData(context);
  return { context, dir };
}

/** Measures the steady state: the first start's import of the bundled dataset has finished. */
async function waitForData(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  for (let i = 0; i < 300; i++) {
    const state = await page.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<{ status?: string }> } };
        }
      ).chrome.runtime.sendMessage({ type: 'get-data-state' }),
    );
    if (state?.status === 'ready') break;
    await page.waitForTimeout(100);
  }
  await page.close();
}

interface Load {
  ms: number;
  /** Long tasks starting after DOMContentLoaded. */
  longTasks: number;
  longTasksTotal: number;
  card: boolean;
}

async function load(context: BrowserContext, html: string): Promise<Load> {
  const page = await context.newPage();
  await page.route(PAGE_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as { __done?: number }).__done !== undefined, null, {
    timeout: 30_000,
  });
  // Let a late idle callback of ours land inside the long-task record too.
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const w = window as unknown as { __done: number; __long: [number, number][] };
    const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
      .domContentLoadedEventEnd;
    return {
      ms: w.__done,
      longTasks: w.__long.filter(([start, duration]) => duration > 50 && start >= dcl).length,
      longTasksTotal: w.__long.filter(([, duration]) => duration > 50).length,
    };
  });
  const card = (await page.locator('baozhi-hint').count()) > 0;
  await page.close();
  return { ...result, card };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main(): Promise<void> {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) throw new Error('run `npm run build` first');
  const html = benchPage();
  const emptyDir = emptyExtension();
  const contexts = {
    with: await launch(EXTENSION),
    without: await launch(null),
    empty: await launch(emptyDir),
  };
  const kinds = ['with', 'without', 'empty'] as const;
  const runs: Record<(typeof kinds)[number], Load[]> = { with: [], without: [], empty: [] };
  // Warm all three (first-navigation costs) before measuring; then alternate so drift hits all alike.
  for (const kind of kinds) await load(contexts[kind].context, html);
  for (let i = 0; i < LOADS; i++) {
    for (const kind of kinds) runs[kind].push(await load(contexts[kind].context, html));
  }
  for (const kind of kinds) {
    await contexts[kind].context.close();
    rmSync(contexts[kind].dir, { recursive: true, force: true });
  }
  rmSync(emptyDir, { recursive: true, force: true });

  if (!runs.with.every((run) => run.card))
    throw new Error('the card did not appear on every load with the extension');
  const ms = (kind: (typeof kinds)[number]) => median(runs[kind].map((run) => run.ms));
  const long = (kind: (typeof kinds)[number]) => median(runs[kind].map((run) => run.longTasks));
  const total = (kind: (typeof kinds)[number]) => median(runs[kind].map((run) => run.longTasksTotal));
  const page = {
    bytes: Buffer.byteLength(html),
    loads: LOADS,
    with_ms: Math.round(ms('with')),
    without_ms: Math.round(ms('without')),
    empty_extension_ms: Math.round(ms('empty')),
    ratio: Math.round((ms('with') / ms('without')) * 1000) / 1000,
    ratio_vs_empty: Math.round((ms('with') / ms('empty')) * 1000) / 1000,
    long_tasks_over_50ms: Math.max(0, total('with') - total('without')),
    long_tasks_total: { with: total('with'), without: total('without'), empty: total('empty') },
    long_tasks_after_dcl: { with: long('with'), without: long('without'), empty: long('empty') },
    targets: { ratio_max: 1.05, extra_long_tasks_max: 0 },
  };
  console.log(JSON.stringify(page, null, 2));
  if (QUICK) return console.log('page bench: quick smoke run, nothing written, no targets');
  const existing = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(OUT, `${JSON.stringify({ ...existing, page }, null, 2)}\n`);
  const ok = page.ratio <= 1.05 && page.long_tasks_over_50ms === 0;
  console.log(
    ok
      ? 'page budget: OK'
      : `page budget: OVER (ratio ${page.ratio}; against an empty content script ${page.ratio_vs_empty})`,
  );
  if (!ok) process.exitCode = 1;
}

await main();

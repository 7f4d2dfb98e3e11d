// npm run -s detect -- [--url <url>] <file.html | ->
// npm run -s detect -- --batch <file.jsonl>    (one {"url","file"} per line; file relative to the JSONL's folder)
// Decodes the page in its declared charset, extracts text exactly as the content script does, and prints the
// detection as JSON.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCityNames, cityFinder, type CityFinder } from '../lib/engine/cities';
import { detectDocument } from '../lib/engine/detect';
import { fail, runBatch } from './lib/engine-cli';
import { decodeHtml, parseHtml } from './lib/engine-dom';
import { MissingDataError, loadRegions, type RegionsModule } from './lib/engine-load';

const USAGE = `usage: npm run -s detect -- [--url <url>] <file.html | ->
       npm run -s detect -- --batch <file.jsonl>   (lines of {"url": "https://...", "file": "page.html"})`;

function named(regions: RegionsModule, code: string | null) {
  return code ? { code, name: regions.getRegion(code)?.name ?? code } : null;
}

function detectBytes(regions: RegionsModule, finder: CityFinder, bytes: Uint8Array, url: string | undefined) {
  const d = detectDocument(parseHtml(decodeHtml(bytes)), url ?? '', { cities: finder });
  return {
    relevant: d.relevant,
    score: d.score,
    topics: d.topics,
    city: named(regions, d.city),
    province: named(regions, d.province),
  };
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, batch: { type: 'string' } },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (
    values.batch === undefined ? positionals.length !== 1 : positionals.length > 0 || values.url !== undefined
  ) {
    fail(USAGE);
  }
  if (values.url !== undefined) {
    try {
      new URL(values.url);
    } catch {
      fail(`--url is not a URL: ${values.url}\n${USAGE}`);
    }
  }

  let regions: RegionsModule;
  try {
    regions = await loadRegions();
  } catch (e) {
    if (e instanceof MissingDataError) fail(e.message);
    throw e;
  }
  // The same compact name table the content script receives.
  const finder = cityFinder(buildCityNames(regions.homeCities(), regions.provinces()));

  if (values.batch === undefined) {
    const target = positionals[0]!;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(target === '-' ? 0 : target);
    } catch (e) {
      fail(`cannot read ${target}: ${(e as Error).message}`);
    }
    console.log(JSON.stringify(detectBytes(regions, finder, bytes, values.url)));
    return;
  }

  const base = dirname(resolve(values.batch));
  runBatch(values.batch, (row) => {
    if (typeof row.file !== 'string' || !row.file) throw new Error('"file" must be a non-empty string');
    if (row.url !== undefined && row.url !== null && typeof row.url !== 'string') {
      throw new Error('"url" must be a string');
    }
    const bytes = readFileSync(resolve(base, row.file));
    return detectBytes(regions, finder, bytes, row.url ?? undefined);
  });
}

await main();

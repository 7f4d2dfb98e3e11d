// Synthetic scale-up of the dataset for benchmarks and import tests: N records spread over every home city
// and every topic (plus province and national records), cloned from the real records with the city name in
// their phrasings swapped for the new region's. The output is a valid `Dataset`.
//   npx tsx scripts/gen-synthetic.ts <N> [out.json]     (default out: stdout)
// Other benchmarks import `generateSynthetic` instead.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { canonicalJson } from '../lib/dataset/canonical';
import { Dataset, type CompiledRecord } from '../lib/dataset/schema';
import { TOPIC_IDS } from '../lib/topics';
import { loadDataset, loadRegions } from './lib/engine-load';

export interface SyntheticRegion {
  code: string;
  short: string;
  name: string;
}

export interface SyntheticOptions {
  cities: readonly SyntheticRegion[];
  provinces: readonly SyntheticRegion[];
  /** Share of records placed at the province level (default 0.1). */
  provinceShare?: number;
}

/** Deterministic PRNG (mulberry32), so every run of a benchmark sees the same records. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashOf(records: CompiledRecord[], items: Dataset['items']): string {
  return createHash('sha256').update(canonicalJson({ items, records })).digest('hex').slice(0, 16);
}

/**
 * N records: record i has topic TOPIC_IDS[i % 26] and, in turn, every home city (every tenth record goes to
 * that city's province; the first 26 are national). Content is cloned from a real record of the same topic
 * when there is one, else from any record (relabelled), with region names replaced in the phrasings.
 */
export function generateSynthetic(base: Dataset, n: number, options: SyntheticOptions): Dataset {
  if (base.records.length === 0) throw new Error('gen-synthetic: the base dataset has no records');
  const random = prng(20251122);
  const names = new Map<string, SyntheticRegion>();
  for (const r of [...options.cities, ...options.provinces]) names.set(r.code, r);
  const byTopic = new Map<string, CompiledRecord[]>();
  for (const record of base.records) {
    const list = byTopic.get(record.topic) ?? [];
    list.push(record);
    byTopic.set(record.topic, list);
  }
  const provinceEvery = Math.max(1, Math.round(1 / (options.provinceShare ?? 0.1)));
  const records: CompiledRecord[] = [];
  for (let i = 0; i < n; i++) {
    const topic = TOPIC_IDS[i % TOPIC_IDS.length]!;
    const pool = byTopic.get(topic) ?? base.records;
    const source = pool[Math.floor(random() * pool.length)]!;
    const city = options.cities[Math.floor(i / TOPIC_IDS.length) % options.cities.length]!;
    const region =
      i < TOPIC_IDS.length ? '000000' : i % provinceEvery === 0 ? `${city.code.slice(0, 2)}0000` : city.code;
    const from = names.get(source.region);
    const fromProvince = names.get(`${source.region.slice(0, 2)}0000`);
    const to = region === '000000' ? undefined : (names.get(region) ?? city);
    const toProvince = names.get(`${region.slice(0, 2)}0000`);
    const swap = (text: string, a: SyntheticRegion | undefined, b: SyntheticRegion | undefined) =>
      a
        ? text
            .split(a.name)
            .join(b?.short ?? '')
            .split(a.short)
            .join(b?.short ?? '')
        : text;
    const rename = (q: string) => {
      let out = swap(q, from, to);
      if (fromProvince !== from) out = swap(out, fromProvince, toProvince === to ? undefined : toProvince);
      if (!from && to) out = `${to.short}${out}`;
      return out.trim() || q;
    };
    records.push({
      ...source,
      id: `${topic}.${region}.syn${i}`,
      topic,
      region,
      questions: source.questions.map(rename),
    });
  }
  return Dataset.parse({
    format: base.format,
    version: base.version,
    hash: hashOf(records, base.items),
    ranking: base.ranking,
    items: base.items,
    references: base.references,
    glossary: base.glossary,
    records,
  });
}

async function main(): Promise<void> {
  const [countArg, out] = process.argv.slice(2);
  const n = Number(countArg);
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: npx tsx scripts/gen-synthetic.ts <N> [out.json]');
    process.exit(2);
  }
  const regions = await loadRegions();
  const dataset = generateSynthetic(loadDataset(), n, {
    cities: regions.homeCities(),
    provinces: regions.provinces(),
  });
  const json = JSON.stringify(dataset);
  if (out) writeFileSync(out, json);
  else process.stdout.write(`${json}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

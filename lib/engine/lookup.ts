import type { Dataset } from '../dataset/schema';
import { isProvinceCode } from '../regions/codes';
import { TOPIC_IDS } from '../topics';
import { buildCityNames, cityFinder, type CityFinder, type CityNames, type NamedRegion } from './cities';
import { hanGrams, normalizeQuestion } from './text';

// The per-dataset lookup tables: which records answer a (topic, region), the region names for finding places
// in questions, and pinyin city names. Built with the dataset (data:build for the shipped one, the background
// for an imported file); the classifier is not in here: it ships once with the extension (./model.ts).

/** lib/regions' Region fields the index needs (pinyin: lowercase syllables separated by spaces). */
export interface PinyinRegion extends NamedRegion {
  pinyin: string;
}

export interface RegionLists {
  cities: readonly PinyinRegion[];
  provinces: readonly PinyinRegion[];
}

/** The JSON form, precomputed at build time and shipped next to the dataset (or stored with an imported one). */
export interface SerializedIndex {
  v: 2;
  /** Hash of the dataset the index was built from; loadIndex refuses another dataset. */
  hash: string;
  topics: string[];
  /** `${topicIndex}:${region}` → record indices into dataset.records. */
  buckets: Record<string, number[]>;
  cities: CityNames;
  /** pinyin without spaces → region codes (several when ambiguous: suzhou, taizhou ...). */
  pinyin: Record<string, string[]>;
}

export interface MatchIndex {
  readonly data: SerializedIndex;
  readonly dataset: Dataset;
  readonly finder: CityFinder;
  /** Character bigrams of each record's phrasings, filled on first use (to order records within a bucket). */
  readonly recordGrams: Map<number, Set<string>>;
}

function pinyinTable(regions: RegionLists): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const region of [...regions.cities, ...regions.provinces]) {
    const key = region.pinyin.replace(/\s+/g, '');
    (table[key] ??= []).push(region.code);
  }
  for (const [key, codes] of Object.entries(table)) {
    // 北京 the city and 北京 the province share a pinyin: the city is meant.
    const cities = codes.filter((code) => !isProvinceCode(code));
    if (cities.length === 1 && codes.every((code) => code.slice(0, 2) === cities[0]!.slice(0, 2))) {
      table[key] = cities;
    }
  }
  return table;
}

/** Builds the tables (at build time, or in the background for an imported dataset file). */
export function buildIndex(dataset: Dataset, regions: RegionLists): MatchIndex {
  const cities = buildCityNames(regions.cities, regions.provinces);
  const topicIndex = new Map<string, number>(TOPIC_IDS.map((id, i) => [id, i]));
  const buckets: Record<string, number[]> = {};
  dataset.records.forEach((record, r) => {
    (buckets[`${topicIndex.get(record.topic)!}:${record.region}`] ??= []).push(r);
  });
  const data: SerializedIndex = {
    v: 2,
    hash: dataset.hash,
    topics: [...TOPIC_IDS],
    buckets,
    cities,
    pinyin: pinyinTable(regions),
  };
  return attach(data, dataset, cityFinder(cities));
}

function attach(data: SerializedIndex, dataset: Dataset, finder = cityFinder(data.cities)): MatchIndex {
  return { data, dataset, finder, recordGrams: new Map() };
}

export function serializeIndex(index: MatchIndex): string {
  return JSON.stringify(index.data);
}

/**
 * Loads precomputed tables (JSON text or the parsed object) for their dataset; only the small region-name trie
 * is set up. Throws when they were built for another dataset or topic list, or by another engine version.
 */
export function loadIndex(json: string | SerializedIndex, dataset: Dataset): MatchIndex {
  const data = typeof json === 'string' ? (JSON.parse(json) as SerializedIndex) : json;
  if (data.v !== 2) throw new Error(`index: unsupported version ${String(data.v)}`);
  if (data.hash !== dataset.hash) throw new Error('index: built for another dataset (hash differs)');
  if (data.topics.join() !== TOPIC_IDS.join()) throw new Error('index: topic list differs; rebuild it');
  return attach(data, dataset);
}

/** Bigrams of a record's phrasings: how close a question is to each record of one bucket. */
export function recordGramsOf(index: MatchIndex, r: number): Set<string> {
  let grams = index.recordGrams.get(r);
  if (!grams) {
    grams = new Set();
    for (const question of index.dataset.records[r]!.questions) {
      for (const gram of hanGrams(normalizeQuestion(question))) if (gram.length === 2) grams.add(gram);
    }
    index.recordGrams.set(r, grams);
  }
  return grams;
}

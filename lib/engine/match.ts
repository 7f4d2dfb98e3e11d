import type { CompiledRecord, Dataset } from '../dataset/schema';
import { isProvinceCode } from '../regions/codes';
import { answerRegion, type CityFrom, type NamedPlace, type Scope } from '../scope';
import { TOPIC_IDS, type TopicId } from '../topics';
import {
  buildCityNames,
  cityFinder,
  findRegionNames,
  type CityFinder,
  type CityNames,
  type NamedRegion,
} from './cities';
import { lexiconEvidence } from './evidence';
import { lexicon, lexiconFingerprint, lexiconScanner } from './lexicon';
import { scan } from './scanner';
import { LATIN_RUN, hanGrams, normalizeQuestion, stripYears } from './text';

// Question matching. A question is classified into topics (lexicon evidence + a per-topic bigram centroid
// learned from the records' phrasings), its region is resolved (a city named in the question overrides the
// home city), and records are looked up per (topic, region) along city → province → national. Lookups are
// hash-map reads, so the cost of a question does not grow with the number of records.

export type { Scope };

/** lib/regions' Region fields the index needs (pinyin: lowercase syllables separated by spaces). */
export interface PinyinRegion extends NamedRegion {
  pinyin: string;
}

export interface RegionLists {
  cities: readonly PinyinRegion[];
  provinces: readonly PinyinRegion[];
}

/** The JSON form of the index, precomputed at build time and shipped next to the dataset. */
export interface SerializedIndex {
  v: 1;
  /** Hash of the dataset the index was built from; loadIndex refuses another dataset. */
  hash: string;
  /** lexiconFingerprint() of the lexicon the index was built with; loadIndex refuses another lexicon. */
  lexicon: string;
  topics: string[];
  /** gram → [idf, topic, weight, topic, weight, ...] of the unit-length topic centroids. */
  grams: Record<string, number[]>;
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
  /** Grams of each record's phrasings, filled on first use. */
  readonly recordGrams: Map<number, Set<string>>;
}

function topicGramsOf(finder: CityFinder, text: string): string[] {
  let clean = stripYears(normalizeQuestion(text)).replace(LATIN_RUN, ' ');
  const cut: [number, number][] = [];
  findRegionNames(finder, clean, (_code, start, end) => cut.push([start, end]));
  for (let i = cut.length - 1; i >= 0; i--) {
    const [start, end] = cut[i]!;
    clean = `${clean.slice(0, start)} ${clean.slice(end)}`;
  }
  return hanGrams(canonicalize(clean));
}

/** Rewrites colloquial variants to their canonical term (断交 → 断缴), so phrasings share grams. */
function canonicalize(text: string): string {
  const { entries } = lexicon();
  let out = '';
  let last = 0;
  scan(lexiconScanner(), text, (entry, start, end) => {
    out += text.slice(last, start) + entries[entry]!.canon;
    last = end;
  });
  return out + text.slice(last);
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

/** Builds the index (at build time: scripts call this, the extension only loads its JSON). */
export function buildIndex(dataset: Dataset, regions: RegionLists): MatchIndex {
  const cities = buildCityNames(regions.cities, regions.provinces);
  const finder = cityFinder(cities);
  const topicIndex = new Map<string, number>(TOPIC_IDS.map((id, i) => [id, i]));
  const buckets: Record<string, number[]> = {};
  const tf = TOPIC_IDS.map(() => new Map<string, number>());
  dataset.records.forEach((record, r) => {
    const t = topicIndex.get(record.topic)!;
    (buckets[`${t}:${record.region}`] ??= []).push(r);
    const grams = new Set<string>();
    for (const question of record.questions)
      for (const gram of topicGramsOf(finder, question)) grams.add(gram);
    for (const gram of grams) tf[t]!.set(gram, (tf[t]!.get(gram) ?? 0) + 1);
  });
  const df = new Map<string, number>();
  for (const map of tf) for (const gram of map.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const topicsWithData = tf.filter((map) => map.size > 0).length || 1;
  const idf = new Map<string, number>();
  for (const [gram, n] of df) idf.set(gram, Math.log(1 + topicsWithData / n));
  const grams: Record<string, number[]> = {};
  tf.forEach((map, t) => {
    let norm = 0;
    const weights = new Map<string, number>();
    for (const [gram, n] of map) {
      const w = Math.log(1 + n) * idf.get(gram)!;
      weights.set(gram, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [gram, w] of weights) {
      (grams[gram] ??= [round(idf.get(gram)!)]).push(t, round(w / norm));
    }
  });
  const data: SerializedIndex = {
    v: 1,
    hash: dataset.hash,
    lexicon: lexiconFingerprint(),
    topics: [...TOPIC_IDS],
    grams,
    buckets,
    cities,
    pinyin: pinyinTable(regions),
  };
  return attach(data, dataset, finder);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function attach(data: SerializedIndex, dataset: Dataset, finder = cityFinder(data.cities)): MatchIndex {
  return { data, dataset, finder, recordGrams: new Map() };
}

export function serializeIndex(index: MatchIndex): string {
  return JSON.stringify(index.data);
}

/**
 * Loads a precomputed index (JSON text or the parsed object) for its dataset. Nothing is rebuilt: only the
 * two small name/lexicon tries (a few hundred terms each) are set up. Throws when the index was built for
 * another dataset, topic list or lexicon.
 */
export function loadIndex(json: string | SerializedIndex, dataset: Dataset): MatchIndex {
  const data = typeof json === 'string' ? (JSON.parse(json) as SerializedIndex) : json;
  if (data.v !== 1) throw new Error(`index: unsupported version ${String(data.v)}`);
  if (data.hash !== dataset.hash) throw new Error('index: built for another dataset (hash differs)');
  // The centroids were learned from lexicon-canonicalised phrasings: another lexicon would skew them silently.
  if (data.lexicon !== lexiconFingerprint()) {
    throw new Error(
      `index: built with another lexicon (fingerprint ${String(data.lexicon)}, expected ` +
        `${lexiconFingerprint()}); rebuild it with npm run data:build`,
    );
  }
  if (data.topics.join() !== TOPIC_IDS.join()) throw new Error('index: topic list differs; rebuild it');
  return attach(data, dataset);
}

export interface AskOptions {
  /** The user's home city code. */
  homeCity?: string | null;
  /** A city chosen for this lookup only (the popup's switcher). */
  choice?: string | null;
  /** Results at most (default 10). */
  limit?: number;
}

export interface AskHit {
  record: CompiledRecord;
  topic: TopicId;
  scope: Scope;
  region: string;
  /** 0..1 */
  score: number;
}

export interface AskResult {
  /** City used (lib/scope answerRegion): named in the question, else the choice, else the home city. */
  city: string | null;
  /** Its province, or the province named in the question when it names no city. */
  province: string | null;
  cityFrom: CityFrom;
  /** Topics the question is about, most likely first (empty when out of scope). */
  topics: TopicId[];
  results: AskHit[];
}

function pinyinCity(index: MatchIndex, text: string): string | null {
  for (const run of text.match(LATIN_RUN) ?? []) {
    const words = run.split(/[\s,.'-]+/);
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length, i + 5); j > i; j--) {
        let key = words.slice(i, j).join('');
        if (key.length < 4) continue;
        let codes = index.data.pinyin[key];
        if (!codes && key.endsWith('shi')) {
          key = key.slice(0, -3);
          codes = index.data.pinyin[key];
        }
        if (!codes) continue;
        // An ambiguous pinyin (suzhou: 苏州 or 宿州) is never used as an override.
        if (codes.length === 1) return codes[0]!;
        i = j - 1;
        break;
      }
    }
  }
  return null;
}

/** 去/到 right before a place name: where the person goes (去上海看病), not necessarily whose rules apply. */
function isDestination(text: string, start: number): boolean {
  const before = text[start - 1];
  return before === '去' || before === '到';
}

/** What follows a destination when the trip is for treatment. */
const CARE = /^(?:看病|就医|就诊|住院|治病|开药|买药)/;

/**
 * The city (hanzi or unambiguous pinyin) or else the province a question names. With `skipDestinations`,
 * places named as destinations are ignored (treatment elsewhere follows the insured place).
 */
export function questionPlace(index: MatchIndex, question: string, skipDestinations = false): NamedPlace {
  const text = normalizeQuestion(question);
  let city: string | null = null;
  let province: string | null = null;
  findRegionNames(index.finder, text, (code, start) => {
    if (skipDestinations && isDestination(text, start)) return;
    if (isProvinceCode(code)) province ??= code;
    else city ??= code;
  });
  city ??= pinyinCity(index, text);
  return { city, province: city ? null : province };
}

/** Topic scores: lexicon evidence plus 4 × cosine with the learned centroid; null when out of scope. */
export function classify(index: MatchIndex, question: string): { topic: TopicId; score: number }[] | null {
  // Going elsewhere for care reads as 外地 (去上海看病 → 去外地看病, an 异地就医 term); other trips stay as they are.
  let text = stripYears(normalizeQuestion(question));
  const cut: [number, number][] = [];
  findRegionNames(index.finder, text, (_code, start, end) => {
    if (isDestination(text, start) && CARE.test(text.slice(end, end + 2))) cut.push([start, end]);
  });
  for (let i = cut.length - 1; i >= 0; i--)
    text = `${text.slice(0, cut[i]![0])}外地${text.slice(cut[i]![1])}`;
  const evidence = lexiconEvidence();
  scan(lexiconScanner(), text, (entry) => evidence.add(entry, 1));
  const { topics, general, negative } = evidence.fold();
  let lexTop = 0;
  for (const v of topics) lexTop = Math.max(lexTop, v);
  const positive = general + lexTop;
  // Without any social-insurance word, one everyday word (突然, 外地, 清零) is not enough to be in scope.
  if (positive < 2 || (general === 0 && lexTop < 3) || (negative >= 2 && negative >= 0.5 * positive))
    return null;
  const qGrams = new Set(topicGramsOf(index.finder, question));
  const cos = new Float64Array(TOPIC_IDS.length);
  let qNorm = 0;
  for (const gram of qGrams) {
    const row = index.data.grams[gram];
    if (!row) continue;
    const idf = row[0]!;
    qNorm += idf * idf;
    for (let k = 1; k < row.length; k += 2) cos[row[k]!]! += idf * row[k + 1]!;
  }
  qNorm = Math.sqrt(qNorm) || 1;
  const scored = TOPIC_IDS.map((topic, i) => ({ topic, score: topics[i]! + (4 * cos[i]!) / qNorm }))
    .filter((s) => s.score >= 2)
    .sort((a, b) => b.score - a.score);
  return scored.length > 0 ? scored : null;
}

function gramsOfRecord(index: MatchIndex, r: number): Set<string> {
  let grams = index.recordGrams.get(r);
  if (!grams) {
    grams = new Set();
    for (const question of index.dataset.records[r]!.questions) {
      for (const gram of topicGramsOf(index.finder, question)) grams.add(gram);
    }
    index.recordGrams.set(r, grams);
  }
  return grams;
}

const LEVEL_FACTOR: Record<Scope, number> = { city: 1, province: 0.95, national: 0.9 };

/** Ranked answers for a question; none when it is not about social insurance. */
export function ask(index: MatchIndex, question: string, options: AskOptions = {}): AskResult {
  const limit = options.limit ?? 10;
  const regionFor = (named: NamedPlace) =>
    answerRegion({ question: named, choice: options.choice, home: options.homeCity });
  let region = regionFor(questionPlace(index, question));
  const place = () => ({ city: region.city, province: region.province, cityFrom: region.cityFrom });
  const ranked = classify(index, question);
  if (!ranked) return { ...place(), topics: [], results: [] };
  // Treatment in another city is paid under the insured place's rules: a destination does not override it.
  if (ranked[0]!.topic === 'remote_medical' && region.cityFrom === 'question') {
    region = regionFor(questionPlace(index, question, true));
  }
  const top = ranked[0]!.score;
  const chosen = ranked.filter((s) => s.score >= 0.5 * top).slice(0, 3);
  const qGrams = topicGramsOf(index.finder, question);
  const results: AskHit[] = [];
  for (const { topic, score } of chosen) {
    // When the most likely topic has no answer here, a clearly less likely one must not stand in for it.
    if (results.length === 0 && score < 0.8 * top && topic !== chosen[0]!.topic) break;
    const t = TOPIC_IDS.indexOf(topic);
    const confidence = (score / (score + 3)) * (score / top);
    for (const step of region.chain) {
      const bucket = index.data.buckets[`${t}:${step.region}`];
      if (!bucket) continue;
      const hits = bucket.map((r) => {
        const grams = gramsOfRecord(index, r);
        let shared = 0;
        for (const gram of qGrams) if (grams.has(gram)) shared++;
        const similarity = qGrams.length > 0 ? shared / qGrams.length : 0;
        return {
          record: index.dataset.records[r]!,
          topic,
          scope: step.scope,
          region: step.region,
          score: Math.round(confidence * LEVEL_FACTOR[step.scope] * (0.85 + 0.15 * similarity) * 1000) / 1000,
        };
      });
      results.push(...hits.sort((a, b) => b.score - a.score));
      break;
    }
  }
  return { ...place(), topics: chosen.map((s) => s.topic), results: results.slice(0, limit) };
}

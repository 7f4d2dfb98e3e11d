import { LIMITS } from '../limits';
import type { NamedPlace, PlaceFrom } from '../scope';
import { classifyHost } from '../sites';
import { TOPIC_IDS, type TopicId } from '../topics';
import { isProvinceCode, provinceCode } from '../regions/codes';
import { findRegionNames, type CityFinder } from './cities';
import { extractPage, type DomLike, type ExtractOptions, type PageText } from './extract';
import { lexiconEvidence, type Evidence } from './evidence';
import { lexiconScanner } from './lexicon';
import { termCounter, type TermCounter } from './scanner';

// Page detection: is this page about social insurance, which topics, which city. Cheapest signals first:
// the host's tier, then the title, description and headings (weighted up), then the capped text sample.
// Each field is scanned once by the lexicon trie (linear in its length).

export interface PageInput extends PageText {
  url?: string;
}

export interface PageDetectionResult {
  relevant: boolean;
  /** 0..1; relevant when score >= RELEVANCE_THRESHOLD. */
  score: number;
  /** Most to least likely, at most LIMITS.topics; empty when not relevant. */
  topics: TopicId[];
  /** City code the page is about, or null. */
  city: string | null;
  /** Province of `city`, or the province the page is about when it names no single city. */
  province: string | null;
  /** Where the place came from, or null when the page names none. */
  placeFrom: PlaceFrom | null;
}

/**
 * score = 1 - exp(-R / 5), where R sums the host prior, general social-insurance evidence, topic evidence
 * and subtracts evidence against (commercial insurance, hospital picks, 定点/支付 news, first aid).
 * 0.5 means R ≈ 3.5: e.g. a title naming a topic (断缴, 异地就医) plus a few 医保 mentions in the text; a page
 * that only mentions 医保定点 or 医保支付 stays below it.
 */
export const RELEVANCE_THRESHOLD = 0.5;

/** The last URL asked about and its prior: a page is scored again and again under one URL. */
let lastHost: { url: string | undefined; prior: number } = { url: undefined, prior: 0 };

/**
 * How much the host alone says the page is about social insurance (lib/sites classifyHost): the national sites
 * and bureau-labelled *.gov.cn hosts fully, Q&A sites a little, any other host (a city's news site under
 * *.gov.cn included) nothing.
 */
export function hostPrior(url: string | undefined): number {
  if (url !== lastHost.url) {
    const { tier, bureauLabel } = classifyHost(url);
    const prior = tier === 'national' || bureauLabel ? 1 : tier === 'qa' ? 0.3 : 0;
    lastHost = { url, prior };
  }
  return lastHost.prior;
}

interface Compiled {
  /** Counts lexicon entries; all zero between fields. */
  counter: TermCounter;
  /** Empty between pages. */
  evidence: Evidence;
}

let compiled: Compiled | undefined;

function prepare(): Compiled {
  if (!compiled) {
    compiled = {
      counter: termCounter(lexiconScanner()),
      evidence: lexiconEvidence(),
    };
  }
  return compiled;
}

/** min(1 + ln n, 3) for a count n = 1..8 (index 0 is never read); from 8 on it is 3 (1 + ln 8 > 3). */
const COUNT_FACTOR = Float64Array.from({ length: 9 }, (_, n) => Math.min(1 + Math.log(n), 3));

/** Adds a field's entry counts to the evidence: weight × (1 + ln count), capped at 3 per field. */
function addField(c: Compiled, text: string, weight: number, from = 0, to = text.length): void {
  if (to - from >= 2) addCounted(c, c.counter.count(text, from, to), weight);
}

/** Headings count as one field; counted one by one, no joined copy is made. */
function addHeadings(c: Compiled, headings: readonly string[], weight: number): void {
  let distinct = 0;
  for (const heading of headings) {
    if (heading.length >= 2) distinct = c.counter.count(heading, 0, heading.length, distinct);
  }
  addCounted(c, distinct, weight);
}

/** Moves the `distinct` entries the counter holds into the evidence, and zeroes their counts. */
function addCounted(c: Compiled, distinct: number, weight: number): void {
  const { counter, evidence } = c;
  const { counts, found } = counter;
  for (let k = 0; k < distinct; k++) {
    const entry = found[k]!;
    evidence.add(entry, weight * COUNT_FACTOR[Math.min(counts[entry]!, 8)]!);
    counts[entry] = 0;
  }
}

/**
 * Field weights. The text sample is split: its lead (where the article is) counts fully, the rest (related
 * links, comments, sidebars that survived extraction) at 0.4, so a hospital list under an insurance answer,
 * or insurance links under a hospital list, do not decide the page.
 */
const FIELD_WEIGHT = { title: 4, description: 2, headings: 2, lead: 1, tail: 0.4 };
const LEAD_CHARS = 1500;
/**
 * Where an article ends and a content farm's recommendations begin (the seeds' 相关推荐 sections). One
 * regular expression finds the first of them in one pass (seven indexOf calls took five times as long).
 */
const LEAD_END = /相关(?:推荐|问题|阅读)|为你推荐|推荐阅读|猜你喜欢|热门文章/;

/** End of the article lead: the first recommendations marker after the first character within LEAD_CHARS. */
function leadEnd(text: string): number {
  const at = text.slice(1, LEAD_CHARS).search(LEAD_END);
  return at >= 0 ? at + 1 : Math.min(text.length, LEAD_CHARS);
}

/** 「正文标题_站点名」, 「标题 - 知乎」: the site's name is not what the page is about. */
const TITLE_SUFFIX = /\s*(?:[_|]|\s[-–—]\s)[^_|]*$/;

/** Where the title's own text ends: before the site's name, unless that would leave under 4 characters. */
function titleEnd(title: string): number {
  const at = title.search(TITLE_SUFFIX);
  return at >= 4 ? at : title.length;
}

/** Topics scoring at least max(min, ratio × top), best first (ties in TOPIC_IDS order), at most `limit`. */
function rankTopics(topics: readonly number[], min: number, ratio: number, limit: number): TopicId[] {
  let top = 0;
  for (const v of topics) top = Math.max(top, v);
  const floor = Math.max(min, top * ratio, Number.MIN_VALUE);
  // Insertion into at most `limit` places: no tuples, comparator calls or intermediate arrays on every page.
  const ranked: number[] = [];
  for (let i = 0; i < topics.length; i++) {
    const v = topics[i]!;
    if (v < floor) continue;
    let at = ranked.length;
    while (at > 0 && topics[ranked[at - 1]!]! < v) at--;
    if (at >= limit) continue;
    if (ranked.length < limit) ranked.push(i);
    for (let j = ranked.length - 1; j > at; j--) ranked[j] = ranked[j - 1]!;
    ranked[at] = i;
  }
  return ranked.map((i) => TOPIC_IDS[i]!);
}

interface PagePlace {
  city: string | null;
  province: string | null;
  placeFrom: PlaceFrom | null;
}

/** 在郑州市参保, 郑州参保人: whose insurance the article is about. */
const INSURED_HERE = /^[市州]?(?:参保|参加医保|参加社保)/;
/** A first mention this early in the text is the article's lead. */
const LEAD_MENTION = 150;
/** Where the platform, not the article, names a place: 发布于北京, IP属地:广东. */
const BYLINE = /(?:发布于|属地:?|来自)$/;

/** The single city (else province) the page's own text names clearly, by weighted mentions. */
function bodyPlace(finder: CityFinder, page: PageInput): { city: string | null; province: string | null } {
  const cityScore = new Map<string, number>();
  const provinceScore = new Map<string, number>();
  const bump = (code: string, weight: number) => {
    if (!isProvinceCode(code)) cityScore.set(code, (cityScore.get(code) ?? 0) + weight);
    const province = provinceCode(code);
    provinceScore.set(province, (provinceScore.get(province) ?? 0) + weight);
  };
  const add = (text: string, weight: number, perCodeCap: number) => {
    const seen = new Map<string, number>();
    findRegionNames(finder, text, (code) => {
      const n = (seen.get(code) ?? 0) + 1;
      seen.set(code, n);
      if (n <= perCodeCap) bump(code, weight);
    });
  };
  add(page.title.slice(0, titleEnd(page.title)), 5, 2);
  add(page.description, 2, 2);
  add(page.headings.join(' '), 3, 2);
  add(page.text, 1, 5);
  const lead = new Set<string>();
  findRegionNames(finder, page.text.slice(0, 400), (code, start, end) => {
    if (BYLINE.test(page.text.slice(Math.max(0, start - 4), start))) return;
    if (start < LEAD_MENTION && !lead.has(code)) {
      lead.add(code);
      bump(code, 2);
    }
    const before = page.text.slice(Math.max(0, start - 2), start);
    if (before.includes('在') && INSURED_HERE.test(page.text.slice(end, end + 6))) bump(code, 4);
  });
  const best = (scores: Map<string, number>, min: number): string | null => {
    const sorted = [...scores].sort((a, b) => b[1] - a[1]);
    const first = sorted[0];
    if (!first || first[1] < min) return null;
    const second = sorted[1]?.[1] ?? 0;
    return first[1] >= 1.5 * second ? first[0] : null;
  };
  const city = best(cityScore, 3);
  return city ? { city, province: provinceCode(city) } : { city: null, province: best(provinceScore, 4) };
}

/**
 * The page's place: the host's city; else a city the text names within the host's province; else the host's
 * province; else what the text names (domain.md, "Where a page's region comes from").
 */
function findPlace(finder: CityFinder, page: PageInput, host: NamedPlace | null): PagePlace {
  if (host?.city) return { city: host.city, province: host.province, placeFrom: 'host' };
  const body = bodyPlace(finder, page);
  if (host?.province) {
    return body.city && provinceCode(body.city) === host.province
      ? { ...body, placeFrom: 'body' }
      : { city: null, province: host.province, placeFrom: 'host' };
  }
  return { ...body, placeFrom: body.city || body.province ? 'body' : null };
}

const NO_PLACE: PagePlace = { city: null, province: null, placeFrom: null };

export interface DetectOptions {
  /** Region names for finding the page's city; without it, city and province are null. */
  cities?: CityFinder;
  /** The place the page's host names (lib/regions/host.ts; the background has the region table). */
  hostPlace?: (url: string | undefined) => NamedPlace | null;
}

/** Scores extracted page text. Cost is linear in the text given; pass a capped sample in production. */
export function detectPage(page: PageInput, options: DetectOptions = {}): PageDetectionResult {
  const c = prepare();
  addField(c, page.title, FIELD_WEIGHT.title, 0, titleEnd(page.title));
  addField(c, page.description, FIELD_WEIGHT.description);
  addHeadings(c, page.headings, FIELD_WEIGHT.headings);
  const lead = leadEnd(page.text);
  addField(c, page.text, FIELD_WEIGHT.lead, 0, lead);
  addField(c, page.text, FIELD_WEIGHT.tail, lead);
  const { topics, general, negative } = c.evidence.fold();
  // The two largest topic sums.
  let first = 0;
  let second = 0;
  for (const v of topics) {
    if (v > first) {
      second = first;
      first = v;
    } else if (v > second) second = v;
  }
  const raw =
    hostPrior(page.url) +
    0.35 * Math.min(general, 12) +
    0.5 * Math.min(first, 12) +
    0.2 * Math.min(second, 6) -
    0.8 * negative;
  const score = raw <= 0 ? 0 : Math.round((1 - Math.exp(-raw / 5)) * 1000) / 1000;
  const relevant = score >= RELEVANCE_THRESHOLD;
  if (!relevant) return { relevant, score, topics: [], ...NO_PLACE };
  const place = options.cities
    ? findPlace(options.cities, page, options.hostPlace?.(page.url) ?? null)
    : NO_PLACE;
  return { relevant, score, topics: rankTopics(topics, 2, 0.4, LIMITS.topics), ...place };
}

/** The content script's entry: extract from the live document (capped), then score. */
export function detectDocument(
  root: DomLike,
  url: string,
  options: DetectOptions & ExtractOptions = {},
): PageDetectionResult {
  // The extracted object is fresh, so it takes the URL itself: V8 copies an object spread that adds a key on
  // a slow path (~0.5 µs measured, a twentieth of scoring a 10 KB page).
  const page: PageInput = extractPage(root, options);
  page.url = url;
  return detectPage(page, options);
}

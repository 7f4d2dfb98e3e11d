// Region lookup for the product: provinces and home cities (domain.md "Regions"). Pure and browser-safe;
// the data is generated at build time (scripts/lib/regions-gen.ts → data/generated/regions.json).
import raw from '../../data/generated/regions.json';
import { buildCityNames, cityFinder, findCityCodes, type CityFinder } from '../engine/cities';
import { isMunicipality } from './codes';
import type { RegionEntry, RegionsFile } from './data';

export interface Region {
  /** GB/T 2260 code: xx0000 for a province, a city-level code for a home city. */
  readonly code: string;
  /** Full official name, e.g. 湘西土家族苗族自治州. */
  readonly name: string;
  /** Short name, e.g. 湘西. */
  readonly short: string;
  /** Province code (cities only). */
  readonly province?: string;
  /** Pinyin of the short name, lowercase, no spaces: zhengzhou. */
  readonly pinyin: string;
  /** First letter of each syllable: zz. */
  readonly initials: string;
  /** Accepted names besides the short name, the full name first (e.g. 湘西土家族苗族自治州, 湘西州). */
  readonly aliases: readonly string[];
}

const file: RegionsFile = raw;

function toRegion(e: RegionEntry, province?: string): Region {
  const syllables = e.p.split(' ');
  return Object.freeze({
    code: e.c,
    name: e.n,
    short: e.s,
    ...(province ? { province } : {}),
    pinyin: syllables.join(''),
    initials: syllables.map((s) => s.charAt(0)).join(''),
    aliases: Object.freeze([...e.a]),
  });
}

const PROVINCES: readonly Region[] = file.provinces.map((e) => toRegion(e));
const CITIES: readonly Region[] = file.cities.map((e) => toRegion(e, `${e.c.slice(0, 2)}0000`));
const BY_CODE = new Map<string, Region>([...PROVINCES, ...CITIES].map((r) => [r.code, r]));

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const CITY_BY_HANZI = new Map<string, Region[]>();
const CITY_BY_PINYIN = new Map<string, Region[]>();
for (const c of CITIES) {
  for (const n of new Set([c.short, ...c.aliases])) pushTo(CITY_BY_HANZI, n, c);
  pushTo(CITY_BY_PINYIN, c.pinyin, c);
}

const HAN = /\p{Script=Han}/u;

/** Pinyin as typed: case, spaces, apostrophes and hyphens ignored; ü may be typed v or u: (lü → lv). */
function normalizeLatin(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s'’-]/g, '')
    .replace(/ü|u:/g, 'v');
}

/** Province or home city by code; undefined for 000000 and unknown codes. */
export function getRegion(code: string): Region | undefined {
  return BY_CODE.get(code);
}

/** The province of a home city (直辖市 city 110100 → 110000); a province code gives the province itself. */
export function provinceOf(code: string): Region | undefined {
  const r = BY_CODE.get(code);
  return r?.province ? BY_CODE.get(r.province) : r;
}

/** All home cities, in code order. */
export function homeCities(): Region[] {
  return [...CITIES];
}

/** Mainland provinces (including 直辖市 and autonomous regions), in code order. */
export function provinces(): Region[] {
  return [...PROVINCES];
}

/** The home city a code belongs to: the city itself, a district's prefecture, or a 直辖市 district's city. */
function cityForCode(code: string): Region | undefined {
  const own = BY_CODE.get(code);
  if (own) return own.province ? own : undefined;
  const prefecture = BY_CODE.get(`${code.slice(0, 4)}00`);
  if (prefecture?.province) return prefecture;
  return isMunicipality(code) ? BY_CODE.get(`${code.slice(0, 2)}0100`) : undefined;
}

/** Suffixes people add or drop (郑州市, 喀什市 for 喀什地区). */
const CITY_SUFFIX = /(?:市|州|地区|盟)$/;

/**
 * A home city from what a user typed: a Chinese name with or without 市/州/地区/盟, a short name, pinyin (case and
 * spaces ignored) or a 6-digit code (a district code gives its city). `match` is set only when exactly one city
 * fits; otherwise `candidates` lists the fits (e.g. suzhou → 苏州, 宿州) or, failing any exact fit, search results.
 */
export function resolveCity(input: string): { match?: Region; candidates: Region[] } {
  const q = input.replace(/\s+/g, '');
  if (!q) return { candidates: [] };
  const settle = (exact: readonly Region[]) =>
    exact.length === 1 ? { match: exact[0], candidates: [...exact] } : { candidates: [...exact] };

  if (/^\d{6}$/.test(q)) {
    const city = cityForCode(q);
    return settle(city ? [city] : []);
  }
  if (HAN.test(q)) {
    const stripped = q.replace(CITY_SUFFIX, '');
    const exact = CITY_BY_HANZI.get(q) ?? (stripped.length >= 2 ? CITY_BY_HANZI.get(stripped) : undefined);
    if (exact) return settle(exact);
    // "河南省郑州市", "郑州金水区": a single city named inside the input is unambiguous too.
    const inText = findCitiesInText(q);
    return inText.length > 0 ? settle(inText) : { candidates: searchCities(q, 10) };
  }
  const latin = normalizeLatin(q);
  const exact = CITY_BY_PINYIN.get(latin) ?? CITY_BY_PINYIN.get(latin.replace(/shi$/, ''));
  return exact ? settle(exact) : { candidates: searchCities(q, 10) };
}

/**
 * Ranked city search. Each city gets the best (lowest) tier any of its keys reaches:
 *   0 exact hanzi name (short, full or alias) or exact code
 *   1 exact full pinyin            2 exact initials
 *   3 hanzi name or code prefix    4 pinyin prefix      5 initials prefix
 *   6 hanzi name contains the query
 * Within a tier, provincial capitals and 直辖市 (codes xx0100) come first, then code order: so "zz" puts 郑州
 * before 漳州, 枣庄 and 株洲, and "fuzhou" lists 福州 before 抚州.
 */
export function searchCities(query: string, limit = 10): Region[] {
  const raw = query.replace(/\s+/g, '');
  if (!raw || limit <= 0) return [];
  const latin = normalizeLatin(raw);
  const tierOf: (c: Region) => number | undefined = HAN.test(raw)
    ? (c) => {
        const names = [c.short, ...c.aliases];
        if (names.includes(raw)) return 0;
        if (names.some((n) => n.startsWith(raw))) return 3;
        return names.some((n) => n.includes(raw)) ? 6 : undefined;
      }
    : /^\d+$/.test(raw)
      ? (c) => (c.code === raw ? 0 : c.code.startsWith(raw) ? 3 : undefined)
      : (c) => {
          if (!latin) return undefined;
          if (c.pinyin === latin) return 1;
          if (c.initials === latin) return 2;
          if (c.pinyin.startsWith(latin)) return 4;
          return c.initials.startsWith(latin) ? 5 : undefined;
        };
  const hits: { city: Region; tier: number }[] = [];
  for (const city of CITIES) {
    const tier = tierOf(city);
    if (tier !== undefined) hits.push({ city, tier });
  }
  const capital = (c: Region) => (c.code.endsWith('0100') ? 0 : 1);
  hits.sort(
    (a, b) =>
      a.tier - b.tier ||
      capital(a.city) - capital(b.city) ||
      (a.city.code < b.city.code ? -1 : a.city.code > b.city.code ? 1 : 0),
  );
  return hits.slice(0, limit).map((h) => h.city);
}

let finder: CityFinder | undefined;

/**
 * Home cities named in a text, in order of first appearance, without repeats: the engine's one city finder
 * (lib/engine/cities.ts) over this module's names, so every caller reads place names by the same rules.
 */
export function findCitiesInText(text: string): Region[] {
  finder ??= cityFinder(buildCityNames(CITIES, PROVINCES));
  return findCityCodes(finder, text).map((code) => BY_CODE.get(code)!);
}

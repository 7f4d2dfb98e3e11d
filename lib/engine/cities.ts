import { isMunicipality, isProvinceCode, provinceCode } from '../regions/codes';
import { buildScanner, scan, type Scanner } from './scanner';

// Region names for finding cities in page text and questions, without the full region module: the content
// script must stay small, so this takes a compact table derived at build time from lib/regions (never a city
// list of its own).

/** The fields of lib/regions' `Region` this module needs. */
export interface NamedRegion {
  code: string;
  name: string;
  short: string;
  aliases: readonly string[];
}

/**
 * Serialisable name table: names[i] is '|'-joined: the display name of codes[i], then the names searched for
 * (a weak short name carries a leading '~').
 */
export interface CityNames {
  codes: string[];
  names: string[];
}

/**
 * Short names that are everyday words or better known as something else (东方, 来宾, 安康, 白银, 日照, 三明治,
 * 中山大学, 北海公园, 普洱茶, 大理石, 哈密瓜, 确保定期, 未开封, 新余额, 美丽水乡, 北京朝阳区 ...). In running text they count
 * only right after their own province (广东中山, 福建三明) or right before a social-insurance word (中山医保,
 * 保定2024社保); their full names (中山市, 东方市) always count. They are marked with a leading '~' in the table.
 * The one list for every caller (detection, matching, the city picker's text input).
 */
const WEAK = new Set(
  (
    '东方 新星 白杨 双河 阿里 来宾 安康 白银 日照 中山 大同 长治 普洱 和田 北海 天门 白沙 文山 红河 玉树 海西 海东 ' +
    '海北 朝阳 万宁 文昌 临高 定安 昆玉 铁门关 兴安 通化 白山 黑河 北屯 山南 那曲 阿坝 昌江 乐东 金昌 中卫 黄山 ' +
    '五指山 海口 大理 哈密 四平 大庆 广安 保定 开封 怒江 延安 吉安 新余 随州 金华 丽水 三明'
  ).split(' '),
);

/**
 * What confirms a weak short name after it (within CONTEXT characters): digits, a year, 的 or 市, then a
 * social-insurance word.
 */
const INSURANCE_AFTER =
  /^[\s\d年度的市]*(?:医保|医疗|社保|人社|公积金|养老|参保|职工|居民|灵活就业|生育|失业|工伤|户籍|户口|本地|缴费|断缴|断交|补缴|门诊|住院|异地|社平|最低工资)/;
const CONTEXT = 16;

/** Phrases that contain a city's name but are not about it; they are matched and ignored. */
const BLOCKERS = ['三明治', '大同小异', '长治久安', '西安门', '中山路', '确保定', '未开封'];

/** Builds the name table from lib/regions' cities and provinces. */
export function buildCityNames(cities: readonly NamedRegion[], provinces: readonly NamedRegion[]): CityNames {
  const codes: string[] = [];
  const names: string[] = [];
  // A bare name a province shares with a city (吉林) means the province; 北京 (etc.) means the 直辖市, the city.
  const taken = new Set<string>(
    provinces.filter((p) => !isMunicipality(p.code)).flatMap((p) => [p.name, p.short, ...p.aliases]),
  );
  const add = (region: NamedRegion, own: readonly string[] = []) => {
    const forms = [region.name, region.short, ...region.aliases].filter(
      (form) => form.length >= 2 && (!taken.has(form) || own.includes(form)),
    );
    for (const form of forms) taken.add(form);
    // The display name comes first, then the searchable forms (the display name again if it is one).
    const list = [
      region.name,
      ...forms.map((form) => (form === region.short && WEAK.has(form) ? `~${form}` : form)),
    ];
    codes.push(region.code);
    names.push(list.join('|'));
  };
  for (const city of cities) add(city);
  // 直辖市: the city (110100) owns 北京/北京市, the province (110000) keeps only its code.
  for (const province of provinces) {
    add(province, isMunicipality(province.code) ? [] : [province.name, province.short, ...province.aliases]);
  }
  return { codes, names };
}

export interface CityFinder {
  readonly scanner: Scanner;
  /** Region code per scanner term; '' for blockers. */
  readonly termCode: string[];
  /** Whether the term is a weak short name that needs context. */
  readonly termWeak: boolean[];
  /** Display name per region code. */
  readonly display: Map<string, string>;
}

export function cityFinder(table: CityNames): CityFinder {
  const terms: string[] = [];
  const termCode: string[] = [];
  const termWeak: boolean[] = [];
  const display = new Map<string, string>();
  table.codes.forEach((code, i) => {
    const forms = table.names[i]!.split('|');
    display.set(code, forms[0]!.replace('~', ''));
    for (const form of forms.slice(1)) {
      const weak = form.startsWith('~');
      terms.push(weak ? form.slice(1) : form);
      termCode.push(code);
      termWeak.push(weak);
    }
  });
  for (const blocker of BLOCKERS) {
    terms.push(blocker);
    termCode.push('');
    termWeak.push(false);
  }
  return { scanner: buildScanner(terms), termCode, termWeak, display };
}

/** Calls `visit(code, start, end)` for every region name in the text, in order. */
export function findRegionNames(
  finder: CityFinder,
  text: string,
  visit: (code: string, start: number, end: number) => void,
): void {
  let prevCode = '';
  let prevEnd = -1;
  scan(finder.scanner, text, (term, start, end) => {
    const code = finder.termCode[term]!;
    const confirmed =
      !finder.termWeak[term] ||
      (prevEnd === start && prevCode === provinceCode(code)) ||
      INSURANCE_AFTER.test(text.slice(end, end + CONTEXT));
    if (code && confirmed) visit(code, start, end);
    prevCode = code;
    prevEnd = end;
  });
}

/** The cities (not provinces) named in a text, in order of first appearance, without repeats. */
export function findCityCodes(finder: CityFinder, text: string): string[] {
  const found: string[] = [];
  findRegionNames(finder, text, (code) => {
    if (!isProvinceCode(code) && !found.includes(code)) found.push(code);
  });
  return found;
}

import { homeCities, provinces } from './index';
import { isMunicipality, isProvinceCode, provinceCode } from './codes';
import type { NamedPlace } from '../scope';

// The place a government host names (domain.md "Where a page's region comes from"): a provincial site sits
// under its province's domain (henan.gov.cn, gd.gov.cn), a city bureau under its city's (ybj.zhengzhou.gov.cn).
// Built from the regions' pinyin, plus the abbreviations pinyin cannot give. A name two regions share (suzhou,
// sz: 深圳 or 苏州) gives nothing: a wrong city is worse than none.

/**
 * Domain abbreviations of provinces and cities that pinyin cannot give, each used by one region only. Left
 * out on purpose because they are ambiguous: hn (河南/湖南/海南), hb (河北/湖北), sx (山西/陕西), gz (广州/贵州),
 * sz (深圳/苏州), hz, wh, cd, zz, nj, cs.
 */
const ABBREVIATIONS: Record<string, string> = {
  bj: '110100',
  tj: '120100',
  sh: '310100',
  cq: '500100',
  nmg: '150000',
  ln: '210000',
  jl: '220000',
  hlj: '230000',
  js: '320000',
  zj: '330000',
  ah: '340000',
  fj: '350000',
  jx: '360000',
  sd: '370000',
  gd: '440000',
  gxzf: '450000',
  gx: '450000',
  sc: '510000',
  yn: '530000',
  nx: '640000',
  xj: '650000',
  // The official domains tell the two provinces apart where pinyin cannot.
  shanxi: '140000',
  shaanxi: '610000',
  sjz: '130100',
  xa: '610100',
  qd: '370200',
  hhht: '150100',
  wlmq: '650100',
};

let table: Map<string, string> | undefined;

/** Host label → region code: every unambiguous full pinyin, then the abbreviations. */
export function hostNames(): Map<string, string> {
  if (table) return table;
  const byPinyin = new Map<string, Set<string>>();
  for (const region of [...provinces(), ...homeCities()]) {
    const codes = byPinyin.get(region.pinyin) ?? new Set<string>();
    // 北京 the province and 北京 the city share their pinyin: the city is meant.
    codes.add(isMunicipality(region.code) ? `${region.code.slice(0, 2)}0100` : region.code);
    byPinyin.set(region.pinyin, codes);
  }
  table = new Map();
  for (const [pinyin, codes] of byPinyin) if (codes.size === 1) table.set(pinyin, [...codes][0]!);
  for (const [abbreviation, code] of Object.entries(ABBREVIATIONS)) table.set(abbreviation, code);
  return table;
}

/** The city, else the province, a *.gov.cn host names (ybj.zhengzhou.gov.cn, henan.chinatax.gov.cn). */
export function placeFromHost(url: string | undefined): NamedPlace | null {
  let host: string;
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host.endsWith('.gov.cn')) return null;
  const names = hostNames();
  const codes = host
    .slice(0, -'.gov.cn'.length)
    .split('.')
    .map((label) => names.get(label))
    .filter((code) => code !== undefined);
  const city = codes.find((code) => !isProvinceCode(code));
  if (city) return { city, province: provinceCode(city) };
  return codes[0] ? { city: null, province: codes[0] } : null;
}

// Build-time generation of the province and home-city list from @vant/area-data (2023 statistics codes),
// with pinyin from pinyin-pro, so that no area or pinyin library ships to users.
import { areaList } from '@vant/area-data';
import { pinyin } from 'pinyin-pro';
import type { RegionEntry, RegionsFile } from '../../lib/regions/data';

/** HK (81), Macau (82) and Taiwan (71) have their own insurance systems: mainland only. */
const NON_MAINLAND = /^(71|81|82)/;

/** The four 直辖市: area-data lists each as one city xx0100 (重庆 also has a "县" group 500200, merged into it). */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** area-data placeholders (省直辖县 419000/429000/469000, 自治区直辖县级行政区划 659000): expanded into their counties. */
const PLACEHOLDER = /直辖/;

/**
 * Ethnic-group names stripped from the end of an autonomous unit's name to get its short name
 * (延边朝鲜族自治州 → 延边). Single-character names are stripped only together with 族 (大理白族 → 大理, while
 * 白沙 stays); the multi-character ones also appear without 族 in official names (博尔塔拉蒙古自治州).
 */
const ETHNIC_WITH_ZU =
  /(?:朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克|黎|维吾尔|满|瑶|仡佬|仫佬|毛南|水|土|撒拉|纳西|拉祜|佤|畲|达斡尔|鄂温克|鄂伦春|锡伯|东乡|保安|裕固|塔吉克)族$/;
const ETHNIC_WITHOUT_ZU = /(?:蒙古|柯尔克孜|哈萨克|维吾尔)$/;

/** Administrative-type suffixes, longest first so 自治州 wins over 州-less forms. */
const TYPE_SUFFIX = /(?:特别行政区|自治区|自治州|自治县|地区|林区|省|市|盟|县)$/;

/**
 * Short names where the rule would collide or mislead: 海南藏族自治州 would shorten to 海南, the province;
 * locally it is called 海南州.
 */
const SHORT_OVERRIDES: Record<string, string> = { '632500': '海南州' };

/**
 * Pinyin for short names pinyin-pro reads wrongly (checked by printing the whole list once; everything
 * else, including 重庆, 长沙, 六安, 蚌埠, 丽水, 乐山, 大理, 厦门, 亳州, 长治, 朝阳, 濮阳, 儋州, 那曲, was right).
 */
const PINYIN_OVERRIDES: Record<string, string> = { 喀什: 'ka shi', 昌都: 'chang du' };

/**
 * Short name rule: drop the type suffix (省/市/自治区/自治州/自治县/地区/林区/盟/县); for autonomous units also
 * drop trailing ethnic-group names; never shorten to fewer than two characters.
 */
export function shortName(name: string): string {
  let short = name.replace(TYPE_SUFFIX, '');
  if (name.includes('自治')) {
    for (;;) {
      const next = short.replace(ETHNIC_WITH_ZU, '').replace(ETHNIC_WITHOUT_ZU, '');
      if (next === short || next.length < 2) break;
      short = next;
    }
  }
  return short.length >= 2 ? short : name;
}

/** Lowercase toneless pinyin, syllables separated by spaces; ü is written v, as typed on Chinese keyboards. */
export function pinyinOf(short: string): string {
  return PINYIN_OVERRIDES[short] ?? pinyin(short, { toneType: 'none', type: 'array', v: true }).join(' ');
}

function entry(code: string, name: string): RegionEntry {
  const short = SHORT_OVERRIDES[code] ?? shortName(name);
  const aliases = [name];
  // People say 恩施州, 湘西州 and 陵水县 as often as the full autonomous name.
  if (name.endsWith('自治州') && !short.endsWith('州')) aliases.push(`${short}州`);
  if (name.endsWith('自治县')) aliases.push(`${short}县`);
  return { c: code, n: name, s: short, p: pinyinOf(short), a: aliases.filter((a) => a !== short) };
}

function byCode(a: RegionEntry, b: RegionEntry): number {
  return a.c < b.c ? -1 : a.c > b.c ? 1 : 0;
}

/** Provinces and home cities (domain.md "Regions"); throws when area-data no longer has the expected shape. */
export function generateRegions(): RegionsFile {
  const { province_list: provinceList, city_list: cityList, county_list: countyList } = areaList;
  const provinces = Object.entries(provinceList)
    .filter(([code]) => !NON_MAINLAND.test(code))
    .map(([code, name]) => entry(code, name))
    .sort(byCode);

  const cities: RegionEntry[] = [];
  for (const [code, name] of Object.entries(cityList)) {
    if (NON_MAINLAND.test(code)) continue;
    const prov = code.slice(0, 2);
    if (MUNICIPALITIES.has(prov)) {
      // 北京 110100, 天津 120100, 上海 310100, 重庆 500100; 重庆's 县 group (500200) belongs to the same city.
      if (code.endsWith('0100')) cities.push(entry(code, provinceList[`${prov}0000`] ?? name));
      continue;
    }
    if (PLACEHOLDER.test(name)) {
      const counties = Object.entries(countyList).filter(([k]) => k.startsWith(code.slice(0, 4)));
      if (counties.length === 0) throw new Error(`area-data: placeholder ${code} ${name} has no counties`);
      for (const [k, n] of counties) cities.push(entry(k, n));
      continue;
    }
    cities.push(entry(code, name));
  }
  cities.sort(byCode);

  for (const prov of MUNICIPALITIES) {
    if (!cities.some((c) => c.c === `${prov}0100`))
      throw new Error(`area-data: 直辖市 city ${prov}0100 missing`);
  }
  const seen = new Map<string, string>();
  for (const c of cities) {
    for (const name of [c.s, ...c.a]) {
      const other = seen.get(name);
      if (other && other !== c.c) throw new Error(`region name ${name} used by both ${other} and ${c.c}`);
      seen.set(name, c.c);
    }
  }
  return { provinces, cities };
}

/** Codes a record's region may use: 000000 (national), a mainland province or a home city. */
export function knownRegionCodes(regions: RegionsFile = generateRegions()): Set<string> {
  return new Set(['000000', ...regions.provinces.map((p) => p.c), ...regions.cities.map((c) => c.c)]);
}

import { describe, expect, it } from 'vitest';
import {
  findCitiesInText,
  getRegion,
  homeCities,
  provinceOf,
  provinces,
  resolveCity,
  searchCities,
  type Region,
} from '../../../lib/regions';

const shorts = (rs: readonly Region[]) => rs.map((r) => r.short);

describe('home-city list', () => {
  it('has every mainland prefecture-level unit, the 直辖市 and the directly administered county-level units', () => {
    const cities = homeCities();
    // 333 prefecture-level units + 4 直辖市 + 济源 + 4 in Hubei + 15 in Hainan + 12 兵团 cities.
    expect(cities).toHaveLength(369);
    expect(provinces()).toHaveLength(31);
    const byCode = new Map(cities.map((c) => [c.code, c.short]));
    expect(byCode.get('419001')).toBe('济源');
    expect(byCode.get('429004')).toBe('仙桃');
    expect(byCode.get('429021')).toBe('神农架');
    expect(byCode.get('469028')).toBe('陵水');
    expect(byCode.get('659001')).toBe('石河子');
    expect(byCode.get('659012')).toBe('白杨');
    for (const [code, short] of [
      ['110100', '北京'],
      ['120100', '天津'],
      ['310100', '上海'],
      ['500100', '重庆'],
      ['441900', '东莞'],
      ['442000', '中山'],
      ['620200', '嘉峪关'],
      ['460400', '儋州'],
      ['460300', '三沙'],
    ]) {
      expect(byCode.get(code ?? '')).toBe(short);
    }
  });

  it('has no HK, Macau or Taiwan entry and no placeholder', () => {
    const all = [...homeCities(), ...provinces()];
    expect(all.filter((r) => /^(71|81|82)/.test(r.code))).toEqual([]);
    expect(all.filter((r) => /直辖|^县$/.test(r.name))).toEqual([]);
    for (const code of ['419000', '429000', '469000', '659000', '500200'])
      expect(getRegion(code)).toBeUndefined();
  });

  it('is in code order with unique codes, and every city has a province', () => {
    const codes = homeCities().map((c) => c.code);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of homeCities()) expect(provinceOf(c.code)?.code).toBe(`${c.code.slice(0, 2)}0000`);
  });

  it('gives full names, short names, pinyin, initials and aliases', () => {
    expect(getRegion('433100')).toEqual({
      code: '433100',
      name: '湘西土家族苗族自治州',
      short: '湘西',
      province: '430000',
      pinyin: 'xiangxi',
      initials: 'xx',
      aliases: ['湘西土家族苗族自治州', '湘西州'],
    });
    expect(getRegion('410100')).toMatchObject({
      short: '郑州',
      pinyin: 'zhengzhou',
      initials: 'zz',
      aliases: ['郑州市'],
    });
    expect(getRegion('469028')?.aliases).toEqual(['陵水黎族自治县', '陵水县']);
    expect(getRegion('632500')?.short).toBe('海南州');
    expect(getRegion('450000')).toMatchObject({ name: '广西壮族自治区', short: '广西' });
    const short = (code: string) => getRegion(code)?.short;
    expect([short('222400'), short('422800'), short('652700'), short('653000'), short('152900')]).toEqual([
      '延边',
      '恩施',
      '博尔塔拉',
      '克孜勒苏',
      '阿拉善',
    ]);
    // Polyphonic names: a sample checked by hand.
    const py = Object.fromEntries(homeCities().map((c) => [c.short, c.pinyin]));
    expect(py).toMatchObject({
      重庆: 'chongqing',
      长沙: 'changsha',
      六安: 'luan',
      蚌埠: 'bengbu',
      丽水: 'lishui',
      乐山: 'leshan',
      大理: 'dali',
      厦门: 'xiamen',
      亳州: 'bozhou',
      长治: 'changzhi',
      朝阳: 'chaoyang',
      喀什: 'kashi',
      昌都: 'changdu',
      吕梁: 'lvliang',
      儋州: 'danzhou',
      乐东: 'ledong',
    });
  });
});

describe('getRegion / provinceOf', () => {
  it('looks up provinces and cities and climbs to the province', () => {
    expect(getRegion('110000')?.name).toBe('北京市');
    expect(getRegion('000000')).toBeUndefined();
    expect(provinceOf('000000')).toBeUndefined();
    expect(provinceOf('110100')?.code).toBe('110000');
    expect(provinceOf('419001')?.name).toBe('河南省');
    expect(provinceOf('659012')?.code).toBe('650000');
    expect(provinceOf('410000')?.code).toBe('410000');
    expect(provinceOf('999999')).toBeUndefined();
  });
});

describe('resolveCity', () => {
  it('matches names with or without suffix, short names, pinyin and codes', () => {
    const match = (q: string) => resolveCity(q).match?.code;
    expect(match('郑州')).toBe('410100');
    expect(match('郑州市')).toBe('410100');
    expect(match('湘西州')).toBe('433100');
    expect(match('湘西土家族苗族自治州')).toBe('433100');
    expect(match('喀什市')).toBe('653100');
    expect(match('神农架')).toBe('429021');
    expect(match('北京')).toBe('110100');
    expect(match('Zheng Zhou')).toBe('410100');
    expect(match('ZHENGZHOU')).toBe('410100');
    expect(match("lu'an")).toBe('341500');
    expect(match('419001')).toBe('419001');
    expect(match('410105')).toBe('410100');
    expect(match('500229')).toBe('500100');
    expect(match('河南省郑州市')).toBe('410100');
  });

  it('gives candidates but no match when pinyin fits two cities', () => {
    for (const [q, expected] of [
      ['suzhou', ['苏州', '宿州']],
      ['taizhou', ['泰州', '台州']],
      ['fuzhou', ['福州', '抚州']],
      ['yulin', ['玉林', '榆林']],
      ['yichun', ['伊春', '宜春']],
    ] as const) {
      const r = resolveCity(q);
      expect(r.match).toBeUndefined();
      expect(shorts(r.candidates)).toEqual(expected);
    }
  });

  it('gives no match for provinces, unknown codes and empty input', () => {
    expect(resolveCity('海南').match).toBeUndefined();
    expect(resolveCity('810000')).toEqual({ candidates: [] });
    expect(resolveCity('  ')).toEqual({ candidates: [] });
    expect(resolveCity('zz').match).toBeUndefined();
  });
});

describe('searchCities', () => {
  it('ranks exact pinyin and initials, capitals first', () => {
    expect(shorts(searchCities('zz', 5)).slice(0, 5)).toContain('郑州');
    expect(searchCities('zz', 5)[0]?.short).toBe('郑州');
    expect(searchCities('shijiazhuang', 5)[0]?.short).toBe('石家庄');
    expect(shorts(searchCities('shijiazhuang', 5))).toContain('石家庄');
    expect(searchCities('xian', 3)[0]?.short).toBe('西安');
    expect(shorts(searchCities('fuzhou', 5))).toEqual(['福州', '抚州']);
  });

  it('matches hanzi, prefixes of pinyin and initials, and codes', () => {
    expect(searchCities('郑', 3)[0]?.short).toBe('郑州');
    expect(searchCities('zhengz', 3)[0]?.short).toBe('郑州');
    expect(searchCities('sjz', 3)[0]?.short).toBe('石家庄');
    expect(searchCities('4101', 3)[0]?.short).toBe('郑州');
    expect(shorts(searchCities('自治州', 50))).toContain('湘西');
    expect(searchCities('zh', 4)).toHaveLength(4);
    expect(searchCities('', 5)).toEqual([]);
    expect(searchCities('qqqq', 5)).toEqual([]);
  });
});

describe('findCitiesInText', () => {
  const find = (t: string) => shorts(findCitiesInText(t));

  it('finds cities in order of appearance, once each', () => {
    expect(find('郑州职工医保断交以后余额怎么办')).toEqual(['郑州']);
    expect(find('从石家庄转到郑州,再回石家庄')).toEqual(['石家庄', '郑州']);
    expect(find('湖南湘西医保门诊统筹')).toEqual(['湘西']);
    expect(find('海南陵水是哪个市管辖')).toEqual(['陵水']);
    expect(find('恩施州和延边朝鲜族自治州')).toEqual(['恩施', '延边']);
    expect(find('吉林省吉林市')).toEqual(['吉林']);
    expect(find('北京市2021社保缴费基数上下限')).toEqual(['北京']);
    expect(find('马鞍山市')).toEqual(['马鞍山']);
    expect(find('海南藏族自治州')).toEqual(['海南州']);
  });

  it('avoids common words and names inside other names', () => {
    expect(find('三明治好吃')).toEqual([]);
    expect(find('大同小异')).toEqual([]);
    expect(find('长治久安')).toEqual([]);
    expect(find('确保定期缴费')).toEqual([]);
    expect(find('中山大学附属医院')).toEqual([]);
    expect(find('北京朝阳区医保')).toEqual(['北京']);
    expect(find('浙江门诊')).toEqual([]);
    expect(find('河南平顶山')).toEqual(['平顶山']);
    expect(find('海南省医保')).toEqual([]);
    expect(find('账户的新余额')).toEqual([]);
    expect(find('美丽水乡')).toEqual([]);
  });

  it('accepts those common words with a province before or an insurance word after', () => {
    expect(find('福建三明社保基数12700退休领多少钱')).toEqual(['三明']);
    expect(find('三明社保基数12700')).toEqual(['三明']);
    expect(find('保定2024年的社保')).toEqual(['保定']);
    expect(find('广东中山')).toEqual(['中山']);
    expect(find('辽宁朝阳医保')).toEqual(['朝阳']);
    expect(find('中山市和东方市')).toEqual(['中山', '东方']);
    expect(find('石河子和白杨市')).toEqual(['石河子', '白杨']);
  });
});

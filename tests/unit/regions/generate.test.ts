import { describe, expect, it } from 'vitest';
import generated from '../../../data/generated/regions.json';
import { generateRegions, knownRegionCodes, pinyinOf, shortName } from '../../../scripts/lib/regions-gen';

describe('region generation (build time)', () => {
  it('shortens names by type suffix and, for autonomous units, ethnic names', () => {
    const cases: [string, string][] = [
      ['郑州市', '郑州'],
      ['湘西土家族苗族自治州', '湘西'],
      ['大理白族自治州', '大理'],
      ['博尔塔拉蒙古自治州', '博尔塔拉'],
      ['克孜勒苏柯尔克孜自治州', '克孜勒苏'],
      ['伊犁哈萨克自治州', '伊犁'],
      ['白沙黎族自治县', '白沙'],
      ['保亭黎族苗族自治县', '保亭'],
      ['阿里地区', '阿里'],
      ['锡林郭勒盟', '锡林郭勒'],
      ['神农架林区', '神农架'],
      ['新疆维吾尔自治区', '新疆'],
      ['广西壮族自治区', '广西'],
      ['河北省', '河北'],
    ];
    for (const [name, short] of cases) expect(shortName(name)).toBe(short);
  });

  it('writes pinyin as spaced syllables with overrides for misread names', () => {
    expect(pinyinOf('郑州')).toBe('zheng zhou');
    expect(pinyinOf('喀什')).toBe('ka shi');
    expect(pinyinOf('吕梁')).toBe('lv liang');
  });

  it('knows national, province and city codes only', () => {
    const codes = knownRegionCodes();
    expect(codes.size).toBe(1 + 31 + 369);
    expect(['000000', '410000', '410100', '419001'].every((c) => codes.has(c))).toBe(true);
    expect(['810000', '419000', '410102'].some((c) => codes.has(c))).toBe(false);
  });

  it('matches data/generated/regions.json (run npm run data:build when this fails)', () => {
    expect(generated).toEqual(generateRegions());
  });
});

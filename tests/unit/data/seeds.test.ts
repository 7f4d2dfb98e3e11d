import { describe, expect, it } from 'vitest';
import {
  EXPECTED_ITEMS,
  isComplete,
  loadSeeds,
  parseSeedFile,
  SeedsMissingError,
} from '../../../scripts/lib/seeds';

const DATES: Record<string, string> = {
  '000': '2025-04-28',
  '001': '2025-03-17',
  '002': '2025-03-14',
  '003': '2025-04-08',
  '004': '2025-04-23',
};

describe('seed parser', () => {
  it('finds exactly 104 items with the expected ids and dates', () => {
    const items = loadSeeds();
    expect(EXPECTED_ITEMS).toBe(104);
    expect(items).toHaveLength(104);
    const expectedIds = Object.entries({ '000': 19, '001': 20, '002': 20, '003': 20, '004': 20 }).flatMap(
      ([file, n]) => Array.from({ length: n + 1 }, (_, i) => `${file}#${i}`),
    );
    expect(items.map((i) => i.id)).toEqual(expectedIds);
    for (const item of items) {
      const [file = '', n] = item.id.split('#');
      expect(item.date).toBe(n === '0' ? null : DATES[file]);
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.body.length).toBeGreaterThan(0);
    }
    expect(items.find((i) => i.id === '000#0')?.title).toBe('郑州职工医保断交以后余额怎么办');
    expect(items.find((i) => i.id === '001#15')?.title).toBe('海南陵水是哪个市管辖');
  });

  it('marks main answers complete and snippets cut off mid-sentence incomplete', () => {
    const items = loadSeeds();
    expect(items.filter((i) => i.id.endsWith('#0')).every((i) => i.complete)).toBe(true);
    expect(items.find((i) => i.id === '000#1')?.complete).toBe(false);
    expect(items.find((i) => i.id === '000#2')?.complete).toBe(true);
    expect(items.filter((i) => i.complete)).toHaveLength(16);
  });

  it('applies the completeness rule', () => {
    for (const s of ['可以报销。', '可以吗?', '真的!  ', '他说“可以。”', '见《办法》。', '等等…'])
      expect(isComplete(s)).toBe(true);
    for (const s of [
      '可以报销',
      '报销比例为:',
      '享受1个月;',
      '全称“陵水黎族自治县”',
      '内网192.168.1',
      '结果 =',
    ]) {
      expect(isComplete(s)).toBe(false);
    }
  });

  it('names the folder and the env var when the seeds are missing', () => {
    const load = () => loadSeeds({ BAOZHI_SEEDS: '/nonexistent/seeds-here' });
    expect(load).toThrow(SeedsMissingError);
    expect(load).toThrow(
      'seeds not found: looked for the folder /nonexistent/seeds-here (set by BAOZHI_SEEDS)',
    );
  });

  it('fails loudly when a file no longer has the expected shape', () => {
    const page = ['标题', '正文。', '相关推荐', '小标题', '小正文。', '健康新闻 2025-01-02', ''].join('\n');
    expect(parseSeedFile('123', page, 1)).toEqual([
      { id: '123#0', title: '标题', date: null, body: '正文。', complete: true },
      { id: '123#1', title: '小标题', date: '2025-01-02', body: '小正文。', complete: true },
    ]);
    expect(() => parseSeedFile('123', page, 20)).toThrow('seed 123: found 1 snippets, expected 20');
    expect(() => parseSeedFile('123', page.replace('相关推荐', '推荐'), 1)).toThrow(
      'expected one "相关推荐" line',
    );
    expect(() => parseSeedFile('123', `${page}\n孤立的标题`, 1)).toThrow('text after the last 健康新闻 line');
  });
});

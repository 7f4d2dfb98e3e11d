import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../lib/dataset/schema';
import { FILE, ID, files, problems, withRecord } from './fixture';

describe('data check', () => {
  it('passes the valid fixture', () => {
    expect(problems(files())).toEqual([]);
  });

  it('reports an unknown topic with its field path', () => {
    const f = withRecord((r) => {
      (r as { topic: string }).topic = 'medical_cards';
    });
    expect(problems(f, 'schema')).toEqual([
      `${FILE}: ${ID}: topic: unknown topic "medical_cards" (see TOPICS in lib/topics.ts)`,
    ]);
  });

  it('reports other schema problems with nested field paths', () => {
    const f = withRecord((r) => {
      r.answer.numbers[0] = { ...r.answer.numbers[0], id: 'Base' } as SourceRecord['answer']['numbers'][0];
      r.writtenAt = '2026-1-2';
      (r.answer.channels[0] as { kind: string }).kind = 'phone';
    });
    expect(problems(f, 'schema')).toEqual([
      `${FILE}: ${ID}: answer.channels[0].kind: must be one of hotline, app, miniprogram, website, counter, employer (got "phone")`,
      `${FILE}: ${ID}: answer.numbers[0].id: number id must be snake_case (got "Base")`,
      `${FILE}: ${ID}: writtenAt: date must be YYYY-MM-DD (got "2026-1-2")`,
    ]);
  });

  it('reports an unknown region and accepts national, province and direct-administered codes', () => {
    const bad = withRecord((r) => {
      r.region = '419000';
    });
    expect(problems(bad)).toEqual([
      `${FILE}: ${ID}: region: unknown region code "419000" (use 000000, a mainland province xx0000 or a home-city code)`,
    ]);
    expect(
      problems(
        withRecord((r) => void (r.region = '810000')),
        'region',
      ),
    ).toHaveLength(1);
    for (const code of ['000000', '350000', '419001', '110100', '659012']) {
      expect(
        problems(
          withRecord((r) => void (r.region = code)),
          'region',
        ),
      ).toEqual([]);
    }
  });

  it('reports an unknown source item, and the claims and coverage it leaves behind', () => {
    const f = withRecord((r) => {
      r.sources[1] = { ...r.sources[1], item: '900#7' } as SourceRecord['sources'][0];
    });
    expect(problems(f)).toEqual([
      `${FILE}: ${ID}: sources[1].item: unknown seed item "900#7"`,
      `${FILE}: ${ID}: conflicts[0].claims[0].items[0]: item 900#1 is not cited in any record's sources, so the dataset has no title or date for it`,
      `seeds: 900#1: -: not accounted for: cite it in a record's sources or list it in data/exclusions.json ("三明市社保基数10000每月交多少")`,
    ]);
  });

  it('reports a source whose title, date or completeness differs from the seed', () => {
    const f = withRecord((r) => {
      r.sources[1] = {
        item: '900#1',
        title: '三明市社保基数每月交多少',
        date: '2025-04-29',
        complete: false,
      };
    });
    expect(problems(f)).toEqual([
      `${FILE}: ${ID}: sources[1].title: "三明市社保基数每月交多少" differs from the seed title "三明市社保基数10000每月交多少"`,
      `${FILE}: ${ID}: sources[1].date: "2025-04-29" differs from the seed date "2025-04-28"`,
      `${FILE}: ${ID}: sources[1].complete: false, but the seed item ends with sentence-final punctuation (complete)`,
    ]);
  });

  it('reports text copied from a seed (15 characters in a row), whatever the punctuation', () => {
    const f = withRecord((r) => {
      r.answer.points[0] = '据说个人账户里的钱, 依旧归参保人自己所有呢。';
      r.conflicts[0] = {
        ...r.conflicts[0],
        position: '个人医疗保险每月缴纳二百元。',
      } as SourceRecord['conflicts'][0];
    });
    expect(problems(f)).toEqual([
      `${FILE}: ${ID}: answer.points[0]: copies "个人账户里的钱, 依旧归参保人自己所有" from seed 900#0 (15+ characters in a row); rewrite it in own words`,
    ]);
  });

  it('compares copies against seed titles too, but never checks questions', () => {
    const f = withRecord((r) => {
      r.questions.push('三明市职工医保停缴以后个人账户怎么办');
      r.answer.steps[0] = '问:三明市职工医保停缴以后个人账户怎么办?';
    });
    expect(problems(f)).toEqual([
      `${FILE}: ${ID}: answer.steps[0]: copies "三明市职工医保停缴以后个人账户怎么办" from seed 900#0 (15+ characters in a row); rewrite it in own words`,
    ]);
  });

  it('reports wrong arithmetic and allows rounding to the precision shown', () => {
    const wrong = withRecord((r) => {
      (r.answer.numbers[2] as { value: number }).value = 210;
    });
    expect(problems(wrong)).toEqual([
      `${FILE}: ${ID}: answer.numbers[2].value: 210 but "base * personal_rate / 100" gives 200`,
    ]);
    const rounded = withRecord((r) => {
      (r.answer.numbers[0] as { value: number }).value = 10001; // 200.02 shown as 200; 800.08 shown as 800
    });
    expect(problems(rounded)).toEqual([]);
    const tooPrecise = withRecord((r) => {
      (r.answer.numbers[3] as { value: number }).value = 800.2;
    });
    expect(problems(tooPrecise)).toEqual([
      `${FILE}: ${ID}: answer.numbers[3].value: 800.2 but "base * 0.08" gives 800`,
    ]);
  });

  it('reports a formula reference to a missing number id, a parse error and a cycle', () => {
    const missing = withRecord((r) => {
      (r.answer.numbers[2] as { formula: string }).formula = 'base * rate / 100';
    });
    expect(problems(missing)).toEqual([
      `${FILE}: ${ID}: answer.numbers[2].formula: unknown number id "rate" (this record has: base, personal_rate, personal, employer)`,
    ]);
    const unparsable = withRecord((r) => {
      (r.answer.numbers[2] as { formula: string }).formula = 'base * personal_rate %';
    });
    expect(problems(unparsable)).toEqual([
      `${FILE}: ${ID}: answer.numbers[2].formula: cannot parse "base * personal_rate %": unexpected "%" at position 21`,
    ]);
    const cycle = withRecord((r) => {
      (r.answer.numbers[0] as { formula?: string }).formula = 'personal * 50';
    });
    expect(problems(cycle)).toEqual([
      `${FILE}: ${ID}: answer.numbers[0].formula: formula cycle: base → personal → base`,
    ]);
  });

  it('reports duplicate record ids across files and duplicate number ids within a record', () => {
    const f = files();
    const copy = structuredClone(f.records[0]);
    if (!copy) throw new Error('fixture missing');
    f.records.push({ ...copy, file: 'records/other.json' });
    expect(problems(f, 'duplicate')).toEqual([
      `records/other.json: ${ID}: id: duplicate record id (also in ${FILE})`,
    ]);
    const numbers = withRecord((r) => {
      r.answer.numbers[1] = { ...r.answer.numbers[1], id: 'base' } as SourceRecord['answer']['numbers'][0];
    });
    expect(problems(numbers, 'duplicate')).toEqual([
      `${FILE}: ${ID}: answer.numbers[1].id: duplicate number id "base"`,
    ]);
  });

  it('reports an unaccounted seed item, and an excluded item that is also cited', () => {
    const f = files();
    f.exclusions = { file: 'exclusions.json', json: { exclusions: [] } };
    expect(problems(f)).toEqual([
      `seeds: 900#2: -: not accounted for: cite it in a record's sources or list it in data/exclusions.json ("三明市看牙哪家医院好")`,
    ]);
    const both = files();
    both.exclusions = {
      file: 'exclusions.json',
      json: {
        exclusions: [
          { item: '900#2', title: '三明市看牙哪家医院好', reason: '医院推荐。' },
          { item: '900#1', title: '三明市社保基数10000每月交多少', reason: '重复。' },
        ],
      },
    };
    expect(problems(both)).toEqual([
      `${FILE}: ${ID}: sources[1].item: item 900#1 is listed in data/exclusions.json`,
    ]);
  });

  it('reports meta problems: bad version, ranked topic without records', () => {
    const f = files();
    f.meta = {
      file: 'dataset.meta.json',
      json: { version: '1.2', ranking: ['contribution_rate', 'income_tax'] },
    };
    expect(problems(f)).toEqual(['dataset.meta.json: -: version: version must be semver (got "1.2")']);
    f.meta.json = { version: '1.2.0', ranking: ['contribution_rate', 'income_tax'] };
    expect(problems(f)).toEqual(['dataset.meta.json: -: ranking[1]: topic "income_tax" has no records']);
  });

  it('reports unreadable files without hiding the others', () => {
    const f = files();
    f.records.push({ file: 'records/broken.json', error: 'invalid JSON: Unexpected end of JSON input' });
    f.records.push({ file: 'records/odd.json', json: { record: [] } });
    expect(problems(f)).toEqual([
      'records/broken.json: -: -: invalid JSON: Unexpected end of JSON input',
      'records/odd.json: -: -: unknown keys: record',
      'records/odd.json: -: records: expected {"records": [...]}',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../lib/dataset/schema';
import { FILE, ID, problems, withRecord } from './fixture';

// The trust rules of data:check (scripts/lib/check-trust.ts): each test plants one defect of a class the
// review of the seeds found, and reads the problem line that names file, record and field.

const at = (path: string, reason: string) => `${FILE}: ${ID}: ${path}: ${reason}`;
type Num = SourceRecord['answer']['numbers'][number];
const addNumber = (r: SourceRecord, n: Partial<Num>) =>
  r.answer.numbers.push({ id: 'x', label: 'x', value: 1, unit: '%', period: null, ...n });

describe('trust checks', () => {
  it('a parameter has its unit and range', () => {
    const f = withRecord((r) => {
      addNumber(r, { id: 'grace_months', label: '补缴期限', value: 90, unit: '天' });
      addNumber(r, { id: 'medical_personal_rate', label: '个人费率', value: 200 });
    });
    expect(problems(f, 'param')).toEqual([
      at(
        'answer.numbers[4].unit',
        'parameter grace_months is in 个月 (断缴后在此期限内补缴,视同连续参保), not 天',
      ),
      at('answer.numbers[5].value', 'parameter medical_personal_rate is a percentage: 200 is out of 0..100'),
    ]);
  });

  it('a parameter has one value per region', () => {
    const f = withRecord((r) => {
      addNumber(r, { id: 'medical_personal_rate', label: 'a', value: 2 });
      addNumber(r, { id: 'medical_personal_rate', label: 'b', value: 2.5 });
    });
    expect(problems(f, 'param')).toContainEqual(
      at(
        'answer.numbers[5]',
        `parameter medical_personal_rate of region 350400 is 2.5 here but 2 in ${ID} (or their periods differ): a region has one value`,
      ),
    );
  });

  it('a figure that names a year carries its period; a period ends after it starts', () => {
    const f = withRecord((r) => {
      addNumber(r, { id: 'premium', label: '2025年个人缴费', value: 400, unit: '元' });
      addNumber(r, {
        id: 'old',
        label: '旧标准',
        value: 380,
        unit: '元',
        period: { from: '2025-01-01', to: '2024-12-31' },
      });
    });
    expect(problems(f, 'validity')).toEqual([
      at('answer.numbers[4].period', '"2025年个人缴费" names a year, so the figure needs its period'),
      at('answer.numbers[5].period', 'period ends before it starts'),
    ]);
  });

  it("the record's period is that of the figures its conclusion states (2025's premium read as today's)", () => {
    const f = withRecord((r) => {
      r.answer.numbers[2]!.period = { from: '2025-01-01', to: '2025-12-31' };
    });
    expect(problems(f, 'validity')).toEqual([
      at(
        'period',
        "the conclusion states 个人月缴 (answer.numbers[2]) of 2025-01-01..2025-12-31: the record's period must be that one",
      ),
    ]);
    const fixed = withRecord((r) => {
      r.answer.numbers[2]!.period = { from: '2025-01-01', to: '2025-12-31' };
      r.period = { from: '2025-01-01', to: '2025-12-31' };
    });
    expect(problems(fixed, 'validity')).toEqual([]);
  });

  it('a deadline is data, never an instruction with a date in it', () => {
    const f = withRecord((r) => {
      r.answer.steps.push('在2025年3月31日前补交。');
      r.answer.conditions.push({ when: '2025-03-31以后', then: '无法补交。' });
    });
    const reason =
      'a full date belongs in deadlines (shown as past once it has passed), not in an instruction';
    expect(problems(f, 'validity')).toEqual([
      at('answer.steps[1]', reason),
      at('answer.conditions[1].when', reason),
    ]);
  });

  it('references exist; a national rule cites one or says why not', () => {
    const unknown = withRecord((r) => r.references.push({ ref: 'guofa-2099-1', article: null }));
    expect(problems(unknown, 'reference')).toEqual([
      at('references[0].ref', 'unknown reference "guofa-2099-1" (see data/references.json)'),
    ]);
    const national = withRecord((r) => {
      r.region = '000000';
      delete r.referencesNote;
    });
    expect(problems(national, 'reference')).toEqual([
      at('references', 'a national rule cites at least one document, or says in referencesNote why none'),
    ]);
  });

  it('conflicts are stored majority first', () => {
    const f = withRecord((r) => {
      r.conflicts[0]!.claims[1]!.items = ['900#0', '900#1'];
    });
    expect(problems(f, 'order')).toEqual([
      at('conflicts[0].claims[1]', 'claims are stored majority first (more sources before fewer)'),
    ]);
  });

  it('a boundary is worded one way (不满3个月 beside 不超过3个月)', () => {
    const f = withRecord((r) => {
      r.answer.conclusion = '中断不满3个月补缴的视同连续。';
      r.answer.points.push('中断不超过3个月的可以补缴。');
    });
    expect(problems(f, 'wording')).toEqual([
      at('answer', 'the 3-month line is worded two ways (不满/少于 and 不超过/以内): say it one way'),
    ]);
  });

  it('a single-source claim cites an item of the record; a single-source figure is flagged', () => {
    const f = withRecord((r) => {
      r.unverified.push({ text: '说法', items: ['900#2'] });
      addNumber(r, { id: 'rate9', label: '费率(仅一篇来源给出,未经核实)', value: 9 });
    });
    expect(problems(f, 'source')).toContainEqual(
      at('unverified[0].items[0]', "item 900#2 is not in this record's sources"),
    );
    expect(problems(f, 'validity')).toEqual([
      at(
        'answer.numbers[4].unverified',
        '"费率(仅一篇来源给出,未经核实)" says one post gives it: mark it "unverified": true so calculators say so',
      ),
    ]);
  });

  it("a region's money figure comes from a source that names the region (丽江 labelled, 北京's figures)", () => {
    const f = withRecord((r) => void (r.region = '530700'));
    expect(problems(f, 'place')).toEqual([
      at(
        'answer.numbers[0]',
        '缴费基数 10000元/月 comes from a source that does not name 丽江: label the record for the place the figure is about',
      ),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../../lib/engine/text';
import { routeQuestion } from '../../../lib/situation/route';

const route = (q: string, today = '2026-12-07') => routeQuestion(normalizeQuestion(q), today);

describe('questions routed to a calculator', () => {
  it.each([
    ['社保基数6000个人每月扣多少钱', { kind: 'contribution', inputs: { scheme: 'employee', base: 6000 } }],
    [
      '福建三明社保基数12700个人缴纳多少',
      { kind: 'contribution', inputs: { scheme: 'employee', base: 12700 } },
    ],
    ['工资1.2万社保个人交多少', { kind: 'contribution', inputs: { scheme: 'employee', base: 12000 } }],
    ['按8000的基数交社保一个月多少钱', { kind: 'contribution', inputs: { scheme: 'employee', base: 8000 } }],
    ['北京灵活就业医保一个月多少钱', { kind: 'contribution', inputs: { scheme: 'flexible', base: null } }],
    ['灵活就业基数5000医保交多少', { kind: 'contribution', inputs: { scheme: 'flexible', base: 5000 } }],
  ])('%s → contribution', (q, expected) => {
    expect(route(q)).toEqual(expected);
  });

  it('断缴N个月: a gap of N months so far, resuming now', () => {
    expect(route('断缴4个月了还能补吗')).toEqual({
      kind: 'timeline',
      inputs: { scheme: 'employee', lastPaid: '2026-07', resume: null, gapMonths: 4 },
    });
    expect(route('医保停缴了两个月怎么办')?.inputs).toMatchObject({ lastPaid: '2026-09', gapMonths: 2 });
    expect(route('灵活就业医保断交十二个月')?.inputs).toMatchObject({ scheme: 'flexible', gapMonths: 12 });
    expect(route('医保3个月没交会怎样', '2027-01-15')?.inputs).toMatchObject({ lastPaid: '2026-09' });
  });

  it('a month left: this year, or last year when it is still to come', () => {
    expect(route('3月份离职的现在还能补交吗')?.inputs).toMatchObject({
      lastPaid: '2026-03',
      gapMonths: null,
    });
    expect(route('3月份离职的现在还能补交吗', '2027-02-01')?.inputs).toMatchObject({ lastPaid: '2026-03' });
    expect(route('去年10月辞职医保还能用吗')?.inputs).toMatchObject({ lastPaid: '2025-10' });
    expect(route('2025年6月离职医保怎么办')?.inputs).toMatchObject({ lastPaid: '2025-06' });
    expect(route('十一月份辞职了医保怎么续')?.inputs).toMatchObject({ lastPaid: '2026-11' });
  });

  it.each([
    '福建三明社保基数12700退休领多少钱', // receiving, not paying: a pension estimate
    '养老保险断缴3个月有什么影响', // 养老 follows other rules
    '医保断缴了怎么办', // no numbers or dates
    '社保基数是什么意思',
    '工资6000交多少个税', // no insurance word
    '医保交了15年退休后还要交吗',
  ])('%s → no calculator', (q) => {
    expect(route(q)).toBeNull();
  });

  it('never routes a month still to come in the year the question names', () => {
    expect(route('今年12月离职医保怎么办', '2026-03-01')).toBeNull();
  });
});

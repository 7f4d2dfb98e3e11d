import { describe, expect, it } from 'vitest';
import { isHint } from '../../../entrypoints/content/validate';
import { Hint } from '../../../lib/messages';

// The content script's hand-written check must accept exactly what the background's zod schema accepts.
const good = {
  recordId: 'balance_after_stop.410100',
  conclusion: '余额不清零',
  scopeLabel: '郑州专属',
  city: '410100',
  place: '按常住城市:郑州市',
  dated: '来源最新日期 2025-04-28 · 已超过12个月,请核实有无变化',
  stale: true,
  largeFont: false,
};

const cases: unknown[] = [
  good,
  { ...good, city: null, place: '' },
  { ...good, largeFont: true },
  null,
  'hint',
  [],
  {},
  { ...good, recordId: 3 },
  { ...good, conclusion: 'x'.repeat(301) },
  { ...good, conclusion: 'x'.repeat(300) },
  { ...good, scopeLabel: 'x'.repeat(61) },
  { ...good, city: '<img>' },
  { ...good, city: 410100 },
  { ...good, city: undefined },
  { ...good, place: undefined },
  { ...good, dated: undefined },
  { ...good, dated: 'x'.repeat(81) },
  { ...good, stale: 'yes' },
  { ...good, place: 'x'.repeat(61) },
  { ...good, largeFont: 'yes' },
  { ...good, recordId: 'x'.repeat(101) },
];

describe('isHint', () => {
  it.each(cases.map((value, i) => [i, value]))('case %i agrees with the Hint schema', (_, value) => {
    expect(isHint(value)).toBe(Hint.safeParse(value).success);
  });

  it('accepts a good hint', () => {
    expect(isHint(good)).toBe(true);
  });
});

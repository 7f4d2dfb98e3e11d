import { describe, expect, it } from 'vitest';
import { isHint } from '../../../entrypoints/content/validate';
import { CardLabels, Hint } from '../../../lib/messages';

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
  labels: {
    langTag: 'zh-CN',
    hintLabel: '保知提示',
    hintClose: '关闭',
    cardDetails: '查看详情',
    cardSiteOff: '此网站不再提示',
    cardAllOff: '所有网站都不提示',
  },
};
/** Each of the schema's label keys, so that a label the guard does not check fails a case below. */
const labelKeys = Object.keys(CardLabels.shape) as (keyof CardLabels)[];

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
  { ...good, labels: undefined },
  { ...good, labels: null },
  { ...good, labels: 'en' },
  { ...good, labels: { ...good.labels, cardDetails: 'x'.repeat(40) } },
  ...labelKeys.map((key) => ({ ...good, labels: { ...good.labels, [key]: undefined } })),
  ...labelKeys.map((key) => ({ ...good, labels: { ...good.labels, [key]: 'x'.repeat(41) } })),
  ...labelKeys.map((key) => ({ ...good, labels: { ...good.labels, [key]: 7 } })),
];

describe('isHint', () => {
  it.each(cases.map((value, i) => [i, value]))('case %i agrees with the Hint schema', (_, value) => {
    expect(isHint(value)).toBe(Hint.safeParse(value).success);
  });

  it('accepts a good hint', () => {
    expect(isHint(good)).toBe(true);
  });
});

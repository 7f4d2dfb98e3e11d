import { describe, expect, it } from 'vitest';
import { citedReferences } from '../../../lib/dataset/resolve';
import type { CompiledRecord, Dataset } from '../../../lib/dataset/schema';
import { dateLine, periodLabel, staleness } from '../../../lib/dataset/validity';
import { answerToPlainText } from '../../../lib/engine/plain-text';
import { loadDataset } from '../../../scripts/lib/engine-load';

// How old an answer is, on the two dates the issue fixes: 2025-06-01 (while the 2025 figures hold) and
// 2026-12-07 (after). Read from the built dataset, so the records users get are the ones checked.

const BEFORE = '2025-06-01';
const AFTER = '2026-12-07';
const dataset: Dataset = loadDataset();
const record = (id: string): CompiledRecord => {
  const found = dataset.records.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};
const itemsOf = (r: CompiledRecord) => dataset.items.filter((i) => r.sources.includes(i.item));
const text = (id: string, today: string) => {
  const r = record(id);
  return answerToPlainText(r, dataset.items, { today, refs: citedReferences(r, dataset.references) });
};

describe('periods and staleness', () => {
  it('labels periods as a year, a window, or open-ended', () => {
    expect(periodLabel({ from: '2025-01-01', to: '2025-12-31' })).toBe('2025年度');
    expect(periodLabel({ from: '2025-01-01', to: '2025-03-31' })).toBe('2025-01-01至2025-03-31');
    expect(periodLabel({ from: '2021-04-13', to: null })).toBe('2021-04-13起');
  });

  it('a 2025 figure holds in mid-2025 and has expired by 2026-12-07', () => {
    const premium = record('resident_premium.000000');
    expect(premium.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(staleness(premium, itemsOf(premium), BEFORE)).toBeNull();
    expect(staleness(premium, itemsOf(premium), AFTER)).toEqual({ expired: true, reason: 'period-ended' });
    expect(dateLine(premium, itemsOf(premium), BEFORE)).toMatch(
      /^适用于2025年度 · 来源最新日期 \d{4}-\d{2}-\d{2}$/,
    );
    expect(dateLine(premium, itemsOf(premium), AFTER)).toBe(
      '2025年度的数据,该期已结束;本期标准不在保知的数据中,请查参保地医保、人社或税务部门公布的本期标准',
    );
  });

  it('an expired deadline window is past, never something to do', () => {
    const xian = record('payment_deadline.610100');
    expect(xian.deadlines.map((d) => d.until)).toContain('2025-03-31');
    expect(text('payment_deadline.610100', '2025-02-01')).toContain('截至2025-03-31');
    // By 2025-06-01 the window has closed too: both fixed dates show it as past.
    expect(text('payment_deadline.610100', BEFORE)).toContain('已于2025-03-31截止');
    expect(text('payment_deadline.610100', AFTER)).toContain('已于2025-03-31截止');
    expect(text('payment_deadline.610100', AFTER)).not.toContain('截至2025-03-31');
    for (const step of xian.answer.steps) expect(step).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it.each([
    'flexible_employment.410100',
    'scheme_switch.410100',
    'restore_after_stop.130100',
    'family_mutual_aid.000000',
  ])('%s, whose sources are all undated, says so', (id) => {
    const r = record(id);
    expect(staleness(r, itemsOf(r), AFTER)).toEqual({ expired: false, reason: 'undated' });
    expect(dateLine(r, itemsOf(r), AFTER)).toContain('来源都未注明日期');
  });

  it('dated posts over 12 months old warn beside the conclusion, not under it', () => {
    const r = record('restore_after_stop.410100');
    expect(staleness(r, itemsOf(r), BEFORE)).toBeNull();
    expect(staleness(r, itemsOf(r), AFTER)).toEqual({ expired: false, reason: 'sources-over-12-months' });
    const lines = text('restore_after_stop.410100', AFTER).split('\n');
    const conclusion = lines.findIndex((l) => l.startsWith('结论:'));
    expect(lines[conclusion + 1]).toContain('已超过12个月,请核实有无变化');
  });
});

describe('copied text', () => {
  it('names an ended figure as its period’s, on both dates', () => {
    for (const today of [BEFORE, AFTER]) {
      const copy = text('resident_premium.000000', today);
      expect(copy).toContain('2025年度');
      expect(copy).not.toMatch(/今年/);
    }
    expect(text('resident_premium.000000', AFTER)).toContain('(2025年度,该期已结束)');
    expect(text('resident_premium.000000', BEFORE)).not.toContain('该期已结束');
  });

  it('puts the official basis apart from what posts say, majority first', () => {
    const copy = text('balance_auto_transfer.000000', AFTER);
    expect(copy.indexOf('政策依据:')).toBeLessThan(copy.indexOf('来源说法不一:'));
    expect(copy).toContain('国办发〔2021〕14号');
    for (const conflict of record('balance_auto_transfer.000000').conflicts) {
      const shown = conflict.claims.map((c) => copy.indexOf(`· ${c.text}`));
      expect(shown).toEqual([...shown].sort((a, b) => a - b));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { SituationInputError } from '../../../lib/situation/input-error';
import { formatMonth, monthOfDay, parseMonth } from '../../../lib/situation/month';
import { computeTimeline, type TimelineInput } from '../../../lib/situation/timeline';
import { boundaryConflict, paramRecord, paramsFor } from './helpers';

// National G = 3, Q = 6 (with the boundary dispute); 郑州 overrides nothing but has its own record; 洛阳 has
// G = 2; resident waiting 3 months nationally.
const records = [
  paramRecord(
    'restore_after_stop.000000',
    'restore_after_stop',
    '000000',
    [
      { id: 'grace_months', value: 3, unit: '个月' },
      { id: 'requalify_months', value: 6, unit: '个月' },
    ],
    [boundaryConflict],
  ),
  paramRecord('waiting_period.000000.resident', 'waiting_period', '000000', [
    { id: 'resident_waiting_months', value: 3, unit: '个月' },
  ]),
  paramRecord(
    'balance_after_stop.000000',
    'balance_after_stop',
    '000000',
    [],
    [
      {
        summary: '停缴后账户能不能用',
        about: 'account-after-stop',
        claims: [
          { text: '余额照常可用', items: ['000#0', '003#0'] },
          { text: '满3个月会清零', items: ['002#0'] },
        ],
        position: 'p',
      },
    ],
  ),
  paramRecord('restore_after_stop.410300', 'restore_after_stop', '410300', [
    { id: 'grace_months', value: 2, unit: '个月' },
  ]),
];

const run = (input: Partial<TimelineInput>, city: string | null = null) =>
  computeTimeline(
    { scheme: 'employee', lastPaid: '2026-08', today: '2026-10-15', ...input },
    paramsFor(city, records),
  );

describe('month index', () => {
  it('round-trips and crosses year ends', () => {
    expect(formatMonth(parseMonth('2026-12')! + 1)).toBe('2027-01');
    expect(formatMonth(parseMonth('2027-01')! - 1)).toBe('2026-12');
    expect(formatMonth(monthOfDay('2026-12-07')!)).toBe('2026-12');
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('2026-1')).toBeNull();
    expect(monthOfDay('2026-02-30x')).toBeNull();
  });
});

describe('断缴 timeline', () => {
  it('reproduces the worked example (L 2026-08, G 3, today 2026-10-15, no R)', () => {
    const t = run({});
    expect(t.summary).toEqual({
      pausedFrom: '2026-09',
      backPayBy: '2026-11',
      disputedUntil: '2026-12',
      withinGrace: 'yes',
      benefitsFrom: '2026-11',
    });
    expect(t.resume).toBe('2026-10');
    expect(t.resumeAssumed).toBe(true);
    expect(t.gap).toBe(1);
    expect(t.scope).toBe('national');
  });

  it('gap G − 1 keeps continuity, G is disputed with both readings, G + 1 requalifies', () => {
    const below = run({ resume: '2026-11' }); // gap 2
    expect([below.gap, below.summary.withinGrace, below.summary.benefitsFrom]).toEqual([2, 'yes', '2026-12']);

    const at = run({ resume: '2026-12' }); // gap 3 = G
    expect(at.gap).toBe(3);
    expect(at.summary.withinGrace).toBe('disputed');
    expect(at.summary.benefitsFrom).toEqual({ lenient: '2027-01', strict: '2027-06' });
    const disputed = at.events.find((e) => e.kind === 'disputed')!;
    expect(disputed.month).toBe('2026-12');
    expect(disputed.disputed?.readings.map((r) => r.sources)).toEqual([['000#0', '001#0'], ['001#17']]);
    expect(at.events.filter((e) => e.kind.startsWith('benefits-')).map((e) => e.month)).toEqual([
      '2027-01',
      '2027-06',
    ]);

    const over = run({ resume: '2027-01', today: '2027-01-02' }); // gap 4
    expect([over.gap, over.summary.withinGrace, over.summary.benefitsFrom]).toEqual([4, 'no', '2027-07']);
    // The 居民医保 alternative, with its waiting period, when continuity is lost.
    expect(over.events.find((e) => e.kind === 'resident-alternative')?.month).toBe('2027-04');
    expect(run({ resume: '2026-11' }).events.some((e) => e.kind === 'resident-alternative')).toBe(false);
  });

  it('paying from 2026-12 after the grace with Q = 6 covers from 2027-06', () => {
    const t = run({ lastPaid: '2026-05', resume: '2026-12', today: '2026-12-07' });
    expect(t.summary.withinGrace).toBe('no');
    expect(t.summary.benefitsFrom).toBe('2027-06');
  });

  it('counts across year boundaries', () => {
    const t = run({ lastPaid: '2026-11', today: '2027-02-01' });
    expect(t.summary).toMatchObject({
      pausedFrom: '2026-12',
      backPayBy: '2027-02',
      disputedUntil: '2027-03',
    });
    expect(t.gap).toBe(2);
    expect(t.summary.benefitsFrom).toBe('2027-03');
    expect(run({ lastPaid: '2026-12', resume: '2027-04', today: '2026-12-20' }).summary.withinGrace).toBe(
      'disputed',
    );
  });

  it('takes R before today, R after today, or today when R is absent', () => {
    expect(run({ resume: '2026-09', today: '2026-12-07' }).summary.benefitsFrom).toBe('2026-10');
    const later = run({ resume: '2027-03', today: '2026-10-15' });
    expect([later.gap, later.resumeAssumed, later.summary.withinGrace]).toEqual([6, false, 'no']);
    const now = run({ today: '2026-12-31' });
    expect([now.resume, now.gap, now.summary.withinGrace]).toEqual(['2026-12', 3, 'disputed']);
    // Still paid this month: resuming "now" is next month, with no gap.
    const current = run({ lastPaid: '2026-10', today: '2026-10-15' });
    expect([current.resume, current.gap, current.summary.withinGrace]).toEqual(['2026-11', 0, 'yes']);
  });

  it("uses the city's own grace months, and says which level each rule came from", () => {
    const t = run({ resume: '2026-11' }, '410300'); // 洛阳 G = 2: gap 2 is the disputed boundary
    expect(t.summary.backPayBy).toBe('2026-10');
    expect(t.summary.withinGrace).toBe('disputed');
    expect(t.events.find((e) => e.kind === 'back-pay-by')?.scope).toBe('city');
    // Q comes from the national record: the timeline as a whole is only as local as that.
    expect(t.events.find((e) => e.kind === 'benefits-strict')?.scope).toBe('national');
    expect(t.scope).toBe('national');
    // The boundary dispute is found along the chain when the city's record has none.
    expect(t.events.find((e) => e.kind === 'disputed')?.disputed?.readings).toHaveLength(2);
  });

  it('shows the account dispute beside the pause, and orders events by month', () => {
    const t = run({ resume: '2027-01', today: '2027-01-02' });
    const paused = t.events.find((e) => e.kind === 'paused')!;
    expect(paused.month).toBe('2026-09');
    expect(paused.note?.readings[0]?.text).toBe('余额照常可用');
    const months = t.events.map((e) => e.month);
    expect([...months].sort()).toEqual(months);
  });

  it('leaves dates unknown when no level has the rule', () => {
    const t = computeTimeline(
      { scheme: 'flexible', lastPaid: '2026-08', today: '2026-10-15' },
      paramsFor('350400', []),
    );
    expect(t.summary).toEqual({
      pausedFrom: '2026-09',
      backPayBy: null,
      disputedUntil: null,
      withinGrace: null,
      benefitsFrom: null,
    });
    expect(t.unknown).toEqual(['grace_months', 'resident_waiting_months']);
    expect(t.scope).toBeNull();
  });

  it('居民医保: per year, the waiting period after a gap', () => {
    const t = run({ scheme: 'resident', lastPaid: '2025', today: '2026-03-10' });
    expect(t.lastPaid).toBe('2025');
    expect(t.summary).toEqual({
      pausedFrom: '2026-01',
      backPayBy: null,
      disputedUntil: null,
      withinGrace: null,
      benefitsFrom: '2026-06',
    });
    // Paid for this year already: nothing pauses until next January, and paying then leaves no gap.
    const paid = run({ scheme: 'resident', lastPaid: '2026', today: '2026-03-10' });
    expect([paid.summary.pausedFrom, paid.gap, paid.summary.benefitsFrom]).toEqual(['2027-01', 0, '2027-01']);
  });

  it.each([
    [{ lastPaid: '2026-11' }, 'lastPaid: 2026-11 is after this month (2026-10)'],
    [{ lastPaid: '2026-8' }, 'lastPaid: must be a month YYYY-MM (got "2026-8")'],
    [{ resume: '2026-08' }, 'resume: 2026-08 must be after the last month paid (2026-08)'],
    [{ resume: '2026-07' }, 'resume'],
    [{ resume: 'next month' }, 'resume: must be a month YYYY-MM'],
    [{ today: '2026-10' }, 'today: must be a date YYYY-MM-DD'],
    [{ scheme: 'resident' as const, lastPaid: '2025-06' }, 'lastPaid: 居民医保按年缴费'],
    [{ scheme: 'resident' as const, lastPaid: '2027' }, 'lastPaid: 2027 is after this year (2026)'],
  ])('rejects bad input %j', (input, message) => {
    expect(() => run(input)).toThrow(SituationInputError);
    expect(() => run(input)).toThrow(message);
  });
});

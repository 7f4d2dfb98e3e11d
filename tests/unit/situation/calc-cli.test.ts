// The calc CLI run as the user runs it, on the built dataset: output shape, the seeds' worked examples with the
// corrected figures, and exit code 2 naming the bad input.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/paths';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

function run(script: 'calc' | 'ask', args: string[]) {
  const r = spawnSync(TSX, [join(REPO_ROOT, `scripts/${script}.ts`), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('calc timeline', () => {
  it('prints the documented shape for the worked example', () => {
    const r = run('calc', [
      'timeline',
      '--scheme',
      'employee',
      '--last-paid',
      '2026-08',
      '--city',
      '郑州',
      '--today',
      '2026-10-15',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      kind: 'timeline',
      region: { code: '410100', name: '郑州市' },
      scope: 'city',
      summary: {
        pausedFrom: '2026-09',
        backPayBy: '2026-11',
        disputedUntil: '2026-12',
        withinGrace: 'yes',
        benefitsFrom: '2026-11',
      },
    });
    for (const e of out.events)
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining([
          'month',
          'what',
          'rule',
          'scope',
          'period',
          'disputed',
          'sources',
          'references',
        ]),
      );
    const disputed = out.events.find((e: { kind: string }) => e.kind === 'disputed');
    expect(disputed.month).toBe('2026-12');
    expect(disputed.what).toContain('3个月');
    // Both readings, each with its sources (titles from the seeds).
    expect(disputed.disputed.readings).toHaveLength(2);
    expect(disputed.disputed.readings[1].sources[0]).toMatchObject({ item: '001#17' });
  });

  it('a gap over the grace period: covered again after the requalifying months', () => {
    const r = run('calc', [
      'timeline',
      '--scheme',
      'flexible',
      '--last-paid',
      '2026-05',
      '--resume',
      '2026-12',
      '--today',
      '2026-12-07',
    ]);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toMatchObject({ withinGrace: 'no', benefitsFrom: '2027-06' });
    expect(out.region).toEqual({ code: '000000', name: '全国' });
    expect(out.scope).toBe('national');
  });

  it('居民医保 takes a year', () => {
    const r = run('calc', [
      'timeline',
      '--scheme',
      'resident',
      '--last-paid',
      '2025',
      '--today',
      '2026-12-07',
    ]);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toMatchObject({ pausedFrom: '2026-01', withinGrace: null, benefitsFrom: '2027-03' });
    // The waiting period rests on one post: the rule says so.
    expect(out.events.find((e: { kind: string }) => e.kind === 'benefits')).toMatchObject({
      unverified: true,
    });
  });
});

describe('calc contribution', () => {
  it('三明 at base 12700: personal total 1333.5', () => {
    const r = run('calc', ['contribution', '--base', '12700', '--city', '三明', '--today', '2026-12-07']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      kind: 'contribution',
      region: { code: '350400' },
      base: 12700,
      clampedBase: 12700,
    });
    expect(out.personalTotal).toBe(1333.5);
    expect(out.accountCredit).toBe(254);
    expect(out.items.map((i: { insurance: string; personal: number }) => [i.insurance, i.personal])).toEqual([
      ['pension', 1016],
      ['medical', 254],
      ['unemployment', 63.5],
      ['injury', 0],
      ['maternity', 0],
    ]);
    expect(out.unknown.map((u: { id: string }) => u.id)).toContain('injury_employer_rate');
  });

  it('西安 灵活就业: the 2025 base and rate, their period ended by 2026', () => {
    const r = run('calc', [
      'contribution',
      '--scheme',
      'flexible',
      '--city',
      '西安',
      '--today',
      '2026-12-07',
    ]);
    const out = JSON.parse(r.stdout);
    const medical = out.items.find((i: { insurance: string }) => i.insurance === 'medical');
    expect(medical).toMatchObject({
      base: 5182,
      baseFrom: 'region',
      personalRate: 9,
      personal: 466.38,
      ended: true,
    });
    expect(out.items.find((i: { insurance: string }) => i.insurance === 'major_medical')).toMatchObject({
      personalRate: null,
      personal: 8,
    });
    expect(out.personalTotal).toBe(474.38);
  });

  it('北京 灵活就业 without a base: what we do not know is unknown', () => {
    const out = JSON.parse(run('calc', ['contribution', '--scheme', 'flexible', '--city', '北京']).stdout);
    expect(out.unknown.map((u: { id: string }) => u.id)).toEqual(['base', 'flexible_medical_rate']);
    expect(out.items.find((i: { insurance: string }) => i.insurance === 'medical')).toMatchObject({
      personal: null,
    });
  });
});

describe('calc bad input', () => {
  it.each([
    [['timeline', '--scheme', 'employee', '--last-paid', '2026-13'], '--last-paid: must be a month YYYY-MM'],
    [
      ['timeline', '--scheme', 'employee', '--last-paid', '2026-11', '--today', '2026-10-01'],
      '--last-paid: 2026-11 is after',
    ],
    [
      ['timeline', '--scheme', 'employee', '--last-paid', '2026-08', '--resume', '2026-08'],
      '--resume: 2026-08 must be after',
    ],
    [['timeline', '--last-paid', '2026-08'], '--scheme is required'],
    [['timeline', '--scheme', 'pension', '--last-paid', '2026-08'], '--scheme must be one of'],
    [
      ['timeline', '--scheme', 'employee', '--last-paid', '2026-08', '--city', '火星'],
      '--city: unknown city',
    ],
    [['contribution', '--base', '六千'], '--base must be a number'],
    [['contribution', '--base', '0'], '--base: must be a positive number'],
    [['contribution'], '--base is required for an employee'],
    [['contribution', '--base', '6000', '--today', '2026-02-30x'], '--today must be a date'],
    [['estimate'], 'usage'],
  ])('%j exits 2', (args, message) => {
    const r = run('calc', args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});

describe('ask routes questions with numbers or dates', () => {
  it('gives the calculation with its inputs filled in, for the answering city', () => {
    const out = JSON.parse(
      run('ask', ['--city', '三明', '--today', '2026-12-07', '社保基数6000个人每月扣多少钱']).stdout,
    );
    expect(out.calculation).toEqual({
      kind: 'contribution',
      inputs: { scheme: 'employee', base: 6000, city: '350400' },
    });
    const gap = JSON.parse(run('ask', ['--today', '2026-12-07', '断缴4个月了还能补吗']).stdout);
    expect(gap.calculation).toMatchObject({
      kind: 'timeline',
      inputs: { gapMonths: 4, lastPaid: '2026-07' },
    });
    expect(JSON.parse(run('ask', ['医保断缴了怎么办']).stdout).calculation).toBeNull();
  });
});

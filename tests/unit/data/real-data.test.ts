import { describe, expect, it } from 'vitest';
import { checkData, formatProblem } from '../../../scripts/lib/check';
import { loadDataFiles } from '../../../scripts/lib/load';
import { knownRegionCodes } from '../../../scripts/lib/regions-gen';
import { EXPECTED_ITEMS, loadSeeds } from '../../../scripts/lib/seeds';

// The repository's own data against the real seeds (../shared/seeds or BAOZHI_SEEDS).
describe('real data', () => {
  const seeds = loadSeeds();
  const { problems, data } = checkData(loadDataFiles(), { seeds, regionCodes: knownRegionCodes() });

  it('passes every check except coverage', () => {
    expect(problems.filter((p) => p.kind !== 'coverage').map(formatProblem)).toEqual([]);
  });

  it(`accounts for all ${EXPECTED_ITEMS} seed items: cited as a source or excluded, not both`, () => {
    expect(problems.filter((p) => p.kind === 'coverage').map(formatProblem)).toEqual([]);
    const cited = new Set(data.records.flatMap((r) => r.record.sources.map((s) => s.item)));
    const excluded = new Set(data.exclusions.map((e) => e.exclusion.item));
    expect(seeds.filter((s) => cited.has(s.id) === excluded.has(s.id)).map((s) => s.id)).toEqual([]);
  });
});

// Each defect the review against the seeds and public rules found (issue 16), as it would show again.
describe('the defects found in review stay fixed', () => {
  const { data } = checkData(loadDataFiles(), { seeds: loadSeeds(), regionCodes: knownRegionCodes() });
  const records = data.records.map((r) => r.record);
  const byId = (id: string) => {
    const found = records.find((r) => r.id === id);
    if (!found) throw new Error(`no record ${id}`);
    return found;
  };
  const allText = (id: string) => {
    const { answer } = byId(id);
    return [answer.conclusion, ...answer.points, ...answer.conditions.flatMap((c) => [c.when, c.then])].join(
      '\n',
    );
  };

  it('no figure of 北京 is labelled 丽江 (reimbursement_ratio.530700 is gone, its item excluded)', () => {
    expect(records.some((r) => r.id === 'reimbursement_ratio.530700')).toBe(false);
    expect(data.exclusions.map((e) => e.exclusion.item)).toContain('004#6');
  });

  it('one place’s rule is not the national rule (scheme_switch, payment_deadline)', () => {
    expect(allText('scheme_switch.000000')).toMatch(/部分地区|未经核实/);
    expect(byId('scheme_switch.000000').answer.conclusion).not.toMatch(/^.{0,20}补缴2%/);
    expect(byId('payment_deadline.000000').answer.conclusion).not.toContain('西安');
    expect(byId('payment_deadline.000000').answer.conclusion).toContain('各地');
  });

  it('single-source claims are not stated as fact (郑州 9% / 80% / 缩短等待期)', () => {
    const zz = byId('flexible_employment.410100');
    expect(zz.answer.conclusion).toContain('未经核实');
    expect(zz.unverified.length).toBeGreaterThanOrEqual(2);
    expect(zz.answer.numbers.filter((n) => n.unverified).map((n) => n.id)).toEqual([
      'flexible_medical_rate',
      'flexible_medical_base_share',
    ]);
  });

  it('石家庄’s 「约1个月卡才能用」 sits in a conflict beside 「次月恢复」, not as a certainty', () => {
    const sjz = byId('balance_after_stop.130100');
    expect(sjz.conflicts.some((c) => c.claims.some((claim) => claim.text.includes('1个月')))).toBe(true);
    expect(sjz.answer.steps.join('')).not.toMatch(/约需?1个月/);
  });

  it('the 3-month line is worded one way in every record', () => {
    for (const r of records) {
      const text = allText(r.id);
      if (/不超过3个月/.test(text)) expect(text, r.id).not.toMatch(/不满3个月|少于3个月/);
    }
  });

  it('maternity_allowance.000000: art. 54 for a non-working wife, 12 months as a local rule, 001#9 asked', () => {
    const m = byId('maternity_allowance.000000');
    expect(m.references).toContainEqual({ ref: 'social-insurance-law', article: '第五十四条' });
    expect(allText(m.id)).toContain('部分地区');
    expect(m.questions).toContain('安徽二胎生育津贴发放标准');
  });

  it('claims are stored majority first (balance_auto_transfer, flexible_employment)', () => {
    for (const id of ['balance_auto_transfer.000000', 'flexible_employment.000000'])
      for (const c of byId(id).conflicts)
        expect(c.claims.map((x) => x.items.length)).toEqual(
          [...c.claims.map((x) => x.items.length)].sort((a, b) => b - a),
        );
  });

  it('every topic has a national answer, and every national answer rests on a document or says why not', () => {
    const national = records.filter((r) => r.region === '000000');
    for (const topic of ['contribution_rate', 'income_tax', 'payment_channel', 'pension_estimate'])
      expect(
        national.some((r) => r.topic === topic),
        topic,
      ).toBe(true);
    for (const r of national) expect(r.references.length > 0 || Boolean(r.referencesNote), r.id).toBe(true);
  });

  it('2025 figures name their year in the text (never 今年), so they stay true in 2026', () => {
    for (const id of ['resident_premium.000000', 'resident_premium.440100', 'resident_premium.430100']) {
      expect(byId(id).period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
      expect(allText(id)).toContain('2025年度');
      expect(allText(id)).not.toContain('今年');
    }
  });

  it('the calculators’ parameters are in the data: grace and requalify months, rates, 西安’s fixed parts', () => {
    const params = (id: string) => byId(id).answer.numbers.map((n) => n.id);
    expect(params('restore_after_stop.000000')).toEqual(
      expect.arrayContaining(['grace_months', 'requalify_months']),
    );
    expect(params('contribution_rate.350400')).toEqual(
      expect.arrayContaining([
        'pension_personal_rate',
        'medical_personal_rate',
        'unemployment_personal_rate',
      ]),
    );
    expect(params('flexible_employment.610100')).toEqual(
      expect.arrayContaining([
        'flexible_medical_base',
        'flexible_medical_rate',
        'major_medical_personal_monthly',
      ]),
    );
  });
});

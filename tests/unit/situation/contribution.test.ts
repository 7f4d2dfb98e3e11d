import { describe, expect, it } from 'vitest';
import { computeContribution, type ContributionInput } from '../../../lib/situation/contribution';
import { SituationInputError } from '../../../lib/situation/input-error';
import { recordsForScheme } from '../../../lib/situation/region-params';
import { paramRecord, paramsFor } from './helpers';

const y2025 = { from: '2025-01-01', to: '2025-12-31' };
const records = [
  paramRecord('contribution_rate.000000', 'contribution_rate', '000000', [
    { id: 'pension_personal_rate', value: 8 },
    { id: 'pension_employer_rate', value: 16 },
    { id: 'medical_personal_rate', value: 2 },
    { id: 'account_credit_share', value: 100 },
  ]),
  paramRecord('contribution_rate.350400', 'contribution_rate', '350400', [
    { id: 'pension_personal_rate', value: 8 },
    { id: 'medical_personal_rate', value: 2 },
    { id: 'medical_employer_rate', value: 8 },
    { id: 'unemployment_personal_rate', value: 0.5 },
    { id: 'unemployment_employer_rate', value: 0.5 },
  ]),
  paramRecord('contribution_base.350000', 'contribution_base', '350000', [
    { id: 'base_floor', value: 4000, unit: '元/月', period: y2025 },
    { id: 'base_ceiling', value: 20000, unit: '元/月', period: y2025 },
  ]),
  paramRecord('flexible_employment.610100', 'flexible_employment', '610100', [
    { id: 'flexible_medical_base', value: 5182, unit: '元/月', period: y2025 },
    { id: 'flexible_medical_rate', value: 9, period: y2025 },
    { id: 'major_medical_personal_monthly', value: 8, unit: '元/月', period: y2025 },
  ]),
  paramRecord('flexible_employment.410100', 'flexible_employment', '410100', [
    { id: 'flexible_medical_rate', value: 9 },
    { id: 'flexible_medical_base_share', value: 80 },
  ]),
];

const calc = (input: Partial<ContributionInput>, city: string | null) => {
  const scheme = input.scheme ?? 'employee';
  return computeContribution(
    { base: null, scheme, today: '2025-06-01', ...input },
    paramsFor(city, records, recordsForScheme(scheme)),
  );
};

describe('contribution calculator', () => {
  it('三明 at base 12700: personal total 1333.5, the seeds’ 1397 corrected', () => {
    const c = calc({ base: 12700 }, '350400');
    const item = (name: string) => c.items.find((i) => i.insurance === name)!;
    expect(item('pension')).toMatchObject({
      personalRate: 8,
      personal: 1016,
      employerRate: 16,
      employer: 2032,
    });
    expect(item('pension').scope).toBe('national'); // 三明 gives no employer rate: the national one, labelled
    expect(item('medical')).toMatchObject({ personal: 254, employer: 1016, scope: 'city' });
    expect(item('unemployment')).toMatchObject({ personal: 63.5, employer: 63.5 });
    expect(c.personalTotal).toBe(1333.5);
    expect(c.complete.personal).toBe(true);
    // 工伤 and 生育 rates are not in the data: unknown, never guessed, and the employer total says it is partial.
    expect(item('injury')).toMatchObject({ personal: 0, employerRate: null, employer: null });
    expect(c.unknown).toEqual(['injury_employer_rate', 'maternity_employer_rate']);
    expect(c.complete.employer).toBe(false);
    expect(c.employerTotal).toBe(2032 + 1016 + 63.5);
    // In-service employees' accounts get their own 2% (国办发〔2021〕14号).
    expect(c.accountCredit).toBe(254);
    expect(c.clampedBase).toBe(12700);
  });

  it('clamps the base to the bounds it knows and says which', () => {
    const low = calc({ base: 3000 }, '350400');
    expect([low.clampedBase, low.clamp.applied, low.clamp.floor?.scope]).toEqual([4000, 'floor', 'province']);
    expect(low.items.find((i) => i.insurance === 'pension')?.personal).toBe(320);
    const high = calc({ base: 30000 }, '350400');
    expect([high.clampedBase, high.clamp.applied]).toEqual([20000, 'ceiling']);
    // No bounds known nationally: the base is used as given.
    expect(calc({ base: 3000 }, null).clamp).toEqual({ floor: null, ceiling: null, applied: null });
  });

  it('says when a bound’s period has ended', () => {
    const c = calc({ base: 3000, today: '2026-12-07' }, '350400');
    expect(c.clamp.floor?.ended).toBe(true);
    expect(calc({ base: 3000 }, '350400').clamp.floor?.ended).toBe(false);
  });

  it('西安 灵活就业: the region fixes the base; 大额 is a fixed 8元/月', () => {
    const c = calc({ scheme: 'flexible' }, '610100');
    const medical = c.items.find((i) => i.insurance === 'medical')!;
    expect(medical).toMatchObject({ base: 5182, baseFrom: 'region', personalRate: 9, personal: 466.38 });
    expect(medical).toMatchObject({ employerRate: 0, employer: 0 });
    expect(c.items.find((i) => i.insurance === 'major_medical')).toMatchObject({
      personalRate: null,
      personal: 8,
    });
    // Pension for 灵活就业 is not in these records: unknown, so the total covers the known parts only.
    expect(c.unknown).toEqual(['flexible_pension_rate']);
    expect(c.personalTotal).toBe(474.38);
    expect(c.complete.personal).toBe(false);
    expect(c.employerTotal).toBe(0);
    expect(c.accountCredit).toBeNull();
    // 2025 figures read in 2026: each says its period has ended.
    const later = calc({ scheme: 'flexible', today: '2026-12-07' }, '610100').items;
    expect(later.filter((i) => i.period).map((i) => [i.insurance, i.ended])).toEqual([
      ['medical', true],
      ['major_medical', true],
    ]);
  });

  it('西安 employees never get the 灵活就业 大额 figure', () => {
    const c = calc({ base: 6000 }, '610100');
    expect(c.items.some((i) => i.insurance === 'major_medical')).toBe(false);
  });

  it('灵活就业 with a base set as a share of the average wage: amounts unknown, the rule shown', () => {
    const c = calc({ scheme: 'flexible' }, '410100');
    expect(c.base).toBeNull();
    expect(c.baseShare?.value).toBe(80);
    expect(c.unknown[0]).toBe('base');
    expect(c.items.find((i) => i.insurance === 'medical')).toMatchObject({ personalRate: 9, personal: null });
    // With a base given, the amount follows.
    expect(calc({ scheme: 'flexible', base: 5000 }, '410100').items[1]?.personal).toBe(450);
    // The region's fixed 医保 base is not the pension base: a base given still counts for pension.
    const xian = calc({ scheme: 'flexible', base: 6000 }, '610100').items;
    expect(xian.find((i) => i.insurance === 'medical')?.base).toBe(5182);
    expect(xian.find((i) => i.insurance === 'pension')?.base).toBe(6000);
  });

  it('has no total for a side of which nothing is known (the law’s fixed 0s are no total)', () => {
    const none = computeContribution(
      { base: 6000, scheme: 'employee', today: '2025-06-01' },
      paramsFor('110100', []),
    );
    expect([none.personalTotal, none.employerTotal, none.accountCredit]).toEqual([null, null, null]);
    const flexible = calc({ scheme: 'flexible' }, '110100');
    expect([flexible.personalTotal, flexible.employerTotal]).toEqual([null, 0]);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e9])('rejects base %s', (base) => {
    expect(() => calc({ base }, '350400')).toThrow(SituationInputError);
  });
});

import type { ParamId } from '../dataset/params';
import type { Period } from '../dataset/schema';
import { periodEnded } from '../dataset/validity';
import type { Scope } from '../scope';
import { SituationInputError } from './input-error';
import { widestScope, type ParamValue, type RegionParams } from './region-params';

// The contribution calculator (issue 17): each insurance's personal and employer amounts at a monthly base,
// from the region's rates (falling back to the province's, then the national ones, and saying so), the base
// clamped to the bounds we know, and the medical personal-account credit. A part whose rate the data lacks is
// unknown, never guessed: its amounts are null, and the totals add up the known parts and say they are partial.

export const CONTRIBUTION_SCHEMES = ['employee', 'flexible'] as const;
export type ContributionScheme = (typeof CONTRIBUTION_SCHEMES)[number];

export interface ContributionInput {
  /** The monthly base or wage; optional for 灵活就业 where the region fixes the (medical) base. */
  base: number | null;
  scheme: ContributionScheme;
  /** YYYY-MM-DD: a rate whose period has ended by then says so. */
  today: string;
}

export const INSURANCES = [
  'pension',
  'medical',
  'major_medical',
  'unemployment',
  'injury',
  'maternity',
] as const;
export type Insurance = (typeof INSURANCES)[number];

/** One side of an item: the rule it comes from, or a fixed part (0 where the law puts nothing on that side). */
type Side = { param: ParamId } | { fixed: 0 };

interface ItemRule {
  insurance: Insurance;
  personal: Side;
  employer: Side;
  /** A fixed monthly amount (大额医疗补助) rather than a rate. */
  monthly?: boolean;
  /** Shown only where the data has it: most places have no such part. */
  optional?: boolean;
  /** A base the region fixes for this insurance (西安's 灵活就业 医保), used instead of the one given. */
  fixedBase?: ParamId;
}

// 工伤 and 生育 are paid by the employer alone (社会保险法 第三十三条、第五十三条), so their personal side is 0.
const EMPLOYEE: ItemRule[] = [
  {
    insurance: 'pension',
    personal: { param: 'pension_personal_rate' },
    employer: { param: 'pension_employer_rate' },
  },
  {
    insurance: 'medical',
    personal: { param: 'medical_personal_rate' },
    employer: { param: 'medical_employer_rate' },
  },
  {
    insurance: 'major_medical',
    personal: { param: 'major_medical_personal_monthly' },
    employer: { fixed: 0 },
    monthly: true,
    optional: true,
  },
  {
    insurance: 'unemployment',
    personal: { param: 'unemployment_personal_rate' },
    employer: { param: 'unemployment_employer_rate' },
  },
  { insurance: 'injury', personal: { fixed: 0 }, employer: { param: 'injury_employer_rate' } },
  { insurance: 'maternity', personal: { fixed: 0 }, employer: { param: 'maternity_employer_rate' } },
];

// 灵活就业 pays both sides alone: the whole rate is personal.
const FLEXIBLE: ItemRule[] = [
  { insurance: 'pension', personal: { param: 'flexible_pension_rate' }, employer: { fixed: 0 } },
  {
    insurance: 'medical',
    personal: { param: 'flexible_medical_rate' },
    employer: { fixed: 0 },
    fixedBase: 'flexible_medical_base',
  },
  {
    insurance: 'major_medical',
    personal: { param: 'major_medical_personal_monthly' },
    employer: { fixed: 0 },
    monthly: true,
    optional: true,
  },
];

export interface ContributionItem {
  insurance: Insurance;
  /** The base its rates apply to (null for a fixed amount or an unknown base), and where it comes from. */
  base: number | null;
  baseFrom: 'input' | 'region' | null;
  /** Percent; null for a fixed monthly amount or an unknown rate. */
  personalRate: number | null;
  /** Yuan per month; null when unknown. */
  personal: number | null;
  employerRate: number | null;
  employer: number | null;
  period: Period | null;
  /** The period of a rate used has ended by today: the figure is that period's, not today's. */
  ended: boolean;
  /** A rate used rests on one post only. */
  unverified: boolean;
  scope: Scope | null;
  /** Records the rates come from (their sources and documents). */
  recordIds: string[];
}

export interface BaseBound {
  value: number;
  scope: Scope;
  period: Period | null;
  ended: boolean;
}

export interface Contribution {
  kind: 'contribution';
  scheme: ContributionScheme;
  region: string;
  scope: Scope | null;
  /** As given. */
  base: number | null;
  clampedBase: number | null;
  clamp: { floor: BaseBound | null; ceiling: BaseBound | null; applied: 'floor' | 'ceiling' | null };
  /** 灵活就业's medical base rule where the region sets it as a share of the average wage (not known here). */
  baseShare: ParamValue | null;
  items: ContributionItem[];
  /** Sums of the known parts (null when no part of that side is known); `complete` says whether any is unknown. */
  personalTotal: number | null;
  employerTotal: number | null;
  complete: { personal: boolean; employer: boolean };
  /** The monthly credit to the medical personal account, where the region's rule is known. */
  accountCredit: number | null;
  /** Parameters (or "base") the data lacks for every level of the region. */
  unknown: (ParamId | 'base')[];
}

/** Yuan to the fen, as contributions are charged. */
function yuan(value: number): number {
  return Math.round(value * 100) / 100;
}

function checkBase(base: number | null): void {
  if (base === null) return;
  if (!Number.isFinite(base) || base <= 0)
    throw new SituationInputError('base', `must be a positive number of yuan per month (got ${base})`);
  if (base > 10_000_000) throw new SituationInputError('base', `${base} is not a monthly wage`);
}

export function computeContribution(input: ContributionInput, params: RegionParams): Contribution {
  checkBase(input.base);
  const unknown: Contribution['unknown'] = [];
  const used: ParamValue[] = [];
  const ended = (p: ParamValue | null) => (p ? periodEnded(p.period, input.today) : false);
  const look = (id: ParamId, optional = false): ParamValue | null => {
    const p = params.param(id);
    if (p) used.push(p);
    else if (!optional && !unknown.includes(id)) unknown.push(id);
    return p;
  };
  const bound = (id: ParamId): BaseBound | null => {
    const p = look(id, true);
    return p && { value: p.value, scope: p.scope, period: p.period, ended: ended(p) };
  };

  const flexible = input.scheme === 'flexible';
  const floor = bound('base_floor');
  const ceiling = bound('base_ceiling');
  let clampedBase = input.base;
  let applied: Contribution['clamp']['applied'] = null;
  if (clampedBase !== null && floor && clampedBase < floor.value)
    [clampedBase, applied] = [floor.value, 'floor'];
  if (clampedBase !== null && ceiling && clampedBase > ceiling.value)
    [clampedBase, applied] = [ceiling.value, 'ceiling'];

  let needsBase = false;
  const known = { personal: false, employer: false };
  let baseShare: ParamValue | null = null;
  const items: ContributionItem[] = [];
  for (const rule of flexible ? FLEXIBLE : EMPLOYEE) {
    const side = (s: Side) => ('param' in s ? look(s.param, rule.optional) : null);
    const personalParam = side(rule.personal);
    const employerParam = side(rule.employer);
    if (rule.optional && !personalParam) continue;
    const fixed = rule.fixedBase ? look(rule.fixedBase, true) : null;
    const base = rule.monthly ? null : (fixed?.value ?? clampedBase);
    const baseFrom = rule.monthly ? null : fixed ? 'region' : clampedBase !== null ? 'input' : null;
    const amount = (s: Side, p: ParamValue | null): { rate: number | null; value: number | null } => {
      if ('fixed' in s) return { rate: s.fixed, value: s.fixed };
      if (!p) return { rate: null, value: null };
      if (rule.monthly) return { rate: null, value: p.value };
      return { rate: p.value, value: base === null ? null : yuan((base * p.value) / 100) };
    };
    const personal = amount(rule.personal, personalParam);
    const employer = amount(rule.employer, employerParam);
    known.personal ||= personalParam !== null && personal.value !== null;
    known.employer ||= employerParam !== null && employer.value !== null;
    if (!rule.monthly && base === null && (personalParam || employerParam)) {
      needsBase = true;
      if (rule.insurance === 'medical' && flexible) baseShare = look('flexible_medical_base_share', true);
    }
    const own = [personalParam, employerParam, fixed].filter((p): p is ParamValue => p !== null);
    items.push({
      insurance: rule.insurance,
      base,
      baseFrom,
      personalRate: personal.rate,
      personal: personal.value,
      employerRate: employer.rate,
      employer: employer.value,
      period: own[0]?.period ?? null,
      ended: own.some(ended),
      unverified: own.some((p) => p.unverified),
      scope: widestScope(own.map((p) => p.scope)),
      recordIds: [...new Set(own.map((p) => p.record.id))],
    });
  }
  if (needsBase) unknown.unshift('base');

  const sum = (values: (number | null)[]) => yuan(values.reduce<number>((a, v) => a + (v ?? 0), 0));
  const medical = items.find((i) => i.insurance === 'medical');
  // Since 国办发〔2021〕14号 an in-service employee's account gets their own contribution only; a region's
  // share says how much of it. 灵活就业 accounts follow local rules the data does not hold.
  const share = flexible ? null : look('account_credit_share');
  const accountCredit =
    share && medical?.personal != null ? yuan((medical.personal * share.value) / 100) : null;

  return {
    kind: 'contribution',
    scheme: input.scheme,
    region: params.region,
    scope: widestScope(used.map((p) => p.scope)),
    base: input.base,
    clampedBase,
    clamp: { floor, ceiling, applied },
    baseShare,
    items,
    // A side with no amount known from a rate (only the law's fixed 0s) has no total to show.
    personalTotal: known.personal ? sum(items.map((i) => i.personal)) : null,
    employerTotal: flexible ? 0 : known.employer ? sum(items.map((i) => i.employer)) : null,
    complete: {
      personal: items.every((i) => i.personal !== null),
      employer: items.every((i) => i.employer !== null),
    },
    accountCredit,
    unknown,
  };
}

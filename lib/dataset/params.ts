import type { TopicId } from '../topics';

// The rule parameters the calculators read (lib/situation/): a record's figure whose id is one of these is a
// parameter of its region, with this unit, and a period (or null for a standing rule). data:check holds every
// record to it; a region without a parameter falls back to its province's, then the national one.

export interface ParamSpec {
  unit: string;
  /** What it is, for reports and errors. */
  meaning: string;
  /** The topic whose record states it first: where a calculator takes it from and links to. */
  topic: TopicId;
}

const rate = (meaning: string, topic: TopicId = 'contribution_rate'): ParamSpec => ({
  unit: '%',
  meaning,
  topic,
});

export const PARAMS = {
  grace_months: {
    unit: '个月',
    meaning: '断缴后在此期限内补缴,视同连续参保',
    topic: 'restore_after_stop',
  },
  requalify_months: {
    unit: '个月',
    meaning: '断缴超过期限后,需连续缴费满此月数才恢复统筹待遇',
    topic: 'restore_after_stop',
  },
  resident_waiting_months: {
    unit: '个月',
    meaning: '居民医保在集中缴费期外参保的待遇等待期',
    topic: 'waiting_period',
  },
  pension_personal_rate: rate('职工养老保险个人缴费比例'),
  pension_employer_rate: rate('职工养老保险单位缴费比例'),
  medical_personal_rate: rate('职工医保个人缴费比例'),
  medical_employer_rate: rate('职工医保单位缴费比例'),
  unemployment_personal_rate: rate('失业保险个人缴费比例'),
  unemployment_employer_rate: rate('失业保险单位缴费比例'),
  injury_employer_rate: rate('工伤保险单位缴费比例(按行业浮动)'),
  maternity_employer_rate: rate('生育保险单位缴费比例(多数地方已并入医保)'),
  major_medical_personal_monthly: {
    unit: '元/月',
    meaning: '大额医疗补助等按月定额的个人缴费',
    topic: 'contribution_rate',
  },
  base_floor: { unit: '元/月', meaning: '职工社保缴费基数下限', topic: 'contribution_base' },
  base_ceiling: { unit: '元/月', meaning: '职工社保缴费基数上限', topic: 'contribution_base' },
  flexible_medical_rate: rate('灵活就业人员职工医保缴费比例', 'flexible_employment'),
  flexible_pension_rate: rate('灵活就业人员养老保险缴费比例', 'flexible_employment'),
  flexible_medical_base: {
    unit: '元/月',
    meaning: '灵活就业人员职工医保的固定缴费基数',
    topic: 'flexible_employment',
  },
  flexible_medical_base_share: rate('灵活就业人员职工医保缴费基数占平均工资的比例', 'flexible_employment'),
  account_credit_share: rate('在职职工个人缴纳的医保费记入个人账户的比例'),
} as const satisfies Record<string, ParamSpec>;

export type ParamId = keyof typeof PARAMS;

export function isParam(id: string): id is ParamId {
  return Object.hasOwn(PARAMS, id);
}

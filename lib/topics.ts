// Canonical topic ids (shared/docs/domain.md). Ids are stable: add, never rename.
export const TOPICS = {
  balance_after_stop: '断缴后个人账户余额',
  restore_after_stop: '补缴与恢复待遇',
  balance_auto_transfer: '余额被自动转出',
  waiting_period: '待遇等待期/生效时间',
  retirement_years: '退休医保缴费年限',
  family_mutual_aid: '家庭共济',
  transfer: '医保关系转移接续',
  retiree_transfer: '退休人员异地',
  scheme_switch: '职工/居民医保互转',
  flexible_employment: '灵活就业参保',
  contribution_rate: '缴费比例与月缴金额',
  contribution_base: '缴费基数',
  income_tax: '社保与个税',
  resident_premium: '居民医保缴费标准',
  payment_deadline: '缴费时间',
  payment_channel: '缴费渠道',
  resident_enrollment: '居民医保参保办理',
  remote_medical: '异地就医',
  outpatient_pooling: '门诊统筹',
  reimbursement_ratio: '报销比例',
  maternity_allowance: '生育津贴',
  maternity_medical: '生育医疗费用',
  pension_estimate: '养老金估算',
  pension_back_payment: '养老保险补缴',
  card_atm: '医保卡/社保卡',
  insurance_basics: '五险构成',
} as const;

export type TopicId = keyof typeof TOPICS;

/**
 * Which scheme a topic answers for: a pension question never gets a 医保 answer, even when both speak of 缴费年限
 * (domain.md); general topics (rates, bases, channels, cards) serve both.
 */
export const TOPIC_FAMILY: Record<TopicId, 'medical' | 'pension' | 'general'> = {
  balance_after_stop: 'medical',
  restore_after_stop: 'medical',
  balance_auto_transfer: 'medical',
  waiting_period: 'medical',
  retirement_years: 'medical',
  family_mutual_aid: 'medical',
  transfer: 'general',
  retiree_transfer: 'medical',
  scheme_switch: 'medical',
  flexible_employment: 'general',
  contribution_rate: 'general',
  contribution_base: 'general',
  income_tax: 'general',
  resident_premium: 'medical',
  payment_deadline: 'general',
  payment_channel: 'general',
  resident_enrollment: 'medical',
  remote_medical: 'medical',
  outpatient_pooling: 'medical',
  reimbursement_ratio: 'medical',
  maternity_allowance: 'medical',
  maternity_medical: 'medical',
  pension_estimate: 'pension',
  pension_back_payment: 'pension',
  card_atm: 'general',
  insurance_basics: 'general',
};

/**
 * The topic ids in TOPICS' order (the order of every index and model). Read from TOPIC_FAMILY, which lists them
 * in that order too, because the content script's detection needs the families anyway and not the names: 26
 * Chinese names would cost it ~250 bytes gzip of its 15 KB budget (tests/unit/foundation/topics.test.ts).
 */
export const TOPIC_IDS = Object.keys(TOPIC_FAMILY) as [TopicId, ...TopicId[]];

// Insurance schemes a record can be about.
export const SCHEMES = {
  employee_medical: '职工医保',
  resident_medical: '居民医保',
  medical: '基本医保(职工与居民)',
  pension: '养老保险',
  resident_pension: '城乡居民养老保险',
  maternity: '生育保险',
  unemployment: '失业保险',
  social_insurance: '社会保险(综合)',
} as const;

export type SchemeId = keyof typeof SCHEMES;
export const SCHEME_IDS = Object.keys(SCHEMES) as [SchemeId, ...SchemeId[]];

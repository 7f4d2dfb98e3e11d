import { TOPIC_IDS } from '../topics';
import { buildScanner, type Scanner } from './scanner';

// The one lexicon shared by page detection and question matching. It ships in the content script, so it is a
// compact line format parsed once at load:
//   canonical|variant|variant > weight weight ...
// Variants are the colloquial synonyms of domain.md; a scan reports them as their canonical term, so
// 「医保断交了」 and 「医保断缴了」 score the same. Weights:
//   <topic id>:w  evidence for that topic
//   g:w           social-insurance evidence in general (what makes a page or question in scope at all)
//   n:w           evidence AGAINST social insurance (commercial insurance, hospital picks, first aid, 定点/支付 news)
//   pen / med     the term names the pension or the medical scheme (used to damp topics of the other scheme)
// A longer term consumes the shorter ones inside it (医保定点 is one negative hit, not 医保 + 定点).
const LINES = `
医保|医疗保险|医疗保障|基本医疗|基本医保 > g:1 med
社保|社会保险 > g:1
职工医保|职工医疗保险|职工基本医疗保险|城镇职工医保|职工医疗 > g:1.5 med
居民医保|城乡居民医保|城镇居民医保|城镇居民医疗|新农合|合作医疗|城乡居民基本医疗保险|居民医疗保险 > g:1.5 med resident_premium:1
医保卡|社保卡|医保电子凭证 > g:1 card_atm:1 med
医保局|医疗保障局|人社局|社保局|医保中心|社保中心|医保经办|人力资源和社会保障 > g:0.3
12393|12333 > g:1.5
五险|五险一金|交了五险 > g:1.5 insurance_basics:3
哪五险|包括哪些险种|五险是什么 > g:2 insurance_basics:4
生育保险|生育险 > g:1.5 maternity_medical:1.5 maternity_allowance:1
失业保险|工伤保险 > g:1.5 insurance_basics:1
养老保险|养老保险费|基本养老保险|职工养老保险 > g:1.5 pen pension_back_payment:1.5 pension_estimate:1
城乡居民养老保险|农村养老保险|居民养老保险|新农保 > g:2 pen pension_back_payment:2.5
养老金|退休金|基础养老金|个人账户养老金 > g:1.5 pen pension_estimate:2.5
个人账户|统筹基金|统筹账户|参保人 > g:1
参保|缴费|缴纳|交费|医保费|社保费 > g:0.5
报销|报销待遇|医保待遇|医保报销 > g:0.7 reimbursement_ratio:0.5 med
断缴|断交|停缴|停交|停保|断保|没交了|单位不交了|离职了|辞职后|不交了|中断缴费|停止交费|停止缴费|欠费|没有交|社保停了|医保停了|停了社保|停了医保|没工作了|没有工作|失业了|离职后|辞职了 > g:1 balance_after_stop:2 restore_after_stop:1
下岗|下岗了|继续交|继续缴|继续参保 > g:0.5 flexible_employment:2 balance_after_stop:0.5 restore_after_stop:0.5
个人账户余额|医保卡里的钱|卡里余额|卡里的钱|账户里的钱|卡里面的钱|里面的钱|医保余额|账户余额 > g:1.5 balance_after_stop:2 balance_auto_transfer:1 med
余额 > balance_after_stop:1.5 balance_auto_transfer:0.5
清零|作废|冻结|还能用|还能刷|还在吗|能用吗|还能买药|被收回|收回|药店刷|还能刷卡|攒的钱 > balance_after_stop:2
突然|莫名其妙 > balance_auto_transfer:2.5
补缴|补交|补缴费|续缴|续交|续上|接着交|补上|补齐|补回来 > g:0.7 restore_after_stop:2 pension_back_payment:1
恢复待遇|恢复报销|待遇恢复|追溯|滞纳金|三个月|3个月|视同连续|重新交|重新缴|再交|现在交|还能报销 > restore_after_stop:2.5
两个月|几个月|六个月|6个月|有没有影响|有影响吗 > restore_after_stop:1.5
能报销吗|能不能报销|可以报销吗 > g:0.5 reimbursement_ratio:1 restore_after_stop:1
自动转出|转走|划走|被转|少了|少了一大半|钱怎么没了|钱没了|划转|扣款|扣钱|变少|减少|划到|不见了|去哪了|哪去了|去哪里了 > balance_auto_transfer:3
等待期|生效|多久能用|多久才能用|何时生效|多久生效|什么时候生效|第二天|待遇享受期|享受待遇|什么时候能用|能开始用|开始用|多久可以|多久能报|多久才能报 > waiting_period:3
交了医保|交了以后|缴费后|交完 > waiting_period:1.5
刚交|刚参保|首次参保缴费 > waiting_period:1.5 resident_enrollment:0.5
缴费年限|交多少年|交满几年|交满|多少年|交够|缴满|交够年限|终身|终身医疗|终身免费|不用交|免缴 > g:0.5 retirement_years:2.5
退休 > retirement_years:1.5 retiree_transfer:1 pension_estimate:0.5
退休后|退休前 > retirement_years:2 pension_estimate:1
退休人员|退休职工|退休老人 > retirement_years:0.5 retiree_transfer:2.5
异地安置|回老家|随子女|去子女|老家养老|退休人员异地|跟着儿子|跟着女儿|跟儿子|跟女儿|跟子女|异地养老|外地养老 > retiree_transfer:3
家庭共济|共济|家人用|给家人|给父母|给爸妈|给孩子|爸妈|父母|配偶|子女|亲属|家属|老婆用|孩子用|给老婆|给老公|给爱人|给妻子|给丈夫|给父亲|给母亲|给老人 > family_mutual_aid:3
转移|转移接续|转接|接续|转关系|怎么转|转过去|转过来|转到|转入|转回|合并 > g:0.5 transfer:2.5 retiree_transfer:0.8
换工作|换了工作|换单位|换了单位|跳槽|新单位|新公司|换公司|单位变动|换城市|别的城市|离开|调动 > transfer:2.5
老单位|原单位|以前单位|之前单位|以前的单位|原来的单位 > transfer:1.5
改成|转成|改为|转为|换成|互转|转居民|转职工|改居民|改参|改交|改缴 > scheme_switch:3
不想交 > scheme_switch:1.5 balance_after_stop:0.5
灵活就业|灵活就业人员|转灵活|灵活交|灵活缴|自由职业|个体户|打零工|没单位|无单位|自己交|个人交|个人身份|以个人 > g:1 flexible_employment:3
缴费比例|费率|比例多少|每月交多少|每月交|一个月交|月缴|个人缴纳多少|个人缴多少|单位缴纳|个人缴纳|单位承担|扣多少|各交|单位和个人 > contribution_rate:2.5
交多少|缴多少 > contribution_rate:1.5 resident_premium:1.5
工资 > contribution_rate:1 income_tax:1
缴费基数|基数|上下限|上限|下限|缴费档次|档次|最低档|最高档|档位|哪个档|哪一档|什么标准|平均工资 > contribution_base:2.5
个税|个人所得税|扣税|交税|纳税|税前|税后|到手 > income_tax:3.5
缴费标准|个人缴费标准|一年交多少|一年多少钱|交多少钱|多少钱一年|财政补助|一年缴多少 > resident_premium:2.5
儿童|学生|小孩|孩子 > resident_premium:0.7 resident_enrollment:0.5 reimbursement_ratio:0.5
新生儿|婴儿|刚出生 > resident_enrollment:1.5 resident_premium:0.5
缴费时间|截止|截止时间|截止到|什么时候交|什么时候缴|什么时候开始|缴费期|集中缴费|征缴期|几月|开始交费|开始缴费|何时缴|缴费日期|什么时间|时间段|哪个月|几号|最晚|最迟|期限 > payment_deadline:3.5
给家人交|帮家人交|替家人交|帮孩子交|给孩子交|代缴|怎么交|怎么缴|在哪交|在哪里交|哪里交|去哪交|缴费方式|缴费渠道|哪些渠道|什么渠道|哪些途径|缴费途径|线上缴费|手机上|手机交|微信|支付宝|小程序|银行代扣|代扣|税务app|税务APP|电子税务局|入口|在哪缴|在哪里缴|哪里缴|去哪缴|哪里能交|哪里可以交 > payment_channel:3
参保登记|首次办理|首次参保|第一次|怎么参保|如何参保|办理参保|怎么办理|在哪办理|办理流程 > resident_enrollment:2.5 transfer:0.5
上医保|上社保|入医保|参加医保|办理医保|办医保|办社保|办理社保|参加居民医保|办居民医保 > g:1 resident_enrollment:2.5
流程|手续|材料 > resident_enrollment:1
异地就医|异地看病|外地看病|在外地看病|外地就医|异地门诊|异地报销|外地住院|异地住院 > g:1.5 remote_medical:4
备案|异地备案|直接结算|跨省|跨市|跨地区|异地|外地|外省 > remote_medical:2 transfer:0.5
门诊统筹|普通门诊|门诊报销|门诊费|看门诊|异地门诊费 > outpatient_pooling:3.5
起付线|起付标准|支付上限|封顶线|最高支付|一年最多|年度限额|两千|2千 > outpatient_pooling:2.5 reimbursement_ratio:0.3
报销比例|医保报销比例|住院报销|报多少|能报多少|报销多少|报销标准|报销额度 > g:0.5 reimbursement_ratio:2.5
一级医院|二级医院|三级医院|基层医院|医院等级 > reimbursement_ratio:1.5
住院|能报|百分之 > reimbursement_ratio:1.5
生育津贴|产假工资|产假|产假津贴|生育补贴 > g:1 maternity_allowance:5
男方|女方|发几个月|领几个月 > maternity_allowance:2
二胎|三胎|生育 > maternity_allowance:1 maternity_medical:1
生孩子|产检|分娩|顺产|剖腹产|剖宫产|生育医疗费|住院分娩|生育费用|生小孩 > g:0.5 maternity_medical:4.5
领多少|能拿多少|能领多少|领多少钱|拿多少|每月领|退休领|养老金计算|怎么计算|计发 > pension_estimate:2.5
渠道 > payment_channel:1.2
门诊 > outpatient_pooling:2
取钱|取现|取现金|取款机|atm|ATM|自动取款|提现|取出来|样子|一个东西|一样吗|区别 > card_atm:2.5
商业保险|商业医疗险|商业险|商业养老|商业养老保险|值得买|养老保险产品|重疾险|车险|汽车保险|车辆保险|交强险|意外险|寿险|年金险|百万医疗|惠民保|保险公司|理赔|投保|退保|续保|保单|保额|出险 > n:4
医院排名|什么医院好|哪家医院|哪个医院|医院推荐|医院有哪些|哪家好|三甲医院|二甲医院|挂号|专家门诊|名医|治疗|医生好|哪个医生 > n:2
医院 > n:1
定点医院|医保定点|定点医疗机构|定点药店|定点零售药店|定点 > n:1
医保支付|医保结算|医保移动支付|门诊部|住院部|支付方式改革|带量采购|集中采购|集采|中选|DRG|drg|DIP|dip|医保目录|药品目录|谈判药品 > n:1.5
急救|中毒|症状|蛰了|被蛰|蛰伤|咬了|咬伤|心肺复苏|降温|发烧|烫伤|狂犬|疫苗 > n:3
公积金|住房公积金 > n:3
`;

export interface LexEntry {
  /** Canonical term (first of its line). */
  canon: string;
  /** Weight per topic index (TOPIC_IDS order); sparse pairs [topic, weight]. */
  topics: [number, number][];
  general: number;
  negative: number;
  pension: boolean;
  medical: boolean;
}

export interface Lexicon {
  /** Every surface form; terms[i] belongs to entries[entryOf[i]]. */
  terms: string[];
  entryOf: number[];
  entries: LexEntry[];
}

const TOPIC_INDEX = new Map<string, number>(TOPIC_IDS.map((id, i) => [id, i]));

export function parseLexicon(lines: string): Lexicon {
  const terms: string[] = [];
  const entryOf: number[] = [];
  const entries: LexEntry[] = [];
  for (const line of lines.split('\n')) {
    const split = line.indexOf(' > ');
    if (split < 0) continue;
    const forms = line.slice(0, split).split('|');
    const entry: LexEntry = {
      canon: forms[0]!,
      topics: [],
      general: 0,
      negative: 0,
      pension: false,
      medical: false,
    };
    for (const token of line.slice(split + 3).split(' ')) {
      const [key, value] = token.split(':') as [string, string | undefined];
      const weight = Number(value);
      if (key === 'g') entry.general = weight;
      else if (key === 'n') entry.negative = weight;
      else if (key === 'pen') entry.pension = true;
      else if (key === 'med') entry.medical = true;
      else {
        const topic = TOPIC_INDEX.get(key);
        if (topic === undefined || !(weight > 0)) throw new Error(`lexicon: bad weight ${token}`);
        entry.topics.push([topic, weight]);
      }
    }
    for (const form of forms) {
      terms.push(form);
      entryOf.push(entries.length);
    }
    entries.push(entry);
  }
  return { terms, entryOf, entries };
}

let cached: Lexicon | undefined;
let fingerprint: string | undefined;

/**
 * FNV-1a (32-bit) over the UTF-16 code units, as 8 hex digits. Hand-written: six lines, and it only has to
 * notice an edited lexicon, not resist a deliberate collision.
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Short hash of the lexicon text. The precomputed match index records the lexicon it was built with (at
 * data:build), and loadIndex refuses an index of another lexicon.
 */
export function lexiconFingerprint(): string {
  fingerprint ??= fnv1a(LINES);
  return fingerprint;
}

/** The shared lexicon, parsed on first use. */
export function lexicon(): Lexicon {
  cached ??= parseLexicon(LINES);
  return cached;
}

let scanner: Scanner | undefined;

/**
 * The lexicon's scanner, built once for page detection and question matching alike. A match reports its
 * entry (the index in `entries`): a variant counts as its canonical term.
 */
export function lexiconScanner(): Scanner {
  const lex = lexicon();
  scanner ??= buildScanner(lex.terms, lex.entryOf);
  return scanner;
}

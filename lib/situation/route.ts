import type { TopicId } from '../topics';
import type { ContributionScheme } from './contribution';
import { formatMonth, monthOfDay } from './month';
import type { TimelineScheme } from './timeline';

// Questions that carry the user's own numbers or dates go to a calculator with those inputs filled in
// (issue 17): 「社保基数6000个人每月扣多少钱」 → contribution at base 6000; 「断缴4个月了还能补吗」 → the timeline with a
// 4-month gap; 「3月份离职的现在还能补交吗」 → the timeline from March; 「北京灵活就业医保一个月多少钱」 → the 灵活就业
// calculator. Reads the normal form of the question (lib/engine/text normalizeQuestion).

export type Calculation =
  | {
      kind: 'timeline';
      inputs: { scheme: TimelineScheme; lastPaid: string; resume: null; gapMonths: number | null };
    }
  | { kind: 'contribution'; inputs: { scheme: ContributionScheme; base: number | null } };

export type CalculatorKind = Calculation['kind'];

/** The answers 「按我的情况算」 sits under, and which calculators it offers there (first: shown first). */
export const TOPIC_CALCULATORS: Partial<Record<TopicId, CalculatorKind[]>> = {
  balance_after_stop: ['timeline'],
  restore_after_stop: ['timeline'],
  waiting_period: ['timeline'],
  transfer: ['timeline'],
  scheme_switch: ['timeline'],
  payment_deadline: ['timeline'],
  flexible_employment: ['contribution', 'timeline'],
  contribution_rate: ['contribution'],
  contribution_base: ['contribution'],
  income_tax: ['contribution'],
};

/** The calculators under an answer of a topic; a routed question's comes first. */
export function calculatorsFor(topic: TopicId, routed: Calculation | null = null): CalculatorKind[] {
  const kinds = TOPIC_CALCULATORS[topic] ?? [];
  return routed ? [routed.kind, ...kinds.filter((k) => k !== routed.kind)] : [...kinds];
}

const CN_DIGIT: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 4, 十, 十二, 两 → a number (months and small counts only). */
function smallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? CN_DIGIT[tens]! : null;
  return (tens ? CN_DIGIT[tens]! : 1) * 10 + (ones ? CN_DIGIT[ones]! : 0);
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
/** 断缴4个月, 停缴了两个月, 4个月没交, 欠费3个月. */
const GAP = new RegExp(
  `(?:断缴|断交|断保|停缴|停交|停保|欠费|没交|没缴|未缴|未交)了?${NUM}个?月|${NUM}个?月(?:没|未|没有)(?:交|缴)`,
);
/** 3月份离职, 去年10月辞职, 2025年3月停缴. */
const LEFT = new RegExp(
  `(去年|今年|前年|(?:19|20)\\d{2}年)?${NUM}月份?(?:\\d{1,2}[号日])?(?:就|已经|刚)?(?:离职|辞职|停缴|断缴|停保|断保|失业|被裁|没交|没缴|不交了|断交)`,
);
/** The question asks what is paid (not what is received: 退休领多少 is a pension estimate). */
const PAYS = /(?:扣|交|缴|缴纳|扣除)(?:多少|几)|多少钱|费用|怎么算/;
const RECEIVES = /领|退休金|养老金(?:有|能|可以)?多少|拿多少|报销/;
const INSURANCE = /社保|医保|养老|五险|职工医疗|医疗保险/;
/** A monthly base or wage: 基数6000, 工资8000, 月薪1.2万, 6000的基数. */
const BASE =
  /(?:基数|工资|月薪|薪资|收入|税前)(?:是|为|按|在|有)?(\d+(?:\.\d+)?)(万|千|k)?|(\d+(?:\.\d+)?)(万|千|k)?(?:元|块)?的?(?:基数|工资|月薪)/;
const FLEXIBLE = /灵活就业|个体户|自由职业|自己交|自己缴/;
const PENSION_ONLY = /养老/;
const MEDICAL = /医保|医疗/;

function amount(value: string, unit: string | undefined): number {
  const n = Number(value);
  return unit === '万' ? n * 10000 : unit === '千' || unit === 'k' ? n * 1000 : n;
}

export function routeQuestion(normalized: string, today: string): Calculation | null {
  const now = monthOfDay(today);
  // 养老断缴 follows other rules (15 years in total, no waiting period): the timeline is medical only.
  const medicalGap = !PENSION_ONLY.test(normalized) || MEDICAL.test(normalized);
  const scheme = FLEXIBLE.test(normalized) ? 'flexible' : 'employee';

  const gap = GAP.exec(normalized);
  const gapMonths = gap ? smallNumber(gap[1] ?? gap[2]!) : null;
  if (now !== null && medicalGap && gapMonths !== null && gapMonths >= 1 && gapMonths <= 120) {
    // A gap of N months so far, resuming now: the last month paid is N + 1 months back.
    return {
      kind: 'timeline',
      inputs: { scheme, lastPaid: formatMonth(now - gapMonths - 1), resume: null, gapMonths },
    };
  }

  const left = LEFT.exec(normalized);
  const leftMonth = left ? smallNumber(left[2]!) : null;
  if (now !== null && medicalGap && left && leftMonth !== null && leftMonth >= 1 && leftMonth <= 12) {
    const thisYear = Math.floor(now / 12);
    const said = left[1];
    const year =
      said === '去年'
        ? thisYear - 1
        : said === '前年'
          ? thisYear - 2
          : said && said !== '今年'
            ? Number(said.slice(0, 4))
            : thisYear;
    let month = year * 12 + leftMonth - 1;
    // 「3月份离职」 asked in February means last year's March.
    if (!said && month > now) month -= 12;
    if (month <= now)
      return {
        kind: 'timeline',
        inputs: { scheme, lastPaid: formatMonth(month), resume: null, gapMonths: null },
      };
  }

  if (!INSURANCE.test(normalized) && !FLEXIBLE.test(normalized)) return null;
  if (!PAYS.test(normalized) || RECEIVES.test(normalized)) return null;
  const base = BASE.exec(normalized);
  if (base) {
    const value = base[1] !== undefined ? amount(base[1], base[2]) : amount(base[3]!, base[4]);
    if (value >= 100) return { kind: 'contribution', inputs: { scheme, base: value } };
  }
  if (scheme === 'flexible' && /一个月|每月|每个月|月缴|一年|每年|年缴|多少钱/.test(normalized))
    return { kind: 'contribution', inputs: { scheme, base: null } };
  return null;
}

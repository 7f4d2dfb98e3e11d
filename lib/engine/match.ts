import type { CompiledRecord } from '../dataset/schema';
import { routeQuestion, type Calculation } from '../situation/route';
import { answerRegion, type AnswerRegion, type CityFrom, type Scope } from '../scope';
import { TOPIC_IDS, type TopicId } from '../topics';
import { CLASS_IDS, OUT_OF_SCOPE, UNCOVERED, predict, ranked, type Model } from './classifier';
import { recordGramsOf, type MatchIndex } from './lookup';
import { questionPlace } from './place';
import { clauses, hanGrams } from './text';

// Answering a question: the classifier says what it is about (a topic, a social-insurance question we have no
// topic for, or not social insurance), with a calibrated probability; the place it names and the home city
// decide the region (lib/scope answerRegion); the records come from the (topic, region) buckets along city →
// province → national. Lookups are hash-map reads: the cost of a question does not grow with the dataset.

export type { Scope };

/** The classifier and one dataset's lookup tables. */
export interface Matcher {
  model: Model;
  index: MatchIndex;
}

export interface AskOptions {
  /** The user's home city code. */
  homeCity?: string | null;
  /** A city chosen for this lookup only (the popup's switcher). */
  choice?: string | null;
  /** Results at most (default 10). */
  limit?: number;
  /** YYYY-MM-DD: dates in the question (「3月份离职」) are read against it; without it none are routed. */
  today?: string;
}

export interface AskHit {
  record: CompiledRecord;
  topic: TopicId;
  scope: Scope;
  region: string;
  /** The rank key, 0..1: the topic's probability, the level (city first) and how close the record's phrasings are. */
  score: number;
  /** The calibrated probability that the question is about this hit's topic. */
  probability: number;
}

/**
 * What became of the question: answered (results non-empty, any scope); unsure (below the gate: no results,
 * the two likeliest topics as suggestions); no-record (a topic we know, but no record on the whole chain);
 * uncovered (social insurance, no topic of ours: the hotline to call); out-of-scope (not social insurance).
 */
export type Coverage = 'answered' | 'unsure' | 'no-record' | 'uncovered' | 'out-of-scope';

/** 12393 answers 医保, 12333 answers 人社 (养老, 失业, 工伤). */
export type Hotline = '12393' | '12333';

export interface AskResult {
  /** City used (lib/scope answerRegion): named in the question, else the choice, else the home city. */
  city: string | null;
  /** Its province, or the province named in the question when it names no city. */
  province: string | null;
  cityFrom: CityFrom;
  coverage: Coverage;
  /** For uncovered questions. */
  hotline: Hotline | null;
  /** The topics the question is about, main first (empty when it is not about one of ours). */
  topics: TopicId[];
  /** The two likeliest topics when unsure, else empty. */
  suggestions: TopicId[];
  results: AskHit[];
  /** The question carries the user's numbers or dates: the calculator to open, with those inputs. */
  calculation: Calculation | null;
}

const TOPIC_COUNT = TOPIC_IDS.length;
const LEVEL_FACTOR: Record<Scope, number> = { city: 1, province: 0.95, national: 0.9 };
/** Words that make an uncovered question a 医保 one (12393); the rest go to 人社 (12333). */
const MEDICAL = /医保|医疗|报销|门诊|住院|药|医院|大病|慢病|特病|特殊病|生育|试管|医|就诊/;

/** Two topics in one question: a clause that is, with confidence, about another topic than the whole. */
function secondTopic(
  matcher: Matcher,
  normalized: string,
  main: TopicId,
): { topic: TopicId; probability: number } | null {
  const parts = clauses(normalized);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const { probs } = predict(matcher.model, matcher.index.finder, part);
    const top = ranked(probs)[0]!;
    const id = CLASS_IDS[top]!;
    if (top < TOPIC_COUNT && id !== main && probs[top]! >= matcher.model.data.gate) {
      return { topic: id as TopicId, probability: probs[top]! };
    }
  }
  return null;
}

/** The records of one topic on the region's chain (the first level that has any), best first. */
function hitsFor(
  matcher: Matcher,
  topic: TopicId,
  probability: number,
  region: AnswerRegion,
  grams: string[],
): AskHit[] {
  const t = TOPIC_IDS.indexOf(topic);
  const { index } = matcher;
  for (const step of region.chain) {
    const bucket = index.data.buckets[`${t}:${step.region}`];
    if (!bucket) continue;
    return bucket
      .map((r) => {
        const recordGrams = recordGramsOf(index, r);
        let shared = 0;
        for (const gram of grams) if (recordGrams.has(gram)) shared++;
        const similarity = grams.length > 0 ? shared / grams.length : 0;
        return {
          record: index.dataset.records[r]!,
          topic,
          scope: step.scope,
          region: step.region,
          score:
            Math.round(probability * LEVEL_FACTOR[step.scope] * (0.85 + 0.15 * similarity) * 1000) / 1000,
          probability: Math.round(probability * 1000) / 1000,
        };
      })
      .sort((a, b) => b.score - a.score);
  }
  return [];
}

export function ask(matcher: Matcher, question: string, options: AskOptions = {}): AskResult {
  const limit = options.limit ?? 10;
  const { model, index } = matcher;
  const { normalized, probs } = predict(model, index.finder, question);
  const order = ranked(probs);
  const top = order[0]!;
  const topId = CLASS_IDS[top]!;
  const regionFor = (skipDestinations: boolean) =>
    answerRegion({
      question: questionPlace(index, normalized, skipDestinations),
      choice: options.choice,
      home: options.homeCity,
    });
  // Treatment in another city is paid under the insured place's rules: a destination does not override it.
  const region = regionFor(topId === 'remote_medical');
  const base = {
    city: region.city,
    province: region.province,
    cityFrom: region.cityFrom,
    hotline: null,
    suggestions: [],
    topics: [],
    results: [],
    calculation: options.today ? routeQuestion(normalized, options.today) : null,
  };
  if (topId === OUT_OF_SCOPE) return { ...base, coverage: 'out-of-scope', calculation: null };
  if (topId === UNCOVERED) {
    return { ...base, coverage: 'uncovered', hotline: MEDICAL.test(normalized) ? '12393' : '12333' };
  }
  const main = topId as TopicId;
  if (probs[top]! < model.data.gate) {
    const suggestions = order.filter((c) => c < TOPIC_COUNT).slice(0, 2);
    return { ...base, coverage: 'unsure', suggestions: suggestions.map((c) => CLASS_IDS[c] as TopicId) };
  }
  const second = secondTopic(matcher, normalized, main);
  const topics = second ? [main, second.topic] : [main];
  const grams = hanGrams(normalized).filter((gram) => gram.length === 2);
  const mainHits = hitsFor(matcher, main, probs[top]!, region, grams);
  // No record of the main topic anywhere on the chain: say so, never answer with another topic.
  if (mainHits.length === 0) return { ...base, coverage: 'no-record', topics };
  const secondHits = second ? hitsFor(matcher, second.topic, second.probability, region, grams) : [];
  return { ...base, coverage: 'answered', topics, results: [...mainHits, ...secondHits].slice(0, limit) };
}

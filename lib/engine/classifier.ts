import { TOPIC_IDS, type TopicId } from '../topics';
import type { CityFinder } from './cities';
import { lexiconInputs, questionFeatures } from './features';
import { normalizeQuestion } from './text';

// The question classifier: a linear model over questionFeatures with calibrated probabilities, learned at build
// time from the labelled questions (scripts/lib/model-train.ts) and shipped as data/generated/model.json. It
// knows the topics, social-insurance questions we have no topic for (uncovered), and questions that are not
// about social insurance at all (out-of-scope), learned from the negatives rather than from missing words.

export const OUT_OF_SCOPE = 'out-of-scope';
export const UNCOVERED = 'uncovered';
export type ClassId = TopicId | typeof OUT_OF_SCOPE | typeof UNCOVERED;
export const CLASS_IDS: readonly ClassId[] = [...TOPIC_IDS, OUT_OF_SCOPE, UNCOVERED];

/** The JSON form (data/generated/model.json). */
export interface SerializedModel {
  v: 1;
  /** CLASS_IDS when built; loadModel refuses another list. */
  classes: string[];
  /** Weights and biases are stored as integers: value × scale. */
  scale: number;
  bias: number[];
  /** feature → [class, weight, class, weight, …]: only the classes a feature moves noticeably. */
  features: Record<string, number[]>;
  /** Weights of the lexicon inputs (features.ts lexiconInputs), input-major: lex[i × classes + c]. */
  lex: number[];
  /** Softmax temperature fitted on the dev split (calibration). */
  temperature: number;
  /** A topic below this calibrated probability is not answered; the two likeliest are offered instead. */
  gate: number;
  /** Traditional → simplified characters, as pairs: "乾干與与…" (from opencc-js, for the characters we read). */
  t2s: string;
}

export interface Model {
  readonly data: SerializedModel;
  readonly t2s: ReadonlyMap<string, string>;
}

export function loadModel(data: SerializedModel): Model {
  if (data.v !== 1) throw new Error(`model: unsupported version ${String(data.v)}`);
  if (data.classes.join() !== CLASS_IDS.join()) throw new Error('model: class list differs; rebuild it');
  const chars = [...data.t2s];
  const t2s = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) t2s.set(chars[i]!, chars[i + 1]!);
  return { data, t2s };
}

export interface Prediction {
  /** The question in normal form (what the engine read). */
  normalized: string;
  /** Calibrated probability per class, in CLASS_IDS order. */
  probs: Float64Array;
}

/** What the model reads of one question. */
export interface Inputs {
  features: readonly string[];
  lex: Float64Array;
}

export function inputsOf(normalized: string, finder: CityFinder): Inputs {
  return { features: questionFeatures(normalized, finder), lex: lexiconInputs(normalized) };
}

/** Raw scores per class (the same arithmetic the trainer uses). */
export function logits(data: SerializedModel, { features, lex }: Inputs, out: Float64Array): void {
  const classes = out.length;
  for (let c = 0; c < classes; c++) out[c] = data.bias[c]! / data.scale;
  for (let i = 0; i < lex.length; i++) {
    const v = lex[i]! / data.scale;
    if (v === 0) continue;
    for (let c = 0; c < classes; c++) out[c]! += v * data.lex[i * classes + c]!;
  }
  if (features.length === 0) return;
  // Features count 1/√n each, so a long question does not outweigh a short one by its length alone.
  const unit = 1 / (data.scale * Math.sqrt(features.length));
  for (const feature of features) {
    const row = data.features[feature];
    if (!row) continue;
    for (let k = 0; k < row.length; k += 2) out[row[k]!]! += row[k + 1]! * unit;
  }
}

/** Softmax of logits / temperature, in place. */
export function softmax(values: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const v of values) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < values.length; c++) {
    values[c] = Math.exp((values[c]! - max) / temperature);
    sum += values[c]!;
  }
  for (let c = 0; c < values.length; c++) values[c]! /= sum;
  return values;
}

export function predict(model: Model, finder: CityFinder, question: string): Prediction {
  const normalized = normalizeQuestion(question, model.t2s);
  const probs = new Float64Array(CLASS_IDS.length);
  logits(model.data, inputsOf(normalized, finder), probs);
  return { normalized, probs: softmax(probs, model.data.temperature) };
}

/** Class indices by probability, highest first. */
export function ranked(probs: Float64Array): number[] {
  return [...probs.keys()].sort((a, b) => probs[b]! - probs[a]! || a - b);
}

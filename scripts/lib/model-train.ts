// Trains the question classifier (lib/engine/classifier.ts) at build time: multinomial logistic regression over
// questionFeatures, fitted with AdaGrad, then pruned and quantised, calibrated (a softmax temperature) and
// gated (the probability below which no answer is given) on the dev split. Hand-written: a few dozen lines of
// arithmetic, where an ML library would bring native code or a runtime far larger than the model. Deterministic:
// a seeded order and no clock, so the same inputs give the same model byte for byte.
import { gzipSync } from 'node:zlib';
import type { CityFinder } from '../../lib/engine/cities';
import {
  CLASS_IDS,
  inputsOf,
  logits,
  ranked,
  softmax,
  type ClassId,
  type Inputs,
  type SerializedModel,
} from '../../lib/engine/classifier';
import { LEX_INPUTS } from '../../lib/engine/features';
import { normalizeQuestion } from '../../lib/engine/text';

export interface Example {
  text: string;
  /** The class to learn (a topic's first acceptable topic). */
  cls: ClassId;
}

export interface DevExample {
  text: string;
  /** Every class that counts as right. */
  accept: ClassId[];
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Weights are stored as integers: value × scale. */
  scale?: number;
  /** Weights smaller than this (in stored integers) are dropped. */
  prune?: number;
  /** Features seen in fewer training questions than this are not learned. */
  minCount?: number;
  /** L1 strength on the n-gram weights (sparsity). */
  l1?: number;
}

/** mulberry32: a tiny seeded generator, so training order is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLASSES = CLASS_IDS.length;

interface Row {
  features: string[];
  lex: Float64Array;
  cls: number;
}

/** Fits the weights; returns them per feature (float), the lexicon inputs' weights and the biases. */
function fit(rows: Row[], options: Required<TrainOptions>) {
  const seen = new Map<string, number>();
  for (const row of rows) for (const f of row.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, n] of seen) if (n >= options.minCount) vocab.set(f, vocab.size);
  for (const row of rows) row.features = row.features.filter((f) => vocab.has(f));
  const w = new Float64Array(vocab.size * CLASSES);
  const g2 = new Float64Array(vocab.size * CLASSES).fill(1e-8);
  const b = new Float64Array(CLASSES);
  const b2 = new Float64Array(CLASSES).fill(1e-8);
  const lw = new Float64Array(LEX_INPUTS * CLASSES);
  const l2g = new Float64Array(LEX_INPUTS * CLASSES).fill(1e-8);
  // Rarer classes weigh more (by 1/√frequency), so thin topics are not drowned by the out-of-scope class.
  const count = new Float64Array(CLASSES);
  for (const row of rows) count[row.cls]!++;
  const classWeight = Float64Array.from(count, (n) => (n > 0 ? Math.sqrt(rows.length / (CLASSES * n)) : 0));
  const order = rows.map((_, i) => i);
  const next = random(20261207);
  const scores = new Float64Array(CLASSES);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, lex, cls } = rows[index]!;
      const ids = features.map((f) => vocab.get(f)!);
      const unit = 1 / Math.sqrt(ids.length || 1);
      for (let c = 0; c < CLASSES; c++) {
        let s = b[c]!;
        for (const id of ids) s += w[id * CLASSES + c]! * unit;
        for (let i = 0; i < LEX_INPUTS; i++) s += lex[i]! * lw[i * CLASSES + c]!;
        scores[c] = s;
      }
      softmax(scores);
      for (let c = 0; c < CLASSES; c++) {
        const grad = (scores[c]! - (c === cls ? 1 : 0)) * classWeight[cls]!;
        b2[c]! += grad * grad;
        b[c]! -= (options.rate * grad) / Math.sqrt(b2[c]!);
        for (const id of ids) {
          const k = id * CLASSES + c;
          const g = grad * unit + options.l2 * w[k]!;
          g2[k]! += g * g;
          const step = options.rate / Math.sqrt(g2[k]!);
          // Proximal L1 (AdaGrad-FOBOS): small weights become exactly zero, so the model stays small.
          const v = w[k]! - step * g;
          const shrink = step * options.l1;
          w[k] = v > shrink ? v - shrink : v < -shrink ? v + shrink : 0;
        }
        for (let i = 0; i < LEX_INPUTS; i++) {
          if (lex[i] === 0) continue;
          const k = i * CLASSES + c;
          const g = grad * lex[i]! + options.l2 * lw[k]!;
          l2g[k]! += g * g;
          lw[k]! -= (options.rate * g) / Math.sqrt(l2g[k]!);
        }
      }
    }
  }
  return { vocab, w, b, lw };
}

interface DevRow extends Inputs {
  accept: number[];
}

/** Mean negative log-likelihood of the right classes (their summed probability) on dev. */
function devLoss(model: SerializedModel, dev: DevRow[], t: number): number {
  const out = new Float64Array(CLASSES);
  let loss = 0;
  for (const row of dev) {
    logits(model, row, out);
    softmax(out, t);
    loss -= Math.log(
      Math.max(
        1e-12,
        row.accept.reduce((sum, c) => sum + out[c]!, 0),
      ),
    );
  }
  return loss / Math.max(1, dev.length);
}

/**
 * The gate: the probability below which a topic is not answered (the two likeliest are offered instead), chosen
 * on dev for the best utility: a right answer +1, a wrong one (or an answer to a question we should refuse) −1,
 * a suggestion 0. So a topic is answered when the model is right more often than wrong at that probability.
 */
function chooseGate(model: SerializedModel, dev: DevRow[]): number {
  const topicCount = CLASSES - 2;
  const preds = dev.map((row) => {
    const out = new Float64Array(CLASSES);
    logits(model, row, out);
    softmax(out, model.temperature);
    const top = ranked(out)[0]!;
    return { top, p: out[top]!, right: row.accept.includes(top) };
  });
  let best = { gate: 0, utility: -Infinity };
  for (let gate = 0; gate <= 0.8 + 1e-9; gate += 0.02) {
    let utility = 0;
    for (const { top, p, right } of preds) {
      if (top >= topicCount || p >= gate) utility += right ? 1 : -1;
    }
    if (utility > best.utility + 1e-9) best = { gate: Math.round(gate * 100) / 100, utility };
  }
  return best.gate;
}

export interface TrainedModel {
  model: SerializedModel;
  /** Figures for the build log. */
  report: { examples: number; features: number; kept: number; gzipKb: number; devLoss: number };
}

export function trainModel(
  examples: Example[],
  dev: DevExample[],
  finder: CityFinder,
  t2sFor: (vocabulary: Set<string>) => string,
  options: TrainOptions = {},
): TrainedModel {
  const opts: Required<TrainOptions> = {
    epochs: 30,
    rate: 0.4,
    scale: 100,
    prune: 4,
    minCount: 2,
    l1: 2e-4,
    l2: 1e-4,
    ...options,
  };
  const classIndex = new Map(CLASS_IDS.map((id, i) => [id, i]));
  // Training reads text in the same normal form as asking does, minus the traditional table (built below from
  // what the model reads; traditional questions in the corpus are learned through it).
  const inputs = (text: string, t2s?: ReadonlyMap<string, string>) =>
    inputsOf(normalizeQuestion(text, t2s), finder);
  // Tried and dropped: copies with a lexicon synonym swapped in (cross-validated topic accuracy fell 1.4 points)
  // and keeping only each feature's largest class weights (L1 below keeps the model as small for less loss).
  const rows: Row[] = examples.map((e) => {
    const { features, lex } = inputs(e.text);
    return { features: [...features], lex, cls: classIndex.get(e.cls)! };
  });
  const { vocab, w, b, lw } = fit(rows, opts);

  const features: Record<string, number[]> = {};
  let kept = 0;
  for (const [feature, id] of [...vocab].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const row: number[] = [];
    for (let c = 0; c < CLASSES; c++) {
      const q = Math.round(w[id * CLASSES + c]! * opts.scale);
      if (Math.abs(q) >= opts.prune) row.push(c, q);
    }
    if (row.length > 0) {
      features[feature] = row;
      kept++;
    }
  }
  const chars = new Set<string>();
  for (const feature of Object.keys(features)) for (const ch of feature) chars.add(ch);
  const model: SerializedModel = {
    v: 1,
    classes: [...CLASS_IDS],
    scale: opts.scale,
    bias: Array.from(b, (v) => Math.round(v * opts.scale)),
    features,
    lex: Array.from(lw, (v) => Math.round(v * opts.scale)),
    temperature: 1,
    gate: 0,
    t2s: t2sFor(chars),
  };
  const t2s = new Map<string, string>();
  const pairs = [...model.t2s];
  for (let i = 0; i + 1 < pairs.length; i += 2) t2s.set(pairs[i]!, pairs[i + 1]!);
  const devRows: DevRow[] = dev.map((d) => ({
    ...inputs(d.text, t2s),
    accept: d.accept.map((c) => classIndex.get(c)!),
  }));
  let best = { t: 1, loss: Infinity };
  for (let t = 0.3; t <= 3 + 1e-9; t += 0.05) {
    const loss = devLoss(model, devRows, t);
    if (loss < best.loss) best = { t: Math.round(t * 100) / 100, loss };
  }
  model.temperature = best.t;
  model.gate = chooseGate(model, devRows);
  const gzipKb = gzipSync(JSON.stringify(model), { level: 9 }).length / 1024;
  return {
    model,
    report: { examples: rows.length, features: vocab.size, kept, gzipKb, devLoss: best.loss },
  };
}

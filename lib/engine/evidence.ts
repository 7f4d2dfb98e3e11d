import { TOPIC_FAMILY, TOPIC_IDS } from '../topics';
import { lexicon } from './lexicon';

// Evidence per lexicon entry, folded into topic, general and negative sums: the scoring step shared by page
// detection and question matching. A fold visits only the entries that were given evidence, each without a
// branch (every entry has the same number of topic slots; an unused one adds to a spare sum), so it costs
// what a text contained: walking the whole lexicon with a loop per entry's topics cost as much as scanning a
// page's description. Like the scanner's counter, it is a closure over its arrays made once, which V8
// compiles with the arrays as constants.

export interface TopicEvidence {
  /** Per topic index (TOPIC_IDS order). */
  topics: number[];
  general: number;
  negative: number;
}

export interface Evidence {
  /** Adds evidence for a lexicon entry; `amount` must be positive. */
  add(entry: number, amount: number): void;
  /** The topic, general and negative sums, damping topics of the scheme not named; then empties itself. */
  fold(): TopicEvidence;
}

const TOPICS = TOPIC_IDS.length;
/** Topic slots per entry. */
const SLOTS = 3;
/** Per entry: general, negative, pension (0/1), medical (0/1), then the weights of its SLOTS topics. */
const STRIDE = 4 + SLOTS;

/**
 * Per topic index: what its evidence is multiplied by when pension words dominate (medical topics drop out:
 * a pension page or question never gets a 医保 answer; general ones are damped) and when medical words do.
 */
const WHEN_PENSION = Float64Array.from(TOPIC_IDS, (id) =>
  TOPIC_FAMILY[id] === 'medical' ? 0 : TOPIC_FAMILY[id] === 'general' ? 0.6 : 1,
);
const WHEN_MEDICAL = Float64Array.from(TOPIC_IDS, (id) => (TOPIC_FAMILY[id] === 'pension' ? 0.6 : 1));
const NEITHER = new Float64Array(TOPIC_IDS.length).fill(1);

function makeEvidence(): Evidence {
  const lex = lexicon();
  const count = lex.entries.length;
  const w = new Float64Array(count * STRIDE);
  /** The topic of each slot; TOPICS (the spare sum) for an unused one. */
  const topicOf = new Int32Array(count * SLOTS).fill(TOPICS);
  lex.entries.forEach((entry, e) => {
    if (entry.topics.length > SLOTS) throw new Error(`lexicon: ${entry.canon} has over ${SLOTS} topics`);
    w.set([entry.general, entry.negative, +entry.pension, +entry.medical], e * STRIDE);
    entry.topics.forEach(([topic, weight], k) => {
      topicOf[e * SLOTS + k] = topic;
      w[e * STRIDE + 4 + k] = weight;
    });
  });
  const values = new Float64Array(count);
  /** The entries with evidence, in the order first given: values[e] > 0 exactly for these. */
  const entries = new Int32Array(count);
  let size = 0;
  /** Topic sums during a fold, all zero between folds. */
  const sums = new Float64Array(TOPICS + 1);
  const add = (entry: number, amount: number): void => {
    const before = values[entry]!;
    if (before === 0) entries[size++] = entry;
    values[entry] = before + amount;
  };
  const fold = (): TopicEvidence => {
    let general = 0;
    let negative = 0;
    let pension = 0;
    let medical = 0;
    for (let k = 0; k < size; k++) {
      const e = entries[k]!;
      const ev = values[e]!;
      values[e] = 0;
      const o = e * STRIDE;
      general += ev * w[o]!;
      negative += ev * w[o + 1]!;
      pension += ev * w[o + 2]!;
      medical += ev * w[o + 3]!;
      const t = e * SLOTS;
      sums[topicOf[t]!]! += ev * w[o + 4]!;
      sums[topicOf[t + 1]!]! += ev * w[o + 5]!;
      sums[topicOf[t + 2]!]! += ev * w[o + 6]!;
    }
    size = 0;
    // Damp the topics of the scheme the text does not name.
    const factor =
      pension > 0 && pension >= 2 * medical
        ? WHEN_PENSION
        : medical > 0 && medical >= 2 * pension
          ? WHEN_MEDICAL
          : NEITHER;
    const topics = new Array<number>(TOPICS);
    for (let i = 0; i < TOPICS; i++) {
      topics[i] = factor[i]! * sums[i]!;
      sums[i] = 0;
    }
    sums[TOPICS] = 0;
    return { topics, general, negative };
  };
  return { add, fold };
}

let shared: Evidence | undefined;

/**
 * The one evidence accumulator, for page detection and question matching alike (both fold before they
 * return, so they never interleave).
 */
export function lexiconEvidence(): Evidence {
  shared ??= makeEvidence();
  return shared;
}

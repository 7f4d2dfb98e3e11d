import { describe, expect, it } from 'vitest';
import { normalizeQuestion, stripYears } from '../../../lib/engine/text';
import {
  OLDER_SETS,
  SPLIT,
  UNSEEN2,
  readJsonl,
  readSplit,
  trainingExamples,
} from '../../../scripts/lib/corpus';
import { loadDataset } from '../../../scripts/lib/engine-load';

// The labelled questions (tests/fixtures/questions/README.md): big enough, mostly real, a quarter out of
// scope, and a test split that nothing trained on is a near-duplicate of.

const splits = { train: readSplit(SPLIT.train), dev: readSplit(SPLIT.dev), test: readSplit(SPLIT.test) };
const all = [...splits.train, ...splits.dev, ...splits.test];

/** Near-duplicate: bigram Jaccard ≥ 0.55 after normalising (places and digits kept: stricter than the split). */
function bigrams(text: string): Set<string> {
  const s = stripYears(normalizeQuestion(text)).replace(/[^\u4e00-\u9fff]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}
function near(a: Set<string>, b: Set<string>): boolean {
  let inter = 0;
  for (const g of a) if (b.has(g)) inter++;
  return inter > 0 && inter / (a.size + b.size - inter) >= 0.55;
}

describe('the question corpus', () => {
  it('has at least 2000 labelled questions, mostly real, at least 25% out of scope', () => {
    expect(all.length).toBeGreaterThanOrEqual(2000);
    expect(all.filter((q) => q.kind === 'real').length / all.length).toBeGreaterThan(0.5);
    expect(all.filter((q) => q.label === 'out-of-scope').length / all.length).toBeGreaterThanOrEqual(0.25);
    expect(all.filter((q) => q.label === 'uncovered').length).toBeGreaterThan(100);
  });

  it('has a test split of at least 400 real titles over every class', () => {
    expect(splits.test.length).toBeGreaterThanOrEqual(400);
    expect(splits.test.every((q) => q.kind === 'real')).toBe(true);
    const firstTopics = new Set(splits.test.flatMap((q) => q.topics.slice(0, 1)));
    expect(firstTopics.size).toBeGreaterThanOrEqual(24);
  });

  it('trains on nothing near a test question, and never on the test split or unseen2', () => {
    const trained = trainingExamples(loadDataset()).map((e) => e.text);
    const testTexts = new Set(splits.test.map((q) => q.q));
    const unseen2 = readJsonl<{ query: string }>(UNSEEN2).map((q) => q.query);
    expect(trained.filter((t) => testTexts.has(t))).toEqual([]);
    expect(trained.filter((t) => unseen2.includes(t))).toEqual([]);
    expect(OLDER_SETS).not.toContain(UNSEEN2);
    const trainGrams = trained.map(bigrams);
    const close = splits.test
      .map((q) => ({ q: q.q, grams: bigrams(q.q) }))
      .filter(({ grams }) => trainGrams.some((t) => near(grams, t)))
      .map(({ q }) => q);
    expect(close).toEqual([]);
  });
});

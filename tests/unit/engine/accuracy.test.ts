// Accuracy on the labelled sets. The test split (tests/fixtures/questions/test.jsonl) is not read here: it is
// scored by the benchmark only, beside the previous engine, so that nobody tunes on it while running tests.
import { describe, expect, it } from 'vitest';
import {
  SETS,
  answersOf,
  evaluatePages,
  formatFigures,
  rate,
  readPageLabels,
  scoreAnswers,
} from '../../../scripts/lib/engine-eval';
import { getEngine } from './helpers';

async function figures(set: keyof typeof SETS) {
  const engine = await getEngine();
  const rows = SETS[set]();
  return Object.values(scoreAnswers(rows, answersOf(engine.matcher, rows), engine.dataset));
}

describe('labelled sets', () => {
  it('keeps the regression set (trained on) at 95% or better per figure', async () => {
    const result = await figures('regression');
    console.log(`\nregression set (trained on):\n${formatFigures(result)}`);
    for (const f of result)
      expect(rate(f), `${f.name}:\n${f.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('reports the dev split (calibration and gate are chosen on it)', async () => {
    const result = await figures('dev');
    console.log(`\ndev split:\n${formatFigures(result)}`);
    // Printed; the floor only catches a collapse (the benchmark reports the held-out test split).
    for (const f of result) expect(rate(f), f.name).toBeGreaterThanOrEqual(0.6);
  });

  it('reports the held-out unseen2 set', async () => {
    const result = await figures('unseen2');
    console.log(`\nunseen2 (never trained on):\n${formatFigures(result)}`);
    for (const f of result) expect(rate(f), f.name).toBeGreaterThanOrEqual(0.6);
  });

  it('detects pages with at least 95% accuracy per figure', async () => {
    const { finder } = await getEngine();
    const result = evaluatePages(readPageLabels(), finder);
    console.log(`\n${formatFigures(result)}`);
    for (const f of result)
      expect(rate(f), `${f.name}:\n${f.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});

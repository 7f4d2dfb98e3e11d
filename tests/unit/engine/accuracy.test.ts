// Accuracy on the labelled sets (written before tuning): each figure must be at least 95%.
// Question scopes follow the data; after adding records run tests/fixtures/engine/sync-scopes.ts --write.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ROUND2_JSONL,
  UNSEEN_JSONL,
  evaluatePages,
  evaluateQuestions,
  formatFigures,
  rate,
  readPageLabels,
  readQuestions,
} from '../../../scripts/lib/engine-eval';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { getEngine } from './helpers';

/**
 * A second held-out set, written before the generalisation round that tuned on questions-unseen.jsonl; its first
 * evaluation was topic 81.3%, region and scope 91.7%, rejection 100%. Never tuned on.
 */
const UNSEEN2_JSONL = join(REPO_ROOT, 'tests/fixtures/engine/questions-unseen2.jsonl');

describe('labelled sets', () => {
  it('has the required coverage', () => {
    const questions = readQuestions();
    const count = (tag: string) => questions.filter((q) => q.tags.includes(tag)).length;
    expect(questions.length).toBeGreaterThanOrEqual(200);
    expect(count('syn')).toBeGreaterThanOrEqual(40);
    expect(count('pinyin')).toBeGreaterThanOrEqual(30);
    expect(count('year')).toBeGreaterThanOrEqual(20);
    expect(count('override')).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.topic === null).length).toBeGreaterThanOrEqual(40);
    for (const q of questions.filter((q) => q.tags.includes('override'))) expect(q.city).not.toBe(q.home);
    const pages = readPageLabels();
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(pages.filter((p) => /gbk|gb2312/.test(p.file)).length).toBeGreaterThanOrEqual(2);
    expect(pages.some((p) => p.url.startsWith('https://fuwu.nhsa.gov.cn/') && p.url.includes('#/'))).toBe(
      true,
    );
  });

  it('answers questions with at least 95% accuracy per figure', async () => {
    const { index } = await getEngine();
    const figures = evaluateQuestions(index, readQuestions());
    console.log(`\n${formatFigures(figures)}`);
    for (const f of figures) {
      expect(rate(f), `${f.name}:\n${f.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('keeps the second-round questions at 95% or better too', async () => {
    const { index } = await getEngine();
    const figures = evaluateQuestions(index, readQuestions(ROUND2_JSONL));
    console.log(`\nsecond round (tuned on after its first look):\n${formatFigures(figures)}`);
    for (const f of figures) {
      expect(rate(f), `${f.name}:\n${f.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('reports accuracy on the first unseen set', async () => {
    const { index } = await getEngine();
    const figures = evaluateQuestions(index, readQuestions(UNSEEN_JSONL));
    // Printed, not asserted at 95%. Its misses (topic 70%, region and scope 82.5%) drove the generalisation
    // round, so it is no longer held out: questions-unseen2.jsonl is the honest estimate now.
    console.log(
      `\nfirst unseen set (its misses were studied in the generalisation round):\n${formatFigures(figures)}`,
    );
    for (const f of figures) expect(rate(f), f.name).toBeGreaterThanOrEqual(0.6);
  });

  it('reports accuracy on the second held-out set', async () => {
    const { index } = await getEngine();
    const figures = evaluateQuestions(index, readQuestions(UNSEEN2_JSONL));
    // Printed, not asserted at 95%, for the same reason as above; the floor only catches a collapse.
    console.log(`\nsecond unseen set (never tuned on):\n${formatFigures(figures)}`);
    for (const f of figures) expect(rate(f), f.name).toBeGreaterThanOrEqual(0.6);
  });

  it('detects pages with at least 95% accuracy per figure', async () => {
    const { finder } = await getEngine();
    const figures = evaluatePages(readPageLabels(), { cities: finder });
    console.log(`\n${formatFigures(figures)}`);
    for (const f of figures) {
      expect(rate(f), `${f.name}:\n${f.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});

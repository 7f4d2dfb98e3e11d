// Accuracy on the labelled sets (written before tuning): each figure must be at least 95%.
// Question scopes follow the data; after adding records run tests/fixtures/engine/sync-scopes.ts --write.
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
import { getEngine } from './helpers';

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

  it('reports accuracy on questions never tuned on', async () => {
    const { index } = await getEngine();
    const figures = evaluateQuestions(index, readQuestions(UNSEEN_JSONL));
    // Printed, not asserted at 95%: tuning to this set would make it one more training set. The floor only
    // catches a collapse.
    console.log(`\nunseen questions (never tuned on):\n${formatFigures(figures)}`);
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

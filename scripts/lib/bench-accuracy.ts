// The benchmark's accuracy section: the frozen test split (and the held-out unseen2 set) answered by the engine,
// beside the previous engine's committed answers to the same questions, and the shipped model's size per copy.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Dataset } from '../../lib/dataset/schema';
import type { Matcher } from '../../lib/engine/match';
import { QUESTIONS_DIR } from './corpus';
import { SETS, answersOf, baselineAnswers, rate, scoreAnswers } from './engine-eval';
import { MODEL_JSON, REPO_ROOT } from './paths';

export interface AccuracyRow {
  set: string;
  measure: string;
  ours: number;
  previous: number;
  n: number;
}

const pct = (x: number) => Math.round(x * 1000) / 10;

export function benchAccuracy(matcher: Matcher, dataset: Dataset): AccuracyRow[] {
  const rows: AccuracyRow[] = [];
  for (const set of ['test', 'unseen2'] as const) {
    const questions = SETS[set]();
    const ours = scoreAnswers(questions, answersOf(matcher, questions), dataset);
    const previous = scoreAnswers(
      questions,
      baselineAnswers(join(QUESTIONS_DIR, `baseline-${set}.jsonl`)),
      dataset,
    );
    for (const key of Object.keys(ours) as (keyof typeof ours)[]) {
      if (ours[key].total === 0) continue;
      rows.push({
        set,
        measure: ours[key].name,
        ours: pct(rate(ours[key])),
        previous: pct(rate(previous[key])),
        n: ours[key].total,
      });
    }
  }
  return rows;
}

/** The model's gzip size, and which built files carry a copy of it (each runtime that asks questions). */
export function modelCopies(): { gzipKb: number; copies: string[] } {
  const json = readFileSync(MODEL_JSON, 'utf8');
  const gzipKb = Math.round((gzipSync(json, { level: 9 }).length / 1024) * 10) / 10;
  // A model's temperature and gate line is unique enough to find it in a bundle.
  const marker = JSON.stringify((JSON.parse(json) as { t2s: string }).t2s).slice(1, 40);
  const built = join(REPO_ROOT, '.output/chrome-mv3');
  const copies: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js') && readFileSync(path, 'utf8').includes(marker))
        copies.push(path.slice(built.length + 1));
    }
  };
  if (existsSync(built)) walk(built);
  return { gzipKb, copies };
}

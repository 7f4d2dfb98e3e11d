// Accuracy of the engine on the labelled sets: the corpus splits (tests/fixtures/questions/), the older labelled
// questions, and the page fixtures. Shared by the unit tests, the benchmark (which also scores the previous
// engine's committed answers, side by side) and `tsx scripts/lib/engine-eval.ts [dev|regression|unseen2|pages]`,
// which prints every miss while tuning. Never used for tuning on the test split.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLASS_IDS, predict, ranked } from '../../lib/engine/classifier';
import type { CityFinder } from '../../lib/engine/cities';
import { detectDocument, type DetectOptions } from '../../lib/engine/detect';
import { placeFromHost } from '../../lib/regions/host';
import { ask, type AskResult, type Matcher } from '../../lib/engine/match';
import { answerRegion, type Scope } from '../../lib/scope';
import type { Dataset } from '../../lib/dataset/schema';
import type { TopicId } from '../../lib/topics';
import {
  OLDER_SETS,
  QUESTIONS_DIR,
  UNSEEN2,
  acceptedClasses,
  readJsonl,
  readSplit,
  type LabelledQuestion,
} from './corpus';
import { decodeHtml, parseHtml } from './engine-dom';
import { REPO_ROOT } from './paths';

export const PAGES_DIR = join(REPO_ROOT, 'tests/fixtures/pages');
export const PAGE_LABELS = join(PAGES_DIR, 'labels.json');
export const REGRESSION = OLDER_SETS[0]!;

export interface PageLabel {
  file: string;
  url: string;
  relevant: boolean;
  topics: string[];
  city: string | null;
  province?: string | null;
  placeFrom?: 'host' | 'body' | null;
  note?: string;
}

export function readPageLabels(): PageLabel[] {
  return (JSON.parse(readFileSync(PAGE_LABELS, 'utf8')) as { pages: PageLabel[] }).pages;
}

/** The older labelled sets' rows: one topic or null (out of scope), and the city they name or home. */
interface OlderRow {
  query: string;
  home: string | null;
  topic: TopicId | null;
  city: string | null;
}

/** An older set as corpus rows (its labelled scope is ignored: scope is derived from the dataset). */
export function readOlderSet(file: string): LabelledQuestion[] {
  return readJsonl<OlderRow>(file).map((row) => ({
    q: row.query,
    label: row.topic ? 'topic' : 'out-of-scope',
    topics: row.topic ? [row.topic] : [],
    // The older sets label the answering city; when it is the home city the question names none.
    region: row.city && row.city !== row.home ? row.city : null,
    home: row.home,
    kind: 'real',
  }));
}

export interface Figure {
  name: string;
  correct: number;
  total: number;
  misses: string[];
}

export const rate = (f: Figure) => (f.total === 0 ? 1 : f.correct / f.total);

function figure(name: string): Figure {
  return { name, correct: 0, total: 0, misses: [] };
}

function tally(f: Figure, ok: boolean, miss: () => string): void {
  f.total++;
  if (ok) f.correct++;
  else f.misses.push(miss());
}

/** What an engine answered, reduced to what the measures read. */
export interface Answer {
  coverage: AskResult['coverage'];
  /** Its reading, best first (top-1 is the first; top-2 the first two). */
  ranked: string[];
  city: string | null;
  province: string | null;
  /** The first result's topic and scope, if any. */
  first: { topic: string; scope: Scope } | null;
}

/** The level of the first record of `topic` along the chain of the expected region, or null when none. */
function derivedScope(
  dataset: Dataset,
  topic: string,
  city: string | null,
  province: string | null,
): Scope | null {
  const regions = new Set(dataset.records.filter((r) => r.topic === topic).map((r) => r.region));
  for (const step of answerRegion({ question: { city, province }, home: null }).chain)
    if (regions.has(step.region)) return step.scope;
  return null;
}

export function scoreAnswers(
  rows: LabelledQuestion[],
  answers: Answer[],
  dataset: Dataset,
): Record<'top1' | 'top2' | 'region' | 'rejection' | 'uncovered', Figure> {
  const f = {
    top1: figure('topic top-1'),
    top2: figure('right topic in top-2'),
    region: figure('region and derived scope'),
    rejection: figure('out-of-scope rejection'),
    uncovered: figure('uncovered recognised'),
  };
  rows.forEach((row, i) => {
    const a = answers[i]!;
    const got = () =>
      `${row.q} [home ${row.home ?? '-'}] → ${a.coverage} ${a.ranked.slice(0, 2).join('/')} city=${a.city ?? '-'} ` +
      `province=${a.province ?? '-'} first=${a.first ? `${a.first.topic}@${a.first.scope}` : '-'}`;
    const accept: string[] = acceptedClasses(row);
    if (row.label === 'out-of-scope') return tally(f.rejection, a.coverage === 'out-of-scope', got);
    if (row.label === 'uncovered') return tally(f.uncovered, a.coverage === 'uncovered', got);
    // A gated (unsure) question counts as wrong for top-1.
    const top1 = a.coverage !== 'unsure' && accept.includes(a.ranked[0] ?? '');
    tally(f.top1, top1, () => `${got()}; want ${accept.join('|')}`);
    tally(
      f.top2,
      a.ranked.slice(0, 2).some((t) => accept.includes(t)),
      () => `${got()}; want ${accept.join('|')}`,
    );
    const expected = answerRegion({
      question: row.region
        ? {
            city: row.region.endsWith('0000') ? null : row.region,
            province: row.region.endsWith('0000') ? row.region : null,
          }
        : null,
      home: row.home,
    });
    const scope = a.first ? derivedScope(dataset, a.first.topic, expected.city, expected.province) : null;
    tally(
      f.region,
      a.city === expected.city && a.province === expected.province && (!a.first || a.first.scope === scope),
      () =>
        `${got()}; want city=${expected.city ?? '-'} province=${expected.province ?? '-'} scope=${scope ?? '-'}`,
    );
  });
  return f;
}

/** The engine's answers to labelled rows. */
export function answersOf(matcher: Matcher, rows: LabelledQuestion[]): Answer[] {
  return rows.map((row) => {
    const result = ask(matcher, row.q, { homeCity: row.home });
    const { probs } = predict(matcher.model, matcher.index.finder, row.q);
    const first = result.results[0];
    return {
      coverage: result.coverage,
      ranked: ranked(probs).map((c) => CLASS_IDS[c]!),
      city: result.city,
      province: result.province,
      first: first ? { topic: first.topic, scope: first.scope } : null,
    };
  });
}

/** The previous engine's committed answers (tests/fixtures/questions/baseline-*.jsonl), in the same terms. */
export function baselineAnswers(file: string): Answer[] {
  interface Row {
    topics: string[];
    city: string | null;
    province: string | null;
    results: { topic: string; scope: Scope }[];
  }
  return readJsonl<Row>(file).map((row) => ({
    // It answered nothing and named no topic: its "not social insurance". It had no uncovered or unsure.
    coverage: row.results.length > 0 ? 'answered' : row.topics.length > 0 ? 'no-record' : 'out-of-scope',
    ranked: row.topics,
    city: row.city,
    province: row.province,
    first: row.results[0] ? { topic: row.results[0].topic, scope: row.results[0].scope } : null,
  }));
}

export const SETS = {
  test: () => readSplit(join(QUESTIONS_DIR, 'test.jsonl')),
  dev: () => readSplit(join(QUESTIONS_DIR, 'dev.jsonl')),
  regression: () => readOlderSet(REGRESSION),
  unseen2: () => readOlderSet(UNSEEN2),
};

/**
 * Page relevance, top topic, city and province on the page fixtures, detected as the background does (the
 * region-name table and the host's place).
 */
export function evaluatePages(labels: PageLabel[], cities: CityFinder): Figure[] {
  const options: DetectOptions = { cities, hostPlace: placeFromHost };
  const relevance = figure('page relevance');
  const topic = figure('page topic');
  const city = figure('page city');
  for (const label of labels) {
    const root = parseHtml(decodeHtml(readFileSync(join(PAGES_DIR, label.file))));
    const d = detectDocument(root, label.url, options);
    const got = `relevant=${d.relevant} score=${d.score} topics=${d.topics.join(',')} city=${d.city ?? '-'} province=${d.province ?? '-'} from=${d.placeFrom ?? '-'}`;
    tally(relevance, d.relevant === label.relevant, () => `${label.file} → ${got}`);
    if (label.relevant) {
      tally(
        topic,
        label.topics.includes(d.topics[0] ?? ''),
        () => `${label.file} → ${got}; want ${label.topics}`,
      );
      const placeOk =
        d.city === label.city &&
        (label.province === undefined || d.province === label.province) &&
        (label.placeFrom === undefined || d.placeFrom === label.placeFrom);
      tally(
        city,
        placeOk,
        () => `${label.file} → ${got}; want city ${label.city ?? '-'} province ${label.province ?? '-'}`,
      );
    }
  }
  return [relevance, topic, city];
}

export function formatFigures(figures: Figure[]): string {
  return figures
    .map((f) => `${f.name.padEnd(28)} ${(rate(f) * 100).toFixed(1).padStart(5)}%  (${f.correct}/${f.total})`)
    .join('\n');
}

async function main(): Promise<void> {
  const { loadEngine } = await import('./engine-load');
  const engine = await loadEngine();
  const which = (process.argv[2] ?? 'dev') as keyof typeof SETS | 'pages';
  if (which === 'pages') {
    const figures = evaluatePages(readPageLabels(), engine.finder);
    console.log(formatFigures(figures));
    for (const f of figures) for (const miss of f.misses) console.log(`  ${f.name}: ${miss}`);
    return;
  }
  if (which === 'test') throw new Error('the test split is for the benchmark only: tune on dev');
  const rows = SETS[which]();
  const figures = Object.values(scoreAnswers(rows, answersOf(engine.matcher, rows), engine.dataset));
  console.log(formatFigures(figures));
  for (const f of figures) for (const miss of f.misses) console.log(`  ${f.name}: ${miss}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

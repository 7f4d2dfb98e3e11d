// The labelled questions (tests/fixtures/questions/README.md) as the trainer and the evaluation read them.
// Training uses train.jsonl, the records' phrasings and the project's older labelled sets; dev.jsonl calibrates;
// test.jsonl and questions-unseen2.jsonl are never read here (a test checks it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassId } from '../../lib/engine/classifier';
import type { Dataset } from '../../lib/dataset/schema';
import { TOPIC_IDS, type TopicId } from '../../lib/topics';
import type { DevExample, Example } from './model-train';
import { REPO_ROOT } from './paths';

export const QUESTIONS_DIR = join(REPO_ROOT, 'tests/fixtures/questions');
export const SPLIT = {
  train: join(QUESTIONS_DIR, 'train.jsonl'),
  dev: join(QUESTIONS_DIR, 'dev.jsonl'),
  test: join(QUESTIONS_DIR, 'test.jsonl'),
};
/** The project's earlier labelled sets ({query, home, topic|null, city, scope}); topic null is out of scope. */
export const OLDER_SETS = [
  join(REPO_ROOT, 'tests/fixtures/questions.jsonl'),
  join(REPO_ROOT, 'tests/fixtures/engine/questions-round2.jsonl'),
  join(REPO_ROOT, 'tests/fixtures/engine/questions-unseen.jsonl'),
];
export const UNSEEN2 = join(REPO_ROOT, 'tests/fixtures/engine/questions-unseen2.jsonl');

export type Label = 'topic' | 'out-of-scope' | 'uncovered';

export interface LabelledQuestion {
  q: string;
  label: Label;
  topics: TopicId[];
  /** The city or province the question names. */
  region: string | null;
  home: string | null;
  kind: 'real' | 'rewrite' | 'authored';
}

const TOPIC_SET = new Set<string>(TOPIC_IDS);

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${file}:${i + 1}: ${(error as Error).message}`, { cause: error });
      }
    });
}

/** A split file, checked: a bad line fails with its file, line and field. */
export function readSplit(file: string): LabelledQuestion[] {
  return readJsonl<LabelledQuestion>(file).map((row, i) => {
    const where = `${file}:${i + 1}`;
    if (typeof row.q !== 'string' || !row.q.trim()) throw new Error(`${where}: q must be a non-empty string`);
    if (!['topic', 'out-of-scope', 'uncovered'].includes(row.label)) throw new Error(`${where}: bad label`);
    if (row.label === 'topic' && (row.topics.length < 1 || row.topics.length > 3))
      throw new Error(`${where}: topics must list 1 to 3 ids`);
    for (const t of row.topics) if (!TOPIC_SET.has(t)) throw new Error(`${where}: unknown topic ${t}`);
    return row;
  });
}

/** The classes that count as right for a labelled question. */
export function acceptedClasses(row: Pick<LabelledQuestion, 'label' | 'topics'>): ClassId[] {
  return row.label === 'topic' ? row.topics : [row.label];
}

interface OlderRow {
  query: string;
  topic: TopicId | null;
}

/** Everything the model is trained on. */
export function trainingExamples(dataset: Dataset): Example[] {
  const examples: Example[] = readSplit(SPLIT.train).map((row) => ({
    text: row.q,
    cls: acceptedClasses(row)[0]!,
  }));
  for (const record of dataset.records)
    for (const text of record.questions) examples.push({ text, cls: record.topic });
  // A question the older sets share with the held-out unseen2 set is left out, so unseen2 stays unseen.
  const heldOut = new Set(readJsonl<OlderRow>(UNSEEN2).map((row) => row.query));
  for (const file of OLDER_SETS)
    for (const row of readJsonl<OlderRow>(file))
      if (!heldOut.has(row.query)) examples.push({ text: row.query, cls: row.topic ?? 'out-of-scope' });
  return examples;
}

export function devExamples(): DevExample[] {
  return readSplit(SPLIT.dev).map((row) => ({ text: row.q, accept: acceptedClasses(row) }));
}

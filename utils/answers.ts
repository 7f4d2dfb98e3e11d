import { citedReferences, termsOf, type CitedReference } from '../lib/dataset/resolve';
import {
  DATASET_FORMAT,
  type CompiledRecord,
  type Dataset,
  type GlossaryTerm,
  type SourceItem,
} from '../lib/dataset/schema';
import type { MatchIndex } from '../lib/engine/lookup';
import type { DataState } from '../lib/messages';
import type { ChainStep, Scope } from '../lib/scope';
import type { TopicId } from '../lib/topics';
import { db, type BaozhiDB, type CurrentRow, type StoredItem, type StoredRecord } from './db';

// Where answers come from. Normally the IndexedDB copy (read with Dexie alone, so opening the popup parses no
// dataset); the bundled copy and the matcher are in ./bundled-source, loaded only when needed; while an import runs or when IndexedDB cannot be
// used (private window, quota, failed open), the dataset bundled with the extension. Every answer says which.

export type AnswerOrigin = 'database' | 'bundled';

/** A record with what it is shown with: its sources, the documents it cites, the terms it explains. */
export interface RecordView {
  record: CompiledRecord;
  items: SourceItem[];
  refs: CitedReference[];
  terms: GlossaryTerm[];
}

export interface FoundAnswer extends RecordView {
  scope: Scope;
  origin: AnswerOrigin;
}

export interface AnswerSource {
  origin: AnswerOrigin;
  version: string;
  hash: string;
  ranking: TopicId[];
  /** The answer for a topic: the first region of the chain (lib/scope answerRegion) that has one. */
  findAnswer(topic: TopicId, chain: readonly ChainStep[]): Promise<FoundAnswer | null>;
  /** One record by id, with what it is shown with. */
  getAnswer(id: string): Promise<RecordView | null>;
  /** Every record of one region (browse all topics for a city). */
  recordsForRegion(code: string): Promise<CompiledRecord[]>;
  /**
   * The dataset's lookup tables for free-text search (utils/search.ts runs the classifier over them; the
   * background never does, so the model stays out of its bundle).
   */
  lookupTables(): Promise<MatchIndex>;
}

function toRecord({ ds: _ds, ord: _ord, ...record }: StoredRecord): CompiledRecord {
  return record;
}
function toItem({ ds: _ds, ...item }: StoredItem): SourceItem {
  return item;
}

/** The IndexedDB copy of the current dataset. Reads run in read-only transactions, so they see one dataset. */
export function databaseSource(database: BaozhiDB, current: CurrentRow): AnswerSource {
  const ds = current.hash;
  const view = async (record: CompiledRecord): Promise<RecordView> => ({
    record,
    items: (await database.sources.bulkGet(record.sources.map((id) => [ds, id] as [string, string])))
      .filter((item) => item !== undefined)
      .map(toItem),
    refs: citedReferences(record, current.references),
    terms: termsOf(record, current.glossary),
  });
  let tables: Promise<MatchIndex> | undefined;
  return {
    origin: 'database',
    version: current.version,
    hash: ds,
    ranking: current.ranking,
    findAnswer: (topic, chain) =>
      database.transaction('r', database.answers, database.sources, async () => {
        for (const step of chain) {
          const row = await database.answers
            .where('[ds+topic+region]')
            .equals([ds, topic, step.region])
            .first();
          if (row) return { ...(await view(toRecord(row))), scope: step.scope, origin: 'database' as const };
        }
        return null;
      }),
    getAnswer: (id) =>
      database.transaction('r', database.answers, database.sources, async () => {
        const row = await database.answers.get([ds, id]);
        return row ? view(toRecord(row)) : null;
      }),
    recordsForRegion: async (code) =>
      (await database.answers.where('[ds+region]').equals([ds, code]).toArray()).map(toRecord),
    lookupTables() {
      // The tables refer to records by position, so search needs the dataset in memory: the bundled one when
      // it is what the database holds (the usual case), else the database's rows and their stored tables.
      tables ??= (async () => {
        const { bundled, bundledIndex, memorySource } = await import('./bundled-source');
        if (ds === bundled.hash) return memorySource(bundled, 'database', bundledIndex).lookupTables();
        const [rows, itemRows, indexRow] = await Promise.all([
          database.answers.where('ds').equals(ds).toArray(),
          database.sources.where('ds').equals(ds).toArray(),
          database.meta.get('index'),
        ]);
        if (indexRow?.key !== 'index' || indexRow.hash !== ds)
          throw new Error('no search index for this dataset');
        const dataset: Dataset = {
          version: current.version,
          hash: ds,
          ranking: current.ranking,
          format: DATASET_FORMAT,
          references: current.references,
          glossary: current.glossary,
          items: itemRows.map(toItem),
          records: rows.sort((a, b) => a.ord - b.ord).map(toRecord),
        };
        return memorySource(dataset, 'database', indexRow.json).lookupTables();
      })();
      return tables;
    },
  };
}

/** The source to use for a data state: the database when ready, else the bundled copy. */
export async function openAnswerSource(state: DataState, database: BaozhiDB = db): Promise<AnswerSource> {
  const bundledSource = async () => (await import('./bundled-source')).bundledSource();
  if (state.status !== 'ready') return bundledSource();
  try {
    const current = await database.meta.get('current');
    if (current?.key === 'current') return databaseSource(database, current);
  } catch {
    // A database that fails to open here is answered from the bundle; the background reports the state.
  }
  return bundledSource();
}

/**
 * Before the background has said its state: the database when it holds a complete dataset and no import is
 * under way, else the bundled copy. Saves extension pages a round trip to a possibly sleeping service worker.
 */
export async function openAnswerSourceEarly(database: BaozhiDB = db): Promise<AnswerSource> {
  try {
    const [current, pending] = await Promise.all([
      database.meta.get('current'),
      database.meta.get('pending'),
    ]);
    if (current?.key === 'current' && !pending) return databaseSource(database, current);
  } catch {
    // Falls through to the bundled copy, as openAnswerSource does.
  }
  return (await import('./bundled-source')).bundledSource();
}

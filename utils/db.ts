import Dexie, { type Table } from 'dexie';
import type { CompiledRecord, GlossaryTerm, Reference, SourceItem } from '../lib/dataset/schema';
import { upgradeRecord } from '../lib/dataset/upgrade';
import type { TopicId } from '../lib/topics';

// Rows carry the content hash of the dataset they belong to (`ds`). An import writes the new dataset's rows
// beside the old ones and then flips `meta.current` in one small transaction, so readers only ever see a
// complete dataset; the old rows are deleted afterwards.

export interface StoredRecord extends CompiledRecord {
  ds: string;
  /** Position in the dataset file: the match index refers to records by position. */
  ord: number;
}
export interface StoredItem extends SourceItem {
  ds: string;
}

export interface DatasetInfo {
  version: string;
  hash: string;
  recordCount: number;
  ranking: TopicId[];
  /** The documents records cite and the glossary: small, kept with the dataset's current row. */
  references: Reference[];
  glossary: GlossaryTerm[];
}

/** The dataset readers use. */
export interface CurrentRow extends DatasetInfo {
  key: 'current';
  importedAt: number;
  /** How long the import took (absent for data upgraded from schema version 1). */
  durationMs?: number;
  /** 'bundled' is replaced when the extension ships newer data; a user's 'file' is kept until reset. */
  origin: 'bundled' | 'file';
}
/** An import under way; if the browser stops, the next start sees it and redoes the import. */
export interface PendingRow {
  key: 'pending';
  origin: 'bundled' | 'file';
  version: string;
  hash: string;
  startedAt: number;
}
/** The serialised match index of the current dataset, when it is not the bundled one. */
export interface IndexRow {
  key: 'index';
  hash: string;
  json: string;
}
export type MetaRow = CurrentRow | PendingRow | IndexRow;

/** Schema version 1 (the foundation): one dataset, no staging. Kept so old databases upgrade. */
interface V1MetaRow {
  key: 'dataset';
  version: string;
  hash: string;
  recordCount: number;
  ranking: TopicId[];
  importedAt: number;
}

export class BaozhiDB extends Dexie {
  answers!: Table<StoredRecord, [string, string]>;
  sources!: Table<StoredItem, [string, string]>;
  meta!: Table<MetaRow, MetaRow['key']>;

  constructor(name = 'baozhi') {
    super(name);
    this.version(1).stores({ records: 'id, [topic+region], region', items: 'item', meta: 'key' });
    this.version(2)
      .stores({
        answers: '[ds+id], ds, [ds+topic+region], [ds+region]',
        sources: '[ds+item], ds',
      })
      .upgrade(async (tx) => {
        // Keep serving what the foundation imported until the next import replaces it.
        const old = (await tx.table('meta').get('dataset')) as V1MetaRow | undefined;
        if (!old) return;
        const ds = old.hash;
        const records = (await tx.table('records').toArray()) as CompiledRecord[];
        const items = (await tx.table('items').toArray()) as SourceItem[];
        await tx.table('answers').bulkPut(records.map((record, ord) => ({ ...record, ds, ord })));
        await tx.table('sources').bulkPut(items.map((item) => ({ ...item, ds })));
        const { key: _key, ...info } = old;
        // Version 4's upgrade adds the fields a format-2 current row has.
        await tx.table('meta').put({ key: 'current', origin: 'bundled', ...info });
        await tx.table('meta').delete('dataset');
      });
    this.version(3).stores({ records: null, items: null });
    // Format 2 records (periods, references, deadlines …): rows stored by an older release are upgraded in
    // place, adding only what the old format could not say (lib/dataset/upgrade.ts).
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('answers')
          .toCollection()
          .modify((row: StoredRecord, ref: { value: StoredRecord }) => {
            ref.value = upgradeRecord(row);
          });
        await tx
          .table('meta')
          .toCollection()
          .modify((row: Partial<CurrentRow>) => {
            if (row.key === 'current')
              Object.assign(row, { references: row.references ?? [], glossary: row.glossary ?? [] });
          });
      });
  }
}

export const db = new BaozhiDB();

import Dexie, { type EntityTable } from 'dexie';
import type { CompiledRecord, SourceItem } from '../lib/dataset/schema';
import type { TopicId } from '../lib/topics';

/** The one metadata row describing the dataset that is fully in the database. */
export interface DatasetMetaRow {
  key: 'dataset';
  version: string;
  hash: string;
  recordCount: number;
  ranking: TopicId[];
  importedAt: number;
}

// The background is the only writer; extension pages open the same database read-only by convention.
export class BaozhiDB extends Dexie {
  records!: EntityTable<CompiledRecord, 'id'>;
  items!: EntityTable<SourceItem, 'item'>;
  meta!: EntityTable<DatasetMetaRow, 'key'>;

  constructor(name = 'baozhi') {
    super(name);
    this.version(1).stores({
      records: 'id, [topic+region], region',
      items: 'item',
      meta: 'key',
    });
  }
}

export const db = new BaozhiDB();

import type { Dataset } from '../lib/dataset/schema';
import type { BaozhiDB } from './db';

/**
 * Writes `dataset` into the database in one transaction, so readers see either the old dataset or the
 * whole new one. Skips the work when the same content hash is already in place.
 */
export async function importDataset(db: BaozhiDB, dataset: Dataset): Promise<{ imported: boolean }> {
  const current = await db.meta.get('dataset');
  if (current?.hash === dataset.hash) return { imported: false };
  await db.transaction('rw', db.records, db.items, db.meta, async () => {
    await Promise.all([db.records.clear(), db.items.clear()]);
    await Promise.all([db.records.bulkPut(dataset.records), db.items.bulkPut(dataset.items)]);
    await db.meta.put({
      key: 'dataset',
      version: dataset.version,
      hash: dataset.hash,
      recordCount: dataset.records.length,
      ranking: dataset.ranking,
      importedAt: Date.now(),
    });
  });
  return { imported: true };
}

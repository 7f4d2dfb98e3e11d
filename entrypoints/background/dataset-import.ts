import { Dataset } from '../../lib/dataset/schema';
import { upgradeDataset } from '../../lib/dataset/upgrade';
import type { BaozhiDB, CurrentRow, IndexRow, PendingRow } from '../../utils/db';

export interface ImportOptions {
  /** Records per write transaction. */
  chunkSize?: number;
  /** Called with 0..1, at most once per whole percent. */
  onProgress?: (progress: number) => void;
  /** Serialised match index to keep with the dataset (imported files; the bundled one ships its own). */
  indexJson?: string;
  /** Test builds only: a pause between chunks so a browser can be closed mid-import. */
  chunkDelayMs?: number;
  /** Where the dataset came from (default: bundled with the extension). */
  origin?: 'bundled' | 'file';
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Imports `dataset` so that it becomes visible only when complete: rows are written in chunked bulk
 * transactions under the dataset's hash, then `current` flips in one transaction. An interrupted import
 * leaves the previous dataset serving and a `pending` row; calling this again redoes it (puts are
 * idempotent). An unchanged dataset (same hash) is not imported again.
 */
export async function importDataset(
  db: BaozhiDB,
  dataset: Dataset,
  options: ImportOptions = {},
): Promise<{ imported: boolean }> {
  const { chunkSize = 2000, onProgress, indexJson, chunkDelayMs = 0, origin = 'bundled' } = options;
  const current = await db.meta.get('current');
  if (current?.key === 'current' && current.hash === dataset.hash) return { imported: false };

  const ds = dataset.hash;
  const started = Date.now();
  const pending: PendingRow = {
    key: 'pending',
    origin,
    version: dataset.version,
    hash: ds,
    startedAt: Date.now(),
  };
  await db.meta.put(pending);
  await db.sources.bulkPut(dataset.items.map((item) => ({ ...item, ds })));

  let lastPercent = -1;
  const total = dataset.records.length;
  for (let start = 0; start < total; start += chunkSize) {
    const chunk = dataset.records
      .slice(start, start + chunkSize)
      .map((record, i) => ({ ...record, ds, ord: start + i }));
    await db.answers.bulkPut(chunk); // one transaction per chunk; puts inside are not awaited one by one
    const percent = Math.floor(((start + chunk.length) / total) * 100);
    if (percent !== lastPercent) {
      lastPercent = percent;
      onProgress?.(percent / 100);
    }
    if (chunkDelayMs) await pause(chunkDelayMs);
  }

  await db.transaction('rw', db.meta, async () => {
    const row: CurrentRow = {
      key: 'current',
      version: dataset.version,
      hash: ds,
      recordCount: total,
      ranking: dataset.ranking,
      references: dataset.references,
      glossary: dataset.glossary,
      importedAt: Date.now(),
      durationMs: Date.now() - started,
      origin,
    };
    await db.meta.put(row);
    if (indexJson) {
      const index: IndexRow = { key: 'index', hash: ds, json: indexJson };
      await db.meta.put(index);
    } else await db.meta.delete('index');
    await db.meta.delete('pending');
  });
  await removeOtherDatasets(db, ds);
  return { imported: true };
}

/** Deletes rows of every dataset but `keep` (old versions, and leftovers of abandoned imports). */
export async function removeOtherDatasets(db: BaozhiDB, keep: string): Promise<void> {
  await db.answers.where('ds').notEqual(keep).delete();
  await db.sources.where('ds').notEqual(keep).delete();
}

/**
 * Validates a whole dataset file before anything is written. Returns the dataset, or the first problems
 * (field path and message) so the user can see what is wrong and where.
 */
export function parseDatasetFile(text: string): { dataset: Dataset } | { problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [`not JSON: ${(error as Error).message}`] };
  }
  // A file an older release exported is upgraded first; what then does not fit is refused whole.
  const parsed = Dataset.safeParse(upgradeDataset(json));
  if (!parsed.success) {
    return {
      problems: parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
    };
  }
  const ids = new Set<string>();
  const items = new Set(parsed.data.items.map((item) => item.item));
  const problems: string[] = [];
  parsed.data.records.forEach((record, i) => {
    if (ids.has(record.id)) problems.push(`records.${i}.id: duplicate id ${record.id}`);
    ids.add(record.id);
    for (const source of record.sources) {
      if (!items.has(source)) problems.push(`records.${i}.sources: unknown item ${source}`);
    }
  });
  return problems.length ? { problems: problems.slice(0, 5) } : { dataset: parsed.data };
}

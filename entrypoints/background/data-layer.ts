import { browser } from '#imports';
import bundledJson from '../../data/generated/dataset.json';
import { Dataset } from '../../lib/dataset/schema';
import { buildIndex, serializeIndex } from '../../lib/engine/lookup';
import { DATA_STATE_KEY, type DataState, type ImportResult } from '../../lib/messages';
import { homeCities, provinces } from '../../lib/regions';
import { importDataset, parseDatasetFile, removeOtherDatasets } from './dataset-import';
import { db, type BaozhiDB, type CurrentRow } from '../../utils/db';
import { hasTestFlag } from '../../utils/test-flags';

// The background's data layer: the only writer of the database. Its state is pushed to open extension
// pages ('data-state' messages) and answered on request ('get-data-state').

let state: DataState = { status: 'initialising' };
let running: Promise<unknown> = Promise.resolve();

export function getDataState(): DataState {
  return state;
}

function setState(next: DataState): void {
  state = next;
  // No page may be open to listen; that is fine.
  browser.runtime.sendMessage({ type: 'data-state', state: next }).catch(() => undefined);
  // Kept where a page reads it without waking the worker (a tab's kept popup start needs its dataset current).
  if (next.status !== 'importing')
    browser.storage.session.set({ [DATA_STATE_KEY]: next }).catch(() => undefined);
}

function ready(row: CurrentRow): DataState {
  return {
    status: 'ready',
    version: row.version,
    hash: row.hash,
    recordCount: row.recordCount,
    importedAt: row.importedAt,
    durationMs: row.durationMs,
  };
}

/** Maps an IndexedDB failure to the reason the user is shown. */
export function unavailableState(error: unknown): DataState {
  const name =
    (error as { name?: string; inner?: { name?: string } })?.inner?.name ?? (error as Error)?.name ?? '';
  const detail = String((error as Error)?.message ?? error).slice(0, 500);
  if (/Quota/i.test(name) || /quota/i.test(detail)) return { status: 'unavailable', reason: 'quota', detail };
  if (/InvalidState|Security|MissingAPI/i.test(name))
    return { status: 'unavailable', reason: 'private', detail };
  return { status: 'unavailable', reason: 'open-failed', detail };
}

async function runImport(
  database: BaozhiDB,
  dataset: Dataset,
  origin: 'bundled' | 'file',
  indexJson?: string,
) {
  setState({ status: 'importing', version: dataset.version, progress: 0 });
  await importDataset(database, dataset, {
    origin,
    indexJson,
    onProgress: (progress) => setState({ status: 'importing', version: dataset.version, progress }),
    chunkSize: hasTestFlag('slow-import') ? 2 : undefined,
    chunkDelayMs: hasTestFlag('slow-import') ? 500 : 0,
  });
  const current = await database.meta.get('current');
  if (current?.key === 'current') setState(ready(current));
}

/** Serialises data-layer work: one import at a time. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const next = running.then(work, work);
  running = next.catch(() => undefined);
  return next;
}

/**
 * Runs at every service-worker start: opens the database, finishes or redoes an interrupted import of the
 * bundled data, and imports the bundled data when the database has none or an older bundled version.
 */
export function startDataLayer(database: BaozhiDB = db): Promise<void> {
  return exclusive(async () => {
    if (hasTestFlag('unavailable')) {
      setState({ status: 'unavailable', reason: 'forced', detail: 'test build: IndexedDB switched off' });
      return;
    }
    try {
      await database.open();
      const bundled = Dataset.parse(bundledJson);
      const [current, pending] = await Promise.all([
        database.meta.get('current'),
        database.meta.get('pending'),
      ]);
      const cur = current?.key === 'current' ? current : undefined;
      const pend = pending?.key === 'pending' ? pending : undefined;
      if (pend?.origin === 'file') {
        // The file is gone with the closed page: drop the half import and keep serving the current data.
        await database.meta.delete('pending');
        if (cur) await removeOtherDatasets(database, cur.hash);
      }
      if (!cur || (cur.origin === 'bundled' && cur.hash !== bundled.hash) || pend?.origin === 'bundled') {
        await runImport(database, bundled, 'bundled');
      } else {
        setState(ready(cur));
      }
    } catch (error) {
      console.error('保知: data layer unavailable', error);
      setState(unavailableState(error));
    }
  });
}

/** Imports a dataset file chosen by the user: validated whole first; a bad file changes nothing. */
export function importDatasetFile(text: string, database: BaozhiDB = db): Promise<ImportResult> {
  const parsed = parseDatasetFile(text);
  if ('problems' in parsed) return Promise.resolve({ ok: false, problems: parsed.problems });
  const { dataset } = parsed;
  return importKeepingOld(database, dataset, 'file', () =>
    serializeIndex(buildIndex(dataset, { cities: homeCities(), provinces: provinces() })),
  );
}

/**
 * Replaces whatever the database holds (an imported file, say) with the dataset bundled with the extension
 * (the options page's 恢复内置数据). Like any import, a failure keeps the data there was.
 */
export function restoreBundledDataset(database: BaozhiDB = db): Promise<ImportResult> {
  return importKeepingOld(database, Dataset.parse(bundledJson), 'bundled');
}

/** One import at a time; on failure the previous dataset keeps serving and the reason is returned. */
function importKeepingOld(
  database: BaozhiDB,
  dataset: Dataset,
  origin: 'bundled' | 'file',
  indexJson?: () => string,
): Promise<ImportResult> {
  if (state.status === 'unavailable')
    return Promise.resolve({ ok: false, problems: [`database: ${state.detail}`] });
  return exclusive(async () => {
    try {
      await runImport(database, dataset, origin, indexJson?.());
      return { ok: true as const, version: dataset.version, recordCount: dataset.records.length };
    } catch (error) {
      const current = await database.meta.get('current').catch(() => undefined);
      setState(current?.key === 'current' ? ready(current) : unavailableState(error));
      return {
        ok: false as const,
        problems: [`import failed, previous data kept: ${(error as Error).message}`],
      };
    }
  });
}

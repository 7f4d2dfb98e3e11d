import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import bundledJson from '../../../data/generated/dataset.json';
import type { Dataset } from '../../../lib/dataset/schema';
import type { DataState } from '../../../lib/messages';
import { importDataset } from '../../../entrypoints/background/dataset-import';
import {
  getDataState,
  importDatasetFile,
  restoreBundledDataset,
  startDataLayer,
  unavailableState,
} from '../../../entrypoints/background/data-layer';
import { BaozhiDB } from '../../../utils/db';
import { dataset, record } from './helpers';

const bundled = bundledJson as Dataset;
let db: BaozhiDB;
let pushed: DataState[];

beforeEach(() => {
  fakeBrowser.reset();
  db = new BaozhiDB(`layer-${Math.random()}`);
  pushed = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { state: DataState }) => {
    pushed.push(message.state);
  }) as never);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('startDataLayer', () => {
  it('imports the bundled dataset on first start, pushing importing then ready', async () => {
    await startDataLayer(db);
    expect(pushed[0]).toMatchObject({ status: 'importing', progress: 0 });
    expect(pushed.at(-1)).toMatchObject({
      status: 'ready',
      hash: bundled.hash,
      recordCount: bundled.records.length,
    });
    expect(getDataState()).toEqual(pushed.at(-1));
    expect(await db.answers.count()).toBe(bundled.records.length);
  });

  it('does not import again when the bundled dataset is already current', async () => {
    await startDataLayer(db);
    pushed = [];
    await startDataLayer(db);
    expect(pushed.map((state) => state.status)).toEqual(['ready']);
  });

  it('replaces an older bundled dataset but keeps a file the user imported', async () => {
    await importDataset(db, dataset('0000000000000000', [record('old.0', '000000', 'old')]));
    await startDataLayer(db);
    expect(await db.meta.get('current')).toMatchObject({ hash: bundled.hash });

    await importDataset(db, dataset('1111111111111111', [record('mine.0', '000000', 'mine')]), {
      origin: 'file',
    });
    await startDataLayer(db);
    expect(await db.meta.get('current')).toMatchObject({ hash: '1111111111111111', origin: 'file' });
  });

  it('redoes a bundled import that was cut short, and drops a half-imported file', async () => {
    await db.open();
    await db.meta.put({
      key: 'pending',
      origin: 'bundled',
      version: '1.0.0',
      hash: bundled.hash,
      startedAt: 1,
    });
    await startDataLayer(db);
    expect(await db.meta.get('pending')).toBeUndefined();
    expect(await db.meta.get('current')).toMatchObject({ hash: bundled.hash });

    await db.answers.put({ ...record('half.0', '000000', 'half'), ds: '2222222222222222', ord: 0 });
    await db.meta.put({
      key: 'pending',
      origin: 'file',
      version: '9.0.0',
      hash: '2222222222222222',
      startedAt: 1,
    });
    await startDataLayer(db);
    expect(await db.meta.get('pending')).toBeUndefined();
    expect(await db.answers.where('ds').equals('2222222222222222').count()).toBe(0);
    expect(getDataState()).toMatchObject({ status: 'ready', hash: bundled.hash });
  });

  it('reports an unavailable database with its reason', async () => {
    vi.spyOn(db, 'open').mockRejectedValue(
      Object.assign(new Error('QuotaExceededError: no room'), { name: 'QuotaExceededError' }),
    );
    await startDataLayer(db);
    expect(getDataState()).toMatchObject({ status: 'unavailable', reason: 'quota' });
  });
});

describe('unavailableState', () => {
  it('maps IndexedDB failures to reasons', () => {
    expect(unavailableState({ name: 'QuotaExceededError', message: 'x' })).toMatchObject({ reason: 'quota' });
    expect(unavailableState({ name: 'InvalidStateError', message: 'private mode' })).toMatchObject({
      reason: 'private',
    });
    expect(
      unavailableState({ name: 'DatabaseClosedError', inner: { name: 'MissingAPIError' }, message: 'x' }),
    ).toMatchObject({
      reason: 'private',
    });
    expect(unavailableState(new Error('boom'))).toMatchObject({ reason: 'open-failed', detail: 'boom' });
  });
});

describe('importDatasetFile', () => {
  it('rejects a bad file whole and keeps the old data', async () => {
    await startDataLayer(db);
    const bad = { ...bundled, records: [{ ...bundled.records[0], region: 'nowhere' }] };
    const result = await importDatasetFile(JSON.stringify(bad), db);
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/^records\.0\.region:/)] });
    expect(await db.meta.get('current')).toMatchObject({ hash: bundled.hash });
    expect(await db.answers.count()).toBe(bundled.records.length);
  });

  it('imports a good file with its own search index and reports ready', async () => {
    await startDataLayer(db);
    const mine = {
      ...bundled,
      version: '9.9.9',
      hash: 'abcdefabcdefabcd',
      records: bundled.records.slice(0, 5),
    };
    expect(await importDatasetFile(JSON.stringify(mine), db)).toEqual({
      ok: true,
      version: '9.9.9',
      recordCount: 5,
    });
    expect(getDataState()).toMatchObject({ status: 'ready', version: '9.9.9', recordCount: 5 });
    expect(await db.meta.get('index')).toMatchObject({ hash: 'abcdefabcdefabcd' });

    expect(await restoreBundledDataset(db)).toMatchObject({ ok: true, version: bundled.version });
    expect(getDataState()).toMatchObject({ status: 'ready', hash: bundled.hash });
  });
});

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importDataset, parseDatasetFile } from '../../../entrypoints/background/dataset-import';
import { BaozhiDB } from '../../../utils/db';
import { dataset, manyRecords, record } from './helpers';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';

let db: BaozhiDB;
beforeEach(() => {
  db = new BaozhiDB(`test-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('importDataset', () => {
  it('writes records and items under the dataset hash, then makes it current', async () => {
    const result = await importDataset(db, dataset(A, [record('a.410100', '410100', '郑州')]));
    expect(result.imported).toBe(true);
    expect(await db.answers.where('ds').equals(A).count()).toBe(1);
    expect(await db.sources.get([A, '000#0'])).toMatchObject({ complete: true });
    expect(await db.meta.get('current')).toMatchObject({ hash: A, recordCount: 1, origin: 'bundled' });
    expect(await db.meta.get('pending')).toBeUndefined();
  });

  it('does not import an unchanged dataset again', async () => {
    await importDataset(db, dataset(A, [record('a.410100', '410100', '郑州')]));
    const put = vi.spyOn(db.answers, 'bulkPut');
    expect((await importDataset(db, dataset(A, []))).imported).toBe(false);
    expect(put).not.toHaveBeenCalled();
  });

  it('writes in chunks and reports progress at most once per percent, ending at 1', async () => {
    const put = vi.spyOn(db.answers, 'bulkPut');
    const progress: number[] = [];
    await importDataset(db, dataset(A, manyRecords(1000, 'x')), {
      chunkSize: 7,
      onProgress: (p) => progress.push(p),
    });
    expect(put).toHaveBeenCalledTimes(Math.ceil(1000 / 7));
    expect(progress.length).toBeLessThanOrEqual(101);
    expect(new Set(progress).size).toBe(progress.length);
    expect(progress.at(-1)).toBe(1);
    expect(await db.answers.count()).toBe(1000);
  });

  it('replaces the previous dataset and removes its rows', async () => {
    await importDataset(db, dataset(A, manyRecords(10, 'old')));
    await importDataset(db, dataset(B, [record('new.0', '000000', '全国')], '2.0.0'));
    expect((await db.answers.toArray()).map((r) => r.id)).toEqual(['new.0']);
    expect(await db.sources.where('ds').equals(A).count()).toBe(0);
    expect(await db.meta.get('current')).toMatchObject({ hash: B, version: '2.0.0' });
  });

  it('keeps the previous dataset serving when an import stops halfway, and redoes it next time', async () => {
    await importDataset(db, dataset(A, manyRecords(10, 'old')));
    const realPut = db.answers.bulkPut.bind(db.answers);
    let calls = 0;
    vi.spyOn(db.answers, 'bulkPut').mockImplementation(((rows: never) => {
      if (++calls === 3) return Promise.reject(new Error('service worker stopped'));
      return realPut(rows);
    }) as typeof db.answers.bulkPut);
    await expect(importDataset(db, dataset(B, manyRecords(50, 'new')), { chunkSize: 10 })).rejects.toThrow();

    // Readers still see exactly the old dataset; the half-written one is pending.
    expect(await db.meta.get('current')).toMatchObject({ hash: A });
    expect(await db.meta.get('pending')).toMatchObject({ hash: B });
    expect(await db.answers.where('ds').equals(A).count()).toBe(10);

    vi.restoreAllMocks();
    expect((await importDataset(db, dataset(B, manyRecords(50, 'new')), { chunkSize: 10 })).imported).toBe(
      true,
    );
    expect(await db.answers.where('ds').equals(B).count()).toBe(50);
    expect(await db.answers.where('ds').equals(A).count()).toBe(0);
    expect(await db.meta.get('pending')).toBeUndefined();
  });

  it('keeps a search index with an imported file and drops it for bundled data', async () => {
    await importDataset(db, dataset(A, []), { origin: 'file', indexJson: '{"v":1}' });
    expect(await db.meta.get('index')).toMatchObject({ hash: A, json: '{"v":1}' });
    expect(await db.meta.get('current')).toMatchObject({ origin: 'file' });
    await importDataset(db, dataset(B, []));
    expect(await db.meta.get('index')).toBeUndefined();
  });
});

/** A record as releases before dataset format 2 wrote it: no periods, references …; reviewedAt. */
function formatOne(r: ReturnType<typeof record>) {
  const {
    references: _r,
    referencesNote: _n,
    period: _p,
    deadlines: _d,
    unverified: _u,
    notes: _o,
    writtenAt,
    ...rest
  } = r;
  return { ...rest, answer: { ...rest.answer, numbers: [] }, reviewedAt: writtenAt };
}

describe('schema upgrade from version 1 (the foundation)', () => {
  it('moves the foundation’s dataset into the staged tables and keeps serving it', async () => {
    const name = `v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ records: 'id, [topic+region], region', items: 'item', meta: 'key' });
    await v1
      .table('records')
      .bulkPut([
        formatOne(record('a.410100', '410100', '郑州')),
        formatOne(record('a.000000', '000000', '全国')),
      ]);
    await v1.table('items').put({ item: '000#0', title: 't', date: null, complete: true });
    await v1.table('meta').put({
      key: 'dataset',
      version: '0.1.0',
      hash: A,
      recordCount: 2,
      ranking: ['transfer'],
      importedAt: 5,
    });
    v1.close();

    const upgraded = new BaozhiDB(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(4);
    expect(upgraded.tables.map((table) => table.name).sort()).toEqual(['answers', 'meta', 'sources']);
    expect(
      await upgraded.answers.where('[ds+topic+region]').equals([A, 'balance_after_stop', '410100']).count(),
    ).toBe(1);
    expect(await upgraded.sources.get([A, '000#0'])).toMatchObject({ title: 't' });
    // Format 2: the old rows gain what their format could not say, and nothing else changes.
    const row = await upgraded.answers.get([A, 'a.410100']);
    expect(row).toMatchObject({
      writtenAt: '2026-11-22',
      period: null,
      references: [],
      deadlines: [],
      notes: [],
    });
    expect(row).not.toHaveProperty('reviewedAt');
    expect(await upgraded.meta.get('current')).toEqual({
      key: 'current',
      origin: 'bundled',
      version: '0.1.0',
      hash: A,
      recordCount: 2,
      ranking: ['transfer'],
      importedAt: 5,
      references: [],
      glossary: [],
    });
    await upgraded.delete();
  });
});

describe('parseDatasetFile', () => {
  const good = dataset(A, [record('a.410100', '410100', '郑州')]);

  it('accepts a valid file', () => {
    expect(parseDatasetFile(JSON.stringify(good))).toEqual({ dataset: good });
  });

  it('upgrades a file in the older format, and refuses one that then still does not fit, whole', () => {
    const { format: _f, references: _r, glossary: _g, ...old } = good;
    const oldFile = { ...old, records: good.records.map(formatOne) };
    const parsed = parseDatasetFile(JSON.stringify(oldFile));
    expect(parsed).toMatchObject({
      dataset: { format: 2, records: [{ id: 'a.410100', period: null, writtenAt: '2026-11-22' }] },
    });
    const broken = { ...oldFile, records: [{ ...oldFile.records[0], topic: 'nope' }] };
    expect(parseDatasetFile(JSON.stringify(broken))).toEqual({
      problems: [expect.stringMatching(/^records\.0\.topic/)],
    });
  });

  it('rejects what is not JSON, saying so', () => {
    expect(parseDatasetFile('{oops')).toEqual({ problems: [expect.stringMatching(/^not JSON/)] });
  });

  it('names the field path of schema problems, at most five', () => {
    const bad = { ...good, records: [{ ...good.records[0], topic: 'car_insurance', region: 'zz' }] };
    const result = parseDatasetFile(JSON.stringify(bad));
    expect('problems' in result && result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^records\.0\.topic:/),
        expect.stringMatching(/^records\.0\.region:/),
      ]),
    );
    const many = { ...good, records: Array.from({ length: 20 }, () => ({ id: 1 })) };
    const manyResult = parseDatasetFile(JSON.stringify(many));
    expect('problems' in manyResult && manyResult.problems.length).toBe(5);
  });

  it('rejects duplicate record ids and sources missing from the item table', () => {
    const dup = { ...good, records: [good.records[0]!, { ...good.records[0]!, sources: ['009#9'] }] };
    const result = parseDatasetFile(JSON.stringify(dup));
    expect('problems' in result && result.problems).toEqual([
      'records.1.id: duplicate id a.410100',
      'records.1.sources: unknown item 009#9',
    ]);
  });
});

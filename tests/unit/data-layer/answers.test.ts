import { searchAnswers } from '../../../utils/search';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import bundledJson from '../../../data/generated/dataset.json';
import type { Dataset } from '../../../lib/dataset/schema';
import { databaseSource, openAnswerSource } from '../../../utils/answers';
import { bundledIndex, bundledSource, memorySource } from '../../../utils/bundled-source';
import { importDataset } from '../../../entrypoints/background/dataset-import';
import { regionChain } from '../../../lib/scope';
import { BaozhiDB, type CurrentRow } from '../../../utils/db';
import { dataset, record } from './helpers';

const bundled = bundledJson as Dataset;
let db: BaozhiDB;
beforeEach(() => {
  db = new BaozhiDB(`answers-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

async function current(): Promise<CurrentRow> {
  const row = await db.meta.get('current');
  if (row?.key !== 'current') throw new Error('no current dataset');
  return row;
}

describe('memorySource', () => {
  it('rebuilds an index that another engine version built, instead of failing the search', async () => {
    const stale = { ...bundledIndex, lexicon: '00000000' };
    const source = memorySource(bundled, 'database', stale);
    const result = await searchAnswers(source, '郑州医保断交了卡里的钱还能用吗', { homeCity: null });
    expect(result.results[0]?.record.id).toBe('balance_after_stop.410100');
  });
});

describe('databaseSource', () => {
  it('falls back city → province → national and labels the origin', async () => {
    await importDataset(
      db,
      dataset('cccccccccccccccc', [
        record('a.410100', '410100', '郑州'),
        record('a.410000', '410000', '河南'),
        record('a.000000', '000000', '全国'),
      ]),
    );
    const source = databaseSource(db, await current());
    expect(await source.findAnswer('balance_after_stop', regionChain('410100'))).toMatchObject({
      scope: 'city',
      origin: 'database',
      record: { id: 'a.410100' },
    });
    expect(await source.findAnswer('balance_after_stop', regionChain('410300'))).toMatchObject({
      scope: 'province',
    });
    const beijing = await source.findAnswer('balance_after_stop', regionChain('110100'));
    expect(beijing).toMatchObject({ scope: 'national', record: { id: 'a.000000' } });
    expect(beijing?.record).not.toHaveProperty('ds');
    expect(beijing?.record).not.toHaveProperty('ord');
    expect(beijing?.items.map((item) => item.item)).toEqual(['000#0']);
    expect(await source.findAnswer('transfer', regionChain('410100'))).toBeNull();
    expect((await source.recordsForRegion('410000')).map((r) => r.id)).toEqual(['a.410000']);
    expect(await source.getAnswer('a.000000')).toMatchObject({ record: { id: 'a.000000' } });
  });

  it('searches the bundled dataset through the database with the engine', async () => {
    await importDataset(db, bundled);
    const source = databaseSource(db, await current());
    const result = await searchAnswers(source, '郑州医保断交了卡里的钱还能用吗', { homeCity: null });
    expect(result.results[0]?.record.id).toBe('balance_after_stop.410100');
    expect((await searchAnswers(source, '重庆哪家医院治腰痛好', { homeCity: '410100' })).results).toEqual([]);
  });
});

describe('openAnswerSource', () => {
  it('uses the database when ready and the bundled copy otherwise', async () => {
    await importDataset(db, bundled);
    const ready = {
      status: 'ready',
      version: '1',
      hash: bundled.hash,
      recordCount: 1,
      importedAt: 1,
    } as const;
    expect((await openAnswerSource(ready, db)).origin).toBe('database');
    expect((await openAnswerSource({ status: 'importing', version: '1', progress: 0.5 }, db)).origin).toBe(
      'bundled',
    );
    const forced = { status: 'unavailable', reason: 'forced', detail: '' } as const;
    expect((await openAnswerSource(forced, db)).origin).toBe('bundled');
  });

  it('answers from the bundled copy with the same content', async () => {
    const source = bundledSource();
    const found = await source.findAnswer('balance_after_stop', regionChain('410100'));
    expect(found).toMatchObject({
      origin: 'bundled',
      scope: 'city',
      record: { id: 'balance_after_stop.410100' },
    });
    expect(source.ranking[0]).toBe('balance_after_stop');
  });
});

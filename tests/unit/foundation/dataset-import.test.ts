import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { importDataset } from '../../../utils/dataset-import';
import { BaozhiDB } from '../../../utils/db';
import { findAnswer } from '../../../utils/lookup';

function record(id: string, region: string, conclusion: string): Dataset['records'][number] {
  return {
    id,
    topic: 'balance_after_stop',
    scheme: 'employee_medical',
    region,
    questions: ['断缴后余额怎么办'],
    answer: { conclusion, points: [], conditions: [], steps: [], channels: [], numbers: [] },
    sources: ['000#0'],
    conflicts: [],
    reviewedAt: '2026-11-22',
  };
}

function dataset(hash: string, records: Dataset['records']): Dataset {
  return {
    version: '1.0.0',
    hash,
    ranking: ['balance_after_stop'],
    items: [{ item: '000#0', title: '郑州职工医保断交以后余额怎么办', date: null, complete: true }],
    records,
  };
}

let db: BaozhiDB;
beforeEach(() => {
  db = new BaozhiDB(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('importDataset', () => {
  it('writes records, items and metadata', async () => {
    const result = await importDataset(
      db,
      dataset('aaaaaaaaaaaaaaaa', [record('a.410100', '410100', '郑州')]),
    );
    expect(result.imported).toBe(true);
    expect(await db.records.count()).toBe(1);
    expect(await db.items.get('000#0')).toMatchObject({ complete: true });
    expect(await db.meta.get('dataset')).toMatchObject({ hash: 'aaaaaaaaaaaaaaaa', recordCount: 1 });
  });

  it('does not import the same content hash twice', async () => {
    await importDataset(db, dataset('aaaaaaaaaaaaaaaa', [record('a.410100', '410100', '郑州')]));
    const again = await importDataset(db, dataset('aaaaaaaaaaaaaaaa', []));
    expect(again.imported).toBe(false);
    expect(await db.records.count()).toBe(1);
  });

  it('replaces the previous dataset completely', async () => {
    await importDataset(db, dataset('aaaaaaaaaaaaaaaa', [record('a.410100', '410100', '郑州')]));
    await importDataset(db, dataset('bbbbbbbbbbbbbbbb', [record('a.000000', '000000', '全国')]));
    expect((await db.records.toArray()).map((r) => r.id)).toEqual(['a.000000']);
  });
});

describe('findAnswer', () => {
  it('prefers the city, then the province, then the national rule', async () => {
    await importDataset(
      db,
      dataset('cccccccccccccccc', [
        record('a.410100', '410100', '郑州'),
        record('a.410000', '410000', '河南'),
        record('a.000000', '000000', '全国'),
      ]),
    );
    expect(await findAnswer(db, 'balance_after_stop', '410100')).toMatchObject({ scope: 'city' });
    const luoyang = await findAnswer(db, 'balance_after_stop', '410300');
    expect(luoyang).toMatchObject({ scope: 'province', record: { id: 'a.410000' } });
    const beijing = await findAnswer(db, 'balance_after_stop', '110100');
    expect(beijing).toMatchObject({ scope: 'national', record: { id: 'a.000000' } });
    expect(beijing?.items.map((item) => item.item)).toEqual(['000#0']);
    expect(await findAnswer(db, 'transfer', '410100')).toBeNull();
  });
});

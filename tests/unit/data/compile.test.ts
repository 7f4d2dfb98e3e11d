import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/dataset/canonical';
import { compareItemIds, compileDataset } from '../../../lib/dataset/compile';
import { CompiledRecord, type SourceRecord } from '../../../lib/dataset/schema';

const VALID = fileURLToPath(new URL('../../fixtures/data/valid', import.meta.url));
const base = (
  JSON.parse(readFileSync(join(VALID, 'records', 'contribution_rate.json'), 'utf8')) as {
    records: SourceRecord[];
  }
).records[0] as SourceRecord;
const meta = { version: '1.2.3', ranking: ['contribution_rate' as const] };

describe('dataset compilation', () => {
  it('stores each source item once, in reading order, and points records to item ids', () => {
    const second: SourceRecord = {
      ...structuredClone(base),
      id: 'contribution_rate.000000',
      region: '000000',
      sources: [...base.sources].reverse(),
    };
    const parts = compileDataset([base, second], meta);
    expect(parts.items.map((i) => i.item)).toEqual(['900#0', '900#1']);
    expect(parts.records.map((r) => r.id)).toEqual(['contribution_rate.000000', 'contribution_rate.350400']);
    expect(parts.records[0]?.sources).toEqual(['900#1', '900#0']);
    for (const r of parts.records) expect(CompiledRecord.safeParse(r).success).toBe(true);
    expect(parts.version).toBe('1.2.3');
  });

  it('refuses an item cited with different metadata by two records', () => {
    const other: SourceRecord = {
      ...structuredClone(base),
      id: 'contribution_rate.other',
      sources: [{ item: '900#1', title: '别的标题', date: '2025-04-28', complete: true }],
    };
    expect(() => compileDataset([base, other], meta)).toThrow(
      'item 900#1 is cited differently by records contribution_rate.350400 and contribution_rate.other',
    );
  });

  it('orders item ids numerically within a file', () => {
    expect(['001#0', '000#10', '000#2', '000#0'].sort(compareItemIds)).toEqual([
      '000#0',
      '000#2',
      '000#10',
      '001#0',
    ]);
  });

  it('hashes canonical JSON that ignores key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: '中' }, undefined], '10': true, '2': null })).toBe(
      '{"10":true,"2":null,"a":[{"c":"中"},null],"b":1}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});

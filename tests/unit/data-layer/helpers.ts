import type { Dataset } from '../../../lib/dataset/schema';
import type { TopicId } from '../../../lib/topics';

export function record(
  id: string,
  region: string,
  conclusion: string,
  topic: TopicId = 'balance_after_stop',
): Dataset['records'][number] {
  return {
    id,
    topic,
    scheme: 'employee_medical',
    region,
    questions: ['断缴后余额怎么办'],
    answer: { conclusion, points: [], conditions: [], steps: [], channels: [], numbers: [] },
    sources: ['000#0'],
    conflicts: [],
    references: [],
    referencesNote: 'test record',
    period: null,
    deadlines: [],
    unverified: [],
    notes: [],
    writtenAt: '2026-11-22',
  };
}

export function dataset(hash: string, records: Dataset['records'], version = '1.0.0'): Dataset {
  return {
    format: 2,
    version,
    hash,
    ranking: ['balance_after_stop'],
    items: [{ item: '000#0', title: '郑州职工医保断交以后余额怎么办', date: null, complete: true }],
    references: [],
    glossary: [],
    records,
  };
}

/** n records over a few regions, for chunking tests. */
export function manyRecords(n: number, prefix: string): Dataset['records'] {
  return Array.from({ length: n }, (_, i) =>
    record(`${prefix}.${i}`, i % 2 ? '410100' : '000000', `${prefix} ${i}`),
  );
}

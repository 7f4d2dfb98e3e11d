import type { CompiledRecord, Conflict, NumberFact } from '../../../lib/dataset/schema';
import { regionChain } from '../../../lib/scope';
import { regionParamsFrom, type RecordFilter } from '../../../lib/situation/region-params';
import type { TopicId } from '../../../lib/topics';

/** A record holding some figures (parameters among them), for calculators over made-up regions. */
export function paramRecord(
  id: string,
  topic: TopicId,
  region: string,
  numbers: Partial<NumberFact>[],
  conflicts: Conflict[] = [],
): CompiledRecord {
  return {
    id,
    topic,
    scheme: 'employee_medical',
    region,
    questions: ['q'],
    answer: {
      conclusion: 'c',
      points: [],
      conditions: [],
      steps: [],
      channels: [],
      numbers: numbers.map((n) => ({
        id: 'x',
        label: n.id ?? 'x',
        value: 0,
        unit: '%',
        period: null,
        ...n,
      })),
    },
    sources: ['000#0'],
    conflicts,
    references: [],
    referencesNote: 'test',
    period: null,
    deadlines: [],
    unverified: [],
    notes: [],
    writtenAt: '2026-12-01',
  };
}

/** The parameters of a city (or none: national) over the given records, as the popup and CLI build them. */
export function paramsFor(city: string | null, records: CompiledRecord[], accept?: RecordFilter) {
  return regionParamsFrom(records, regionChain(city), accept);
}

export const boundaryConflict: Conflict = {
  summary: '正好中断3个月算不算连续,说法不一',
  about: 'grace-boundary',
  claims: [
    { text: '中断不超过3个月补缴,视同连续', items: ['000#0', '001#0'] },
    { text: '停缴满3个月及以上可能冻结', items: ['001#17'] },
  ],
  position: '两种说法都列出',
};

import { PARAMS, type ParamId } from '../dataset/params';
import type { CompiledRecord, Conflict, Dispute, Period } from '../dataset/schema';
import type { ChainStep, Scope } from '../scope';
import type { TopicId } from '../topics';

// A region's rule parameters, read from the records along its chain (city → province → national): the first
// level that states a parameter gives it, labelled with that level, so a calculator can say "按全国通行做法".
// Within a level, the record of the parameter's own topic (lib/dataset/params.ts) comes first.

/** The records of one level of the chain (utils/situation.ts reads them from the answer source). */
export interface ChainRecords {
  step: ChainStep;
  records: readonly CompiledRecord[];
}

export interface ParamValue {
  id: ParamId;
  value: number;
  unit: string;
  label: string;
  period: Period | null;
  /** Only one post gives it (NumberFact.unverified): shown as 未经核实 wherever it is used. */
  unverified: boolean;
  scope: Scope;
  region: string;
  /** The record stating it: its sources and references are the figure's. */
  record: CompiledRecord;
}

export interface Reading {
  text: string;
  /** Seed item ids. */
  sources: string[];
}

/** A disagreement as a calculator shows it: every reading with its sources, the majority first. */
export interface DisputeView {
  summary: string;
  readings: Reading[];
  record: CompiledRecord;
}

export interface RegionParams {
  /** The answering region (the first level of the chain). */
  region: string;
  param(id: ParamId): ParamValue | null;
  /** The first record of a topic along the chain, with its level. */
  record(topic: TopicId): { record: CompiledRecord; scope: Scope } | null;
  /** The disagreement of a kind, in the given record first, else along the chain. */
  dispute(about: Dispute, prefer?: CompiledRecord | null): DisputeView | null;
}

/** Which records a calculator may read. */
export type RecordFilter = (record: CompiledRecord) => boolean;

/** A 灵活就业 record's figures (西安's 大额 8元/月) are that scheme's rules, never an employee's. */
export function recordsForScheme(scheme: 'employee' | 'flexible' | 'resident'): RecordFilter {
  return scheme === 'employee' ? (r) => r.topic !== 'flexible_employment' : () => true;
}

function view(conflict: Conflict, record: CompiledRecord): DisputeView {
  return {
    summary: conflict.summary,
    readings: conflict.claims.map((c) => ({ text: c.text, sources: [...c.items] })),
    record,
  };
}

export function regionParams(
  levels: readonly ChainRecords[],
  accept: RecordFilter = () => true,
): RegionParams {
  const usable = levels.map(({ step, records }) => ({ step, records: records.filter(accept) }));
  return {
    region: levels[0]?.step.region ?? '000000',
    param(id) {
      const topic = PARAMS[id].topic;
      for (const { step, records } of usable) {
        const ordered = [
          ...records.filter((r) => r.topic === topic),
          ...records.filter((r) => r.topic !== topic),
        ];
        for (const record of ordered) {
          const n = record.answer.numbers.find((x) => x.id === id);
          if (n)
            return {
              id,
              value: n.value,
              unit: n.unit,
              label: n.label,
              period: n.period,
              unverified: n.unverified === true,
              scope: step.scope,
              region: step.region,
              record,
            };
        }
      }
      return null;
    },
    record(topic) {
      for (const { step, records } of usable) {
        const record = records.find((r) => r.topic === topic);
        if (record) return { record, scope: step.scope };
      }
      return null;
    },
    dispute(about, prefer = null) {
      const inPreferred = prefer?.conflicts.find((c) => c.about === about);
      if (prefer && inPreferred) return view(inPreferred, prefer);
      for (const { records } of usable)
        for (const record of records) {
          const conflict = record.conflicts.find((c) => c.about === about);
          if (conflict) return view(conflict, record);
        }
      return null;
    },
  };
}

/** The parameters of a region from a whole dataset's records (the CLI; the popup reads level by level). */
export function regionParamsFrom(
  records: readonly CompiledRecord[],
  chain: readonly ChainStep[],
  accept?: RecordFilter,
): RegionParams {
  return regionParams(
    chain.map((step) => ({ step, records: records.filter((r) => r.region === step.region) })),
    accept,
  );
}

const SCOPE_RANK: Record<Scope, number> = { city: 0, province: 1, national: 2 };

/** The least local of some scopes: an answer is only as local as its least local part. */
export function widestScope(scopes: readonly (Scope | null | undefined)[]): Scope | null {
  let widest: Scope | null = null;
  for (const s of scopes) if (s && (!widest || SCOPE_RANK[s] > SCOPE_RANK[widest])) widest = s;
  return widest;
}

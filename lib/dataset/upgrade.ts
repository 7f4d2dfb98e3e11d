import { DATASET_FORMAT } from './schema';

// Upgrades what an older release wrote (a dataset file exported before format 2, or rows stored in IndexedDB by
// it) to today's shape, adding only what the old format could not say: no period (not known), no references,
// deadlines, single-source claims or notes; reviewedAt becomes writtenAt (it always meant when we wrote it).
// The result is validated as usual; anything that still does not fit is refused whole.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A format-1 record (or stored row) in format 2; a record already in format 2 comes back unchanged. */
export function upgradeRecord<T>(record: T): T {
  if (!isObject(record) || !('reviewedAt' in record) || 'writtenAt' in record) return record;
  const { reviewedAt, ...rest } = record;
  const answer: Json = isObject(rest.answer) ? rest.answer : {};
  const numbers: unknown[] = Array.isArray(answer.numbers) ? answer.numbers : [];
  return {
    ...rest,
    answer: {
      ...answer,
      numbers: numbers.map((n) => (isObject(n) && !('period' in n) ? { ...n, period: null } : n)),
    },
    references: [],
    referencesNote: 'Imported in an older format, without references.',
    period: null,
    deadlines: [],
    unverified: [],
    notes: [],
    writtenAt: reviewedAt,
  } as T;
}

/** A dataset file of format 1 (no `format` field) in format 2; other input comes back unchanged. */
export function upgradeDataset(raw: unknown): unknown {
  if (!isObject(raw) || 'format' in raw || !Array.isArray(raw.records)) return raw;
  return {
    format: DATASET_FORMAT,
    ...raw,
    references: [],
    glossary: [],
    records: raw.records.map(upgradeRecord),
  };
}

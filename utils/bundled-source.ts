import bundledIndexJson from '../data/generated/engine-index.json';
import bundledJson from '../data/generated/dataset.json';
import { citedReferences, termsOf } from '../lib/dataset/resolve';
import type { CompiledRecord, Dataset } from '../lib/dataset/schema';
import { buildIndex, loadIndex, type MatchIndex, type SerializedIndex } from '../lib/engine/lookup';
import { homeCities, provinces } from '../lib/regions';
import type { AnswerOrigin, AnswerSource, RecordView } from './answers';

// The bundled dataset is checked by data:build; it is trusted here to keep extension pages fast to open.
export const bundled = bundledJson as Dataset;
export const bundledIndex = bundledIndexJson as SerializedIndex;

/**
 * The stored lookup tables, or, when they do not fit (built by an older engine, say for a dataset file imported
 * before an update), tables rebuilt from the dataset: slower once, never wrong.
 */
function indexFor(json: SerializedIndex | string, dataset: Dataset): MatchIndex {
  try {
    return loadIndex(json, dataset);
  } catch {
    return buildIndex(dataset, { cities: homeCities(), provinces: provinces() });
  }
}

export function memorySource(
  dataset: Dataset,
  origin: AnswerOrigin,
  indexJson: SerializedIndex | string,
): AnswerSource {
  const items = new Map(dataset.items.map((item) => [item.item, item]));
  const view = (record: CompiledRecord): RecordView => ({
    record,
    items: record.sources.map((id) => items.get(id)).filter((item) => item !== undefined),
    refs: citedReferences(record, dataset.references),
    terms: termsOf(record, dataset.glossary),
  });
  const byKey = new Map(dataset.records.map((record) => [`${record.topic}|${record.region}`, record]));
  let index: Promise<MatchIndex> | undefined;
  return {
    origin,
    version: dataset.version,
    hash: dataset.hash,
    ranking: dataset.ranking,
    async findAnswer(topic, chain) {
      for (const step of chain) {
        const record = byKey.get(`${topic}|${step.region}`);
        if (record) return { ...view(record), scope: step.scope, origin };
      }
      return null;
    },
    async getAnswer(id) {
      const record = dataset.records.find((candidate) => candidate.id === id);
      return record ? view(record) : null;
    },
    async recordsForRegion(code) {
      return dataset.records.filter((record) => record.region === code);
    },
    lookupTables() {
      index ??= Promise.resolve().then(() => indexFor(indexJson, dataset));
      return index;
    },
  };
}

/** The bundled copy: always available. */
export function bundledSource(): AnswerSource {
  return memorySource(bundled, 'bundled', bundledIndex);
}

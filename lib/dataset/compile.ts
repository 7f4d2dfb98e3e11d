// Compiles authored records (data/records/*.json) into the shipped Dataset shape: source items are stored once
// in a table, and records point to them by id. Pure; the build script adds the hash (node:crypto).
import type * as z from 'zod/mini';
import type {
  CompiledRecord,
  DatasetMeta,
  GlossaryTerm,
  Reference,
  SourceItem,
  SourceRecord,
} from './schema';

/** Seed item ids in reading order: file prefix, then index (000#2 before 000#10). */
export function compareItemIds(a: string, b: string): number {
  const [fa = '', na = '0'] = a.split('#');
  const [fb = '', nb = '0'] = b.split('#');
  return fa < fb ? -1 : fa > fb ? 1 : Number(na) - Number(nb);
}

export interface CompiledParts {
  version: string;
  ranking: z.infer<typeof DatasetMeta>['ranking'];
  items: SourceItem[];
  references: Reference[];
  glossary: GlossaryTerm[];
  records: CompiledRecord[];
}

/**
 * Items in id order, records in id order. Throws when two records cite the same item with different title,
 * date or completeness: the table can hold only one.
 */
export function compileDataset(
  records: readonly SourceRecord[],
  meta: z.infer<typeof DatasetMeta>,
  references: readonly Reference[] = [],
  glossary: readonly GlossaryTerm[] = [],
): CompiledParts {
  const items = new Map<string, { item: SourceItem; recordId: string }>();
  for (const r of records) {
    for (const s of r.sources) {
      const seen = items.get(s.item);
      if (!seen) items.set(s.item, { item: s, recordId: r.id });
      else if (
        seen.item.title !== s.title ||
        seen.item.date !== s.date ||
        seen.item.complete !== s.complete
      ) {
        throw new Error(`item ${s.item} is cited differently by records ${seen.recordId} and ${r.id}`);
      }
    }
  }
  return {
    version: meta.version,
    ranking: meta.ranking,
    items: [...items.values()]
      .map(({ item }) => ({ item: item.item, title: item.title, date: item.date, complete: item.complete }))
      .sort((a, b) => compareItemIds(a.item, b.item)),
    // Only the references a record cites ship; all of them in id order.
    references: references
      .filter((r) => records.some((rec) => rec.references.some((c) => c.ref === r.id)))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    glossary: [...glossary],
    records: [...records]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => ({ ...r, sources: r.sources.map((s) => s.item) })),
  };
}

import type { CompiledRecord, GlossaryTerm, Reference } from './schema';

// What an answer shows beside its record: the documents it cites (each with the article cited) and the
// glossary terms its text uses. Resolved where the dataset's tables are at hand (utils/answers, the CLI).

export interface CitedReference extends Reference {
  article: string | null;
}

export function citedReferences(record: CompiledRecord, references: readonly Reference[]): CitedReference[] {
  const byId = new Map(references.map((r) => [r.id, r]));
  return record.references.flatMap((c) => {
    const ref = byId.get(c.ref);
    return ref ? [{ ...ref, article: c.article }] : [];
  });
}

/** The texts a reader meets first: where jargon must be explained. */
export function mainTexts(record: CompiledRecord): string[] {
  const a = record.answer;
  return [a.conclusion, ...a.points, ...a.conditions.flatMap((c) => [c.when, c.then]), ...a.steps];
}

export function termsOf(record: CompiledRecord, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const text = mainTexts(record).join('\n');
  return glossary.filter((g) => text.includes(g.term));
}

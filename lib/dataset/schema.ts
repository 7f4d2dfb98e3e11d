// zod/mini: the background validates with these schemas, and classic zod's JIT parsers use `new Function`,
// which extension pages and linters rightly reject.
import * as z from 'zod/mini';
import { SCHEME_IDS, TOPIC_IDS } from '../topics';

// One schema is the source of truth for the build check (scripts/), the runtime import
// (background) and the TypeScript types. Authored files in data/ use the "source" shapes;
// the build compiles them into the compact shipped `Dataset`.

/** Seed item id: first three digits of the seed file name, '#', index (0 = main answer). */
export const ItemId = z.string().check(z.regex(/^\d{3}#\d{1,2}$/, 'item id must look like 000#0'));

/** GB/T 2260 six-digit code; 000000 is national. */
export const RegionCode = z.string().check(z.regex(/^\d{6}$/, 'region code must be 6 digits'));

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'));
const Text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/** The time a figure, a window or a record holds for; `to` null while it still runs. */
export const Period = z.strictObject({ from: IsoDate, to: z.nullable(IsoDate) });

/** A number in an answer; `formula` derives it from other numbers of the same record. */
export const NumberFact = z.strictObject({
  /** snake_case; an id of lib/dataset/params.ts makes it a parameter the calculators read. */
  id: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, 'number id must be snake_case')),
  label: Text,
  value: z.number(),
  unit: Text,
  /** Arithmetic over other number ids: + - * / ( ) and literals, e.g. "base * rate / 100". */
  formula: z.optional(z.string()),
  /** What the figure holds for (a year's premium: that year); null for a standing rule, which says so. */
  period: z.nullable(Period),
  /** Only one post gives it: a calculator using it marks the result 未经核实. */
  unverified: z.optional(z.literal(true)),
});

/** A document an answer rests on, cited by id (data/references.json), with the article when it has them. */
export const Citation = z.strictObject({
  ref: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'reference id must be kebab-case')),
  /** 第五十四条; null when the whole document is meant. */
  article: z.nullable(Text),
});

/** A time window (a collection or back-payment period): once `until` has passed it is shown as past. */
export const Deadline = z.strictObject({ text: Text, until: IsoDate });

/** What one post claims and no other source confirms: shown as such, never as fact. */
export const Unverified = z.strictObject({ text: Text, items: z.array(ItemId).check(z.minLength(1)) });

export const Condition = z.strictObject({ when: Text, then: Text });

export const Channel = z.strictObject({
  kind: z.enum(['hotline', 'app', 'miniprogram', 'website', 'counter', 'employer']),
  name: Text,
  /** Phone number for hotlines (digits only), used for tel: links. */
  tel: z.optional(z.string().check(z.regex(/^\d{3,12}$/))),
});

export const Answer = z.strictObject({
  /** One sentence a worried person can read in two seconds. */
  conclusion: Text,
  points: z.array(Text),
  conditions: z.array(Condition),
  steps: z.array(Text),
  channels: z.array(Channel),
  numbers: z.array(NumberFact),
});

/** A seed item as cited by records: title and date are checked against the seeds. */
export const SourceItem = z.strictObject({
  item: ItemId,
  title: Text,
  /** Main answers carry no date. */
  date: z.nullable(IsoDate),
  /** False when the item is cut off mid-sentence in the seed. */
  complete: z.boolean(),
});

export const Claim = z.strictObject({
  text: Text,
  items: z.array(ItemId).check(z.minLength(1)),
});

/**
 * What a disagreement is about, where a calculator shows it beside a dated event (lib/situation/timeline.ts):
 * whether a gap of exactly grace_months keeps continuity, whether the personal account stays usable after
 * contributions stop, whether costs during the gap are claimable after back-payment.
 */
export const DISPUTES = ['grace-boundary', 'account-after-stop', 'gap-costs'] as const;
export type Dispute = (typeof DISPUTES)[number];

export const Conflict = z.strictObject({
  summary: Text,
  about: z.optional(z.enum(DISPUTES)),
  claims: z.array(Claim).check(z.minLength(2, 'a conflict needs at least two claims')),
  /** Which view the answer takes, and why. */
  position: Text,
});

export const SourceRecord = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, 'record id must be lowercase dotted snake_case')),
  topic: z.enum(TOPIC_IDS),
  scheme: z.enum(SCHEME_IDS),
  region: RegionCode,
  /** First entry is the main question (the title); the rest are alternate phrasings. */
  questions: z.array(Text).check(z.minLength(1)),
  answer: Answer,
  sources: z.array(SourceItem).check(z.minLength(1)),
  conflicts: z.array(Conflict),
  /** The laws and documents the rule comes from (政策依据), apart from the posts (网上说法). */
  references: z.array(Citation),
  /** Why a national rule cites no document (e.g. each place sets its own); required when references is empty. */
  referencesNote: z.optional(Text),
  /** The period of the figures in the conclusion; null for a standing rule. */
  period: z.nullable(Period),
  deadlines: z.array(Deadline),
  unverified: z.array(Unverified),
  /** Notes about the sources themselves (a post's wrong arithmetic, a mixed-up title), shown with them. */
  notes: z.array(Text),
  /** When we wrote the record (not a check of the figures). */
  writtenAt: IsoDate,
});

/** One authored file in data/records/. */
export const RecordsFile = z.strictObject({ records: z.array(SourceRecord) });

export const Exclusion = z.strictObject({
  item: ItemId,
  title: Text,
  reason: Text,
});

/** data/exclusions.json: seed items deliberately not answered, with the reason. */
export const ExclusionsFile = z.strictObject({ exclusions: z.array(Exclusion) });

/** data/references.json: the laws and official documents records cite. Add one only when sure of every field. */
export const Reference = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  title: Text,
  /** 文号 such as 国办发〔2021〕14号; null for a law (cited by article) or a document without one. */
  number: z.nullable(Text),
  issuer: Text,
  /** Adopted, issued or last amended, as the title says. */
  date: IsoDate,
  /** The rule it sets, in our words. */
  rule: Text,
});
export const ReferencesFile = z.strictObject({ references: z.array(Reference) });

/** data/glossary.json: jargon explained on first use in an answer. */
export const GlossaryTerm = z.strictObject({ term: Text, explanation: Text });
export const GlossaryFile = z.strictObject({ terms: z.array(GlossaryTerm) });

/** data/dataset.meta.json */
export const DatasetMeta = z.strictObject({
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'version must be semver')),
  /** Curated most-asked topics, most asked first. */
  ranking: z.array(z.enum(TOPIC_IDS)).check(z.minLength(1)),
});

// ---- Shipped, compiled form ----
// Items are stored once in a table and records point to them by id; empty arrays are kept
// (they are small) so readers never branch on absence.

export const CompiledRecord = z.extend(z.omit(SourceRecord, { sources: true }), {
  sources: z.array(ItemId).check(z.minLength(1)),
});

/** The shipped file format; an older file is upgraded (lib/dataset/upgrade.ts) or refused whole. */
export const DATASET_FORMAT = 2;

export const Dataset = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  /** First 16 hex chars of SHA-256 over the canonical JSON of items + records. */
  hash: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  ranking: z.array(z.enum(TOPIC_IDS)),
  items: z.array(SourceItem),
  references: z.array(Reference),
  glossary: z.array(GlossaryTerm),
  records: z.array(CompiledRecord),
});

export type NumberFact = z.infer<typeof NumberFact>;
export type Answer = z.infer<typeof Answer>;
export type SourceItem = z.infer<typeof SourceItem>;
export type Conflict = z.infer<typeof Conflict>;
export type SourceRecord = z.infer<typeof SourceRecord>;
export type CompiledRecord = z.infer<typeof CompiledRecord>;
export type Dataset = z.infer<typeof Dataset>;
export type Exclusion = z.infer<typeof Exclusion>;
export type Period = z.infer<typeof Period>;
export type Citation = z.infer<typeof Citation>;
export type Reference = z.infer<typeof Reference>;
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

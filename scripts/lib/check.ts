// The data checks behind `npm run data:check` (and the schema part of `npm run data:build`). Everything here
// takes already-loaded files and returns problems, so tests can feed it bad inputs.
import type * as z from 'zod/mini';
import {
  evaluateFormula,
  formulaRefs,
  formulaTolerance,
  parseFormula,
  type Expr,
} from '../../lib/dataset/formula';
import { DatasetMeta, Exclusion, GlossaryTerm, Reference, SourceRecord } from '../../lib/dataset/schema';
import type { LoadedFile } from './load';
import type { SeedItem } from './seeds';
import { checkRegionalFigures, checkTrust } from './check-trust';

export type ProblemKind =
  | 'file'
  | 'schema'
  | 'duplicate'
  | 'region'
  | 'place'
  | 'formula'
  | 'arithmetic'
  | 'source'
  | 'own-words'
  | 'coverage'
  | 'meta'
  | 'param'
  | 'validity'
  | 'reference'
  | 'order'
  | 'wording';

export interface Problem {
  kind: ProblemKind;
  /** Repo-relative file, or "seeds" for coverage problems. */
  file: string;
  /** Record id (or exclusion / seed item id); "-" when none applies. */
  id: string;
  /** Field path inside the record, e.g. answer.numbers[2].formula; "-" for the whole entry. */
  path: string;
  reason: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.id}: ${p.path}: ${p.reason}`;
}

export interface DataFiles {
  records: LoadedFile[];
  /** Absent for the build, which does not ship exclusions. */
  exclusions?: LoadedFile;
  meta: LoadedFile;
  references: LoadedFile;
  glossary: LoadedFile;
}

type SourceRecordT = z.infer<typeof SourceRecord>;
type ExclusionT = z.infer<typeof Exclusion>;
type MetaT = z.infer<typeof DatasetMeta>;
type ReferenceT = z.infer<typeof Reference>;
type GlossaryTermT = z.infer<typeof GlossaryTerm>;

export interface PlacedRecord {
  file: string;
  record: SourceRecordT;
}

/** The entries that passed the schema; later checks look only at these. */
export interface ValidData {
  records: PlacedRecord[];
  exclusions: { file: string; exclusion: ExclusionT; index: number }[];
  meta?: { file: string; meta: MetaT };
  references: { file: string; reference: ReferenceT }[];
  glossary: GlossaryTermT[];
}

/** Number of characters an answer may share with a seed before it counts as copied. */
export const COPY_RUN = 15;

export const EXCLUSIONS_FILE = 'data/exclusions.json';

// ---- 1. Schema ----

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '-';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  const last = issue.path.at(-1);
  const field = typeof last === 'number' ? issue.path.at(-2) : last;
  if (issue.code === 'invalid_value') {
    const topic = field === 'ranking' || field === 'topic';
    if (topic || field === 'scheme') {
      const list = topic ? 'TOPICS' : 'SCHEMES';
      return `unknown ${topic ? 'topic' : 'scheme'} ${JSON.stringify(input)} (see ${list} in lib/topics.ts)`;
    }
    return `must be one of ${issue.values.map((v) => String(v)).join(', ')} (got ${JSON.stringify(input)})`;
  }
  const got = typeof input === 'string' || typeof input === 'number' ? ` (got ${JSON.stringify(input)})` : '';
  return issue.code === 'invalid_format' ? issue.message + got : issue.message;
}

function issueProblems(
  file: string,
  id: string,
  error: z.core.$ZodError,
  prefix: PropertyKey[] = [],
): Problem[] {
  return error.issues.map((issue) => ({
    kind: 'schema',
    file,
    id,
    path: formatPath([...prefix, ...issue.path]),
    reason: describeIssue(issue),
  }));
}

function unreadable(f: LoadedFile): Problem | undefined {
  return f.error === undefined
    ? undefined
    : { kind: 'file', file: f.file, id: '-', path: '-', reason: f.error };
}

/**
 * The entries of a file shaped {"<key>": [...]}, or undefined after recording why it is not. The file level is
 * checked by hand and each entry with its Zod schema, so that one bad entry hides no other problem.
 */
function entriesOf(f: LoadedFile, key: string, problems: Problem[]): unknown[] | undefined {
  const bad = unreadable(f);
  if (bad) {
    problems.push(bad);
    return undefined;
  }
  const obj = f.json !== null && typeof f.json === 'object' ? (f.json as Record<string, unknown>) : {};
  const extra = Object.keys(obj).filter((k) => k !== key);
  if (extra.length > 0) {
    problems.push({
      kind: 'schema',
      file: f.file,
      id: '-',
      path: '-',
      reason: `unknown keys: ${extra.join(', ')}`,
    });
  }
  const list = obj[key];
  if (Array.isArray(list)) return list;
  problems.push({ kind: 'schema', file: f.file, id: '-', path: key, reason: `expected {"${key}": [...]}` });
  return undefined;
}

function stringField(raw: unknown, key: string): string | undefined {
  const v = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' && v ? v : undefined;
}

/**
 * Validates the files against lib/dataset/schema.ts: the {"records"} / {"exclusions"} wrappers by hand (that is
 * all RecordsFile and ExclusionsFile add), each entry with SourceRecord / Exclusion, the meta with DatasetMeta.
 */
export function validateSchemas(files: DataFiles): { problems: Problem[]; data: ValidData } {
  const problems: Problem[] = [];
  const data: ValidData = { records: [], exclusions: [], references: [], glossary: [] };
  const opts = { reportInput: true };

  for (const f of files.records) {
    entriesOf(f, 'records', problems)?.forEach((raw, index) => {
      const parsed = SourceRecord.safeParse(raw, opts);
      if (parsed.success) data.records.push({ file: f.file, record: parsed.data });
      else
        problems.push(...issueProblems(f.file, stringField(raw, 'id') ?? `records[${index}]`, parsed.error));
    });
  }

  const ex = files.exclusions;
  if (ex)
    entriesOf(ex, 'exclusions', problems)?.forEach((raw, index) => {
      const parsed = Exclusion.safeParse(raw, opts);
      if (parsed.success) data.exclusions.push({ file: ex.file, exclusion: parsed.data, index });
      else {
        const id = stringField(raw, 'item') ?? `exclusions[${index}]`;
        problems.push(...issueProblems(ex.file, id, parsed.error, ['exclusions', index]));
      }
    });

  entriesOf(files.references, 'references', problems)?.forEach((raw, index) => {
    const parsed = Reference.safeParse(raw, opts);
    if (parsed.success) data.references.push({ file: files.references.file, reference: parsed.data });
    else {
      const id = stringField(raw, 'id') ?? `references[${index}]`;
      problems.push(...issueProblems(files.references.file, id, parsed.error, ['references', index]));
    }
  });
  entriesOf(files.glossary, 'terms', problems)?.forEach((raw, index) => {
    const parsed = GlossaryTerm.safeParse(raw, opts);
    if (parsed.success) data.glossary.push(parsed.data);
    else {
      const id = stringField(raw, 'term') ?? `terms[${index}]`;
      problems.push(...issueProblems(files.glossary.file, id, parsed.error, ['terms', index]));
    }
  });

  const metaBad = unreadable(files.meta);
  if (metaBad) problems.push(metaBad);
  else {
    const parsed = DatasetMeta.safeParse(files.meta.json, opts);
    if (parsed.success) data.meta = { file: files.meta.file, meta: parsed.data };
    else problems.push(...issueProblems(files.meta.file, '-', parsed.error));
  }
  return { problems, data };
}

// ---- 2, 3, 6, 8. Structure: ids, regions, formulas, arithmetic, meta (no seeds needed) ----

function checkNumbers({ file, record }: PlacedRecord): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, kind: ProblemKind, reason: string) =>
    problems.push({ kind, file, id: record.id, path, reason });
  const numbers = record.answer.numbers;
  const values = new Map<string, number>();
  numbers.forEach((n, i) => {
    if (values.has(n.id)) at(`answer.numbers[${i}].id`, 'duplicate', `duplicate number id "${n.id}"`);
    else values.set(n.id, n.value);
  });

  const parsed = new Map<string, { expr: Expr; index: number }>();
  numbers.forEach((n, i) => {
    if (n.formula === undefined || parsed.has(n.id)) return;
    try {
      const expr = parseFormula(n.formula);
      const unknown = formulaRefs(expr).filter((ref) => !values.has(ref));
      if (unknown.length > 0) {
        const known = [...values.keys()].join(', ') || 'none';
        at(
          `answer.numbers[${i}].formula`,
          'formula',
          `unknown number id ${unknown.map((u) => `"${u}"`).join(', ')} (this record has: ${known})`,
        );
      } else parsed.set(n.id, { expr, index: i });
    } catch (e) {
      at(`answer.numbers[${i}].formula`, 'formula', `cannot parse "${n.formula}": ${(e as Error).message}`);
    }
  });

  // Cycles: depth-first over formula references; each cycle reported once, at its first number.
  const state = new Map<string, 'active' | 'done'>();
  const inCycle = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'active') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const first = parsed.get(id);
      if (first)
        at(`answer.numbers[${first.index}].formula`, 'formula', `formula cycle: ${cycle.join(' → ')}`);
      for (const c of cycle) inCycle.add(c);
      return;
    }
    const node = parsed.get(id);
    if (!node) return;
    state.set(id, 'active');
    for (const ref of formulaRefs(node.expr)) visit(ref, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of parsed.keys()) visit(id, []);

  // Each formula is recomputed from the stated values of the numbers it uses (a wrong input is flagged on its own).
  for (const [id, { expr, index }] of parsed) {
    if (inCycle.has(id)) continue;
    const n = numbers[index];
    if (!n) continue;
    try {
      const computed = evaluateFormula(expr, (ref) => values.get(ref));
      if (Math.abs(computed - n.value) > formulaTolerance(n.value)) {
        const shown = Number(computed.toFixed(6));
        at(`answer.numbers[${index}].value`, 'arithmetic', `${n.value} but "${n.formula}" gives ${shown}`);
      }
    } catch (e) {
      at(`answer.numbers[${index}].formula`, 'formula', (e as Error).message);
    }
  }
  return problems;
}

/** Checks that need no seeds: unique ids, known regions, formulas and arithmetic, the meta file. */
export function checkStructure(data: ValidData, regionCodes: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const firstFile = new Map<string, string>();
  for (const placed of data.records) {
    const { file, record } = placed;
    const other = firstFile.get(record.id);
    if (other !== undefined) {
      problems.push({
        kind: 'duplicate',
        file,
        id: record.id,
        path: 'id',
        reason: `duplicate record id (also in ${other})`,
      });
    } else firstFile.set(record.id, file);

    if (!regionCodes.has(record.region)) {
      problems.push({
        kind: 'region',
        file,
        id: record.id,
        path: 'region',
        reason: `unknown region code "${record.region}" (use 000000, a mainland province xx0000 or a home-city code)`,
      });
    }
    problems.push(...checkNumbers(placed));
  }

  if (data.meta) {
    const { file, meta } = data.meta;
    const withRecords = new Set(data.records.map((r) => r.record.topic));
    const seen = new Set<string>();
    meta.ranking.forEach((topic, i) => {
      if (seen.has(topic)) {
        problems.push({
          kind: 'meta',
          file,
          id: '-',
          path: `ranking[${i}]`,
          reason: `topic "${topic}" is listed twice`,
        });
      }
      seen.add(topic);
      if (!withRecords.has(topic)) {
        problems.push({
          kind: 'meta',
          file,
          id: '-',
          path: `ranking[${i}]`,
          reason: `topic "${topic}" has no records`,
        });
      }
    });
  }
  return problems;
}

// ---- 4, 5, 7. Against the seeds: source items, own words, coverage ----

/** Letters, digits and hanzi only (NFKC, lowercase): punctuation, symbols and whitespace never hide a copy. */
function normalizeWithMap(text: string): { norm: string; at: number[] } {
  let norm = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (const c of ch.normalize('NFKC').toLowerCase()) {
      if (!/[\s\p{P}\p{S}]/u.test(c)) {
        norm += c;
        at.push(i);
      }
    }
    i += ch.length;
  }
  return { norm, at };
}

/** Every COPY_RUN-character window of every seed title and body, mapped to the first item holding it. */
export function seedWindows(seeds: readonly SeedItem[]): Map<string, string> {
  const windows = new Map<string, string>();
  for (const s of seeds) {
    for (const text of [s.title, s.body]) {
      const chars = [...normalizeWithMap(text).norm];
      for (let i = 0; i + COPY_RUN <= chars.length; i++) {
        const w = chars.slice(i, i + COPY_RUN).join('');
        if (!windows.has(w)) windows.set(w, s.id);
      }
    }
  }
  return windows;
}

/** The texts of a record that must be in our own words (not questions, channel names or source titles). */
export function answerTexts(r: SourceRecordT): { path: string; text: string }[] {
  const a = r.answer;
  return [
    { path: 'answer.conclusion', text: a.conclusion },
    ...a.points.map((text, i) => ({ path: `answer.points[${i}]`, text })),
    ...a.conditions.flatMap((c, i) => [
      { path: `answer.conditions[${i}].when`, text: c.when },
      { path: `answer.conditions[${i}].then`, text: c.then },
    ]),
    ...a.steps.map((text, i) => ({ path: `answer.steps[${i}]`, text })),
    ...a.numbers.map((n, i) => ({ path: `answer.numbers[${i}].label`, text: n.label })),
    ...r.conflicts.flatMap((c, i) => [
      { path: `conflicts[${i}].summary`, text: c.summary },
      ...c.claims.map((cl, j) => ({ path: `conflicts[${i}].claims[${j}].text`, text: cl.text })),
      { path: `conflicts[${i}].position`, text: c.position },
    ]),
  ];
}

/** Runs of COPY_RUN or more characters shared with a seed, as the original answer text. */
export function copiedRuns(
  text: string,
  windows: ReadonlyMap<string, string>,
): { run: string; item: string }[] {
  const { norm, at } = normalizeWithMap(text);
  const chars = [...norm];
  const runs: { run: string; item: string }[] = [];
  for (let i = 0; i + COPY_RUN <= chars.length;) {
    const item = windows.get(chars.slice(i, i + COPY_RUN).join(''));
    if (!item) {
      i++;
      continue;
    }
    let end = i + COPY_RUN;
    while (end < chars.length && windows.has(chars.slice(end - COPY_RUN + 1, end + 1).join(''))) end++;
    const from = at[i] ?? 0;
    const to = (at[end - 1] ?? text.length - 1) + 1;
    runs.push({ run: text.slice(from, to), item });
    i = end;
  }
  return runs;
}

/** Source items, own words and coverage, checked against the parsed seeds. */
export function checkAgainstSeeds(data: ValidData, seeds: readonly SeedItem[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(seeds.map((s) => [s.id, s]));
  const excluded = new Map<string, number>();
  const cited = new Set<string>();
  for (const { record } of data.records) for (const s of record.sources) cited.add(s.item);

  for (const { file, exclusion, index } of data.exclusions) {
    const at = (path: string, kind: ProblemKind, reason: string) =>
      problems.push({ kind, file, id: exclusion.item, path: `exclusions[${index}].${path}`, reason });
    const seed = byId.get(exclusion.item);
    if (!seed) at('item', 'source', `unknown seed item "${exclusion.item}"`);
    else if (seed.title !== exclusion.title) {
      at(
        'title',
        'source',
        `${JSON.stringify(exclusion.title)} differs from the seed title ${JSON.stringify(seed.title)}`,
      );
    }
    if (excluded.has(exclusion.item))
      at('item', 'duplicate', `item already excluded at exclusions[${excluded.get(exclusion.item)}]`);
    else excluded.set(exclusion.item, index);
  }

  const windows = seedWindows(seeds);
  for (const { file, record } of data.records) {
    const at = (path: string, kind: ProblemKind, reason: string) =>
      problems.push({ kind, file, id: record.id, path, reason });
    const own = new Set<string>();
    record.sources.forEach((s, i) => {
      const seed = byId.get(s.item);
      if (own.has(s.item)) at(`sources[${i}].item`, 'duplicate', `item ${s.item} is cited twice`);
      own.add(s.item);
      if (!seed) return at(`sources[${i}].item`, 'source', `unknown seed item "${s.item}"`);
      if (excluded.has(s.item))
        at(`sources[${i}].item`, 'coverage', `item ${s.item} is listed in ${EXCLUSIONS_FILE}`);
      if (seed.title !== s.title) {
        at(
          `sources[${i}].title`,
          'source',
          `${JSON.stringify(s.title)} differs from the seed title ${JSON.stringify(seed.title)}`,
        );
      }
      if (seed.date !== s.date) {
        at(
          `sources[${i}].date`,
          'source',
          `${JSON.stringify(s.date)} differs from the seed date ${JSON.stringify(seed.date)}`,
        );
      }
      if (seed.complete !== s.complete) {
        at(
          `sources[${i}].complete`,
          'source',
          seed.complete
            ? 'false, but the seed item ends with sentence-final punctuation (complete)'
            : 'true, but the seed item is cut off mid-sentence (incomplete)',
        );
      }
    });
    record.conflicts.forEach((c, i) =>
      c.claims.forEach((cl, j) =>
        cl.items.forEach((item, k) => {
          const path = `conflicts[${i}].claims[${j}].items[${k}]`;
          if (!byId.has(item)) at(path, 'source', `unknown seed item "${item}"`);
          else if (!cited.has(item)) {
            at(
              path,
              'source',
              `item ${item} is not cited in any record's sources, so the dataset has no title or date for it`,
            );
          }
        }),
      ),
    );
    for (const { path, text } of answerTexts(record)) {
      for (const { run, item } of copiedRuns(text, windows)) {
        at(
          path,
          'own-words',
          `copies ${JSON.stringify(run)} from seed ${item} (${COPY_RUN}+ characters in a row); rewrite it in own words`,
        );
      }
    }
  }

  for (const seed of seeds) {
    if (!cited.has(seed.id) && !excluded.has(seed.id)) {
      problems.push({
        kind: 'coverage',
        file: 'seeds',
        id: seed.id,
        path: '-',
        reason: `not accounted for: cite it in a record's sources or list it in ${EXCLUSIONS_FILE} (${JSON.stringify(seed.title)})`,
      });
    }
  }
  return problems;
}

/** All checks of `npm run data:check`. */
export function checkData(
  files: DataFiles,
  ctx: { seeds: readonly SeedItem[]; regionCodes: ReadonlySet<string> },
): { problems: Problem[]; data: ValidData } {
  const { problems, data } = validateSchemas(files);
  problems.push(
    ...checkStructure(data, ctx.regionCodes),
    ...checkTrust(data),
    ...checkAgainstSeeds(data, ctx.seeds),
    ...checkRegionalFigures(data, ctx.seeds),
  );
  return { problems, data };
}

// The data checks that keep answers honest (part of `npm run data:check`; those needing no seeds also run in
// data:build): parameters have their unit, national rules rest on documents, a figure's period is said, a
// record's period is its conclusion's, deadlines are dated data rather than instructions, disagreements list the
// majority first, a boundary is worded one way, single-source claims are cited, and a region's figures come from
// sources about that region.
import { isParam, PARAMS } from '../../lib/dataset/params';
import { generateRegions } from './regions-gen';
import type { Problem, ProblemKind, ValidData } from './check';
import type { SeedItem } from './seeds';

const YEAR = /(?:19|20)\d{2}年/;
/** A full date written out: 2025年3月31日, 2025-03-31. */
const FULL_DATE = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}-\d{2}-\d{2}/;
/** The same boundary said two ways: inclusive (不超过3个月) and exclusive (不满3个月). */
const INCLUSIVE = /(?:不超过|以内|之内|内\(含\))(\d+)个月|(\d+)个月(?:以内|之内|内)/g;
const EXCLUSIVE = /(?:不满|少于|未满|不足)(\d+)个月/g;

/** A figure's label that says only one post gives it. */
const SINGLE_SOURCE = /未经核实|一篇/;

function numbersIn(text: string, re: RegExp): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(re)) out.add(m[1] ?? m[2]!);
  return out;
}

/** How a figure reads in text: 400 → "400", 0.5 → "0.5", 12700 → "12700" or "12,700". */
function spelled(value: number): string[] {
  const plain = String(value);
  return value >= 1000 ? [plain, value.toLocaleString('en-US')] : [plain];
}

export function checkTrust(data: ValidData): Problem[] {
  const problems: Problem[] = [];
  const refIds = new Set(data.references.map((r) => r.reference.id));
  for (const { file, record } of data.records) {
    const at = (path: string, kind: ProblemKind, reason: string) =>
      problems.push({ kind, file, id: record.id, path, reason });
    const { answer } = record;

    answer.numbers.forEach((n, i) => {
      if (isParam(n.id)) {
        const spec = PARAMS[n.id];
        if (n.unit !== spec.unit)
          at(
            `answer.numbers[${i}].unit`,
            'param',
            `parameter ${n.id} is in ${spec.unit} (${spec.meaning}), not ${n.unit}`,
          );
        if (spec.unit === '%' && (n.value < 0 || n.value > 100))
          at(
            `answer.numbers[${i}].value`,
            'param',
            `parameter ${n.id} is a percentage: ${n.value} is out of 0..100`,
          );
      }
      if (!n.unverified && SINGLE_SOURCE.test(n.label))
        at(
          `answer.numbers[${i}].unverified`,
          'validity',
          `"${n.label}" says one post gives it: mark it "unverified": true so calculators say so`,
        );
      if (n.period === null && YEAR.test(n.label))
        at(
          `answer.numbers[${i}].period`,
          'validity',
          `"${n.label}" names a year, so the figure needs its period`,
        );
      if (n.period?.to && n.period.to < n.period.from)
        at(`answer.numbers[${i}].period`, 'validity', 'period ends before it starts');
    });

    // The record's period is that of the figures its conclusion states.
    answer.numbers.forEach((n, i) => {
      if (
        !n.period ||
        !spelled(n.value).some((s) =>
          new RegExp(`(?<![\\d.])${s.replace('.', '\\.')}(?![\\d.])`).test(answer.conclusion),
        )
      )
        return;
      const same = record.period && record.period.from === n.period.from && record.period.to === n.period.to;
      if (!same) {
        at(
          'period',
          'validity',
          `the conclusion states ${n.label} (answer.numbers[${i}]) of ${n.period.from}..${n.period.to ?? ''}: the record's period must be that one`,
        );
      }
    });

    record.references.forEach((c, i) => {
      if (!refIds.has(c.ref))
        at(`references[${i}].ref`, 'reference', `unknown reference "${c.ref}" (see data/references.json)`);
    });
    if (record.region === '000000' && record.references.length === 0 && !record.referencesNote)
      at(
        'references',
        'reference',
        'a national rule cites at least one document, or says in referencesNote why none',
      );

    [
      ...answer.steps.map((text, i) => ({ path: `answer.steps[${i}]`, text })),
      ...answer.conditions.flatMap((c, i) => [
        { path: `answer.conditions[${i}].when`, text: c.when },
        { path: `answer.conditions[${i}].then`, text: c.then },
      ]),
    ].forEach(({ path, text }) => {
      if (FULL_DATE.test(text))
        at(
          path,
          'validity',
          'a full date belongs in deadlines (shown as past once it has passed), not in an instruction',
        );
    });

    record.conflicts.forEach((conflict, i) => {
      conflict.claims.forEach((claim, j) => {
        const before = conflict.claims[j - 1];
        if (before && before.items.length < claim.items.length)
          at(
            `conflicts[${i}].claims[${j}]`,
            'order',
            'claims are stored majority first (more sources before fewer)',
          );
      });
    });

    const texts = [
      answer.conclusion,
      ...answer.points,
      ...answer.conditions.flatMap((c) => [c.when, c.then]),
      ...answer.steps,
    ].join('\n');
    const inclusive = numbersIn(texts, INCLUSIVE);
    for (const n of numbersIn(texts, EXCLUSIVE)) {
      if (inclusive.has(n))
        at(
          'answer',
          'wording',
          `the ${n}-month line is worded two ways (不满/少于 and 不超过/以内): say it one way`,
        );
    }

    const cited = new Set(record.sources.map((s) => s.item));
    record.unverified.forEach((u, i) =>
      u.items.forEach((item, k) => {
        if (!cited.has(item))
          at(`unverified[${i}].items[${k}]`, 'source', `item ${item} is not in this record's sources`);
      }),
    );
  }
  problems.push(...checkParamAgreement(data));
  return problems;
}

/** A parameter has one value (and period) per region, whichever of its records states it. */
function checkParamAgreement(data: ValidData): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { id: string; value: number; period: string }>();
  for (const { file, record } of data.records) {
    record.answer.numbers.forEach((n, i) => {
      if (!isParam(n.id)) return;
      const key = `${record.region}:${n.id}`;
      const period = JSON.stringify(n.period);
      const seen = first.get(key);
      if (!seen) first.set(key, { id: record.id, value: n.value, period });
      else if (seen.value !== n.value || seen.period !== period)
        problems.push({
          kind: 'param',
          file,
          id: record.id,
          path: `answer.numbers[${i}]`,
          reason: `parameter ${n.id} of region ${record.region} is ${n.value} here but ${seen.value} in ${seen.id} (or their periods differ): a region has one value`,
        });
    });
  }
  return problems;
}

/**
 * A city's or province's figures come from sources about it: a money figure (100 or more) of a regional
 * record must appear in a cited source that names the region (its short or full name).
 */
export function checkRegionalFigures(data: ValidData, seeds: readonly SeedItem[]): Problem[] {
  const problems: Problem[] = [];
  // From the generator, not lib/regions: data:build runs this before regions.json is written.
  const { provinces, cities } = generateRegions();
  const regions = new Map([...provinces, ...cities].map((r) => [r.c, r]));
  const byId = new Map(seeds.map((s) => [s.id, s]));
  for (const { file, record } of data.records) {
    const region = regions.get(record.region);
    if (!region || record.region === '000000') continue;
    const names = [region.s, region.n, ...region.a];
    const texts = record.sources
      .map((s) => byId.get(s.item))
      .filter((s) => s !== undefined)
      .map((s) => `${s.title}\n${s.body}`);
    const aboutRegion = texts.filter((t) => names.some((n) => t.includes(n)));
    record.answer.numbers.forEach((n, i) => {
      if (n.formula || n.value < 100) return;
      const forms = spelled(n.value);
      const anywhere = texts.some((t) => forms.some((f) => t.includes(f)));
      const here = aboutRegion.some((t) => forms.some((f) => t.includes(f)));
      if (anywhere && !here) {
        problems.push({
          kind: 'place',
          file,
          id: record.id,
          path: `answer.numbers[${i}]`,
          reason: `${n.label} ${n.value}${n.unit} comes from a source that does not name ${region.s}: label the record for the place the figure is about`,
        });
      }
    });
  }
  return problems;
}

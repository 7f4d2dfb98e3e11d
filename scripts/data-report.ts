// npm run data:report — coverage of topics × regions: records per cell, with conflicts in parentheses.
// Reads only the authored data (no seeds); entries failing the schema are left out and counted.
import { NATIONAL } from '../lib/scope';
import { TOPIC_IDS, TOPICS } from '../lib/topics';
import { validateSchemas } from './lib/check';
import { loadDataFiles } from './lib/load';
import { generateRegions } from './lib/regions-gen';

const { problems, data } = validateSchemas(loadDataFiles());
const regions = generateRegions();
const shortOf = new Map([...regions.provinces, ...regions.cities].map((r) => [r.c, r.s]));

const columns = [
  NATIONAL,
  ...new Set(data.records.map((r) => r.record.region).filter((c) => c !== NATIONAL)),
].sort();
const label = (code: string) => (code === NATIONAL ? '全国' : (shortOf.get(code) ?? code));

const cell = new Map<string, { records: number; conflicts: number }>();
const add = (key: string, conflicts: number) => {
  const c = cell.get(key) ?? { records: 0, conflicts: 0 };
  c.records++;
  c.conflicts += conflicts;
  cell.set(key, c);
};
for (const { record } of data.records) {
  const n = record.conflicts.length;
  add(`${record.topic}|${record.region}`, n);
  add(`${record.topic}|total`, n);
  add(`total|${record.region}`, n);
  add('total|total', n);
}
const show = (key: string) => {
  const c = cell.get(key);
  return !c ? '·' : c.conflicts > 0 ? `${c.records}(${c.conflicts})` : String(c.records);
};

/**
 * Terminal width of a string: East Asian wide characters take two columns. Hand-written (a range test)
 * because string-width is only a transitive dependency here and this is all the report needs.
 */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
const pad = (s: string, w: number, right = false) =>
  right ? ' '.repeat(w - width(s)) + s : s + ' '.repeat(w - width(s));

const header = ['topic', ...columns.map(label), 'total'];
const rows = [
  ...TOPIC_IDS.map((t) => [
    `${t} ${TOPICS[t]}`,
    ...columns.map((c) => show(`${t}|${c}`)),
    show(`${t}|total`),
  ]),
  ['total', ...columns.map((c) => show(`total|${c}`)), show('total|total')],
];
const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
const line = (r: string[]) => r.map((v, i) => pad(v, widths[i] ?? 0, i > 0)).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const conflicts = data.records.reduce((n, r) => n + r.record.conflicts.length, 0);
const topics = new Set(data.records.map((r) => r.record.topic)).size;
console.log(
  `\nrecords: ${data.records.length}, conflicts: ${conflicts}, topics covered: ${topics}/${TOPIC_IDS.length}, ` +
    `regions: ${columns.length}, exclusions: ${data.exclusions.length}` +
    (problems.length > 0 ? `; ${problems.length} schema problem(s) left out (run npm run data:check)` : ''),
);
console.log('cells: records(conflicts); · = none');

// npm run data:check — validates data/records/*.json, data/exclusions.json and data/dataset.meta.json against
// the schema, each other and the seeds (see scripts/lib/check.ts). One line per problem, exit 1 on any.
import { checkData, formatProblem } from './lib/check';
import { loadDataFiles } from './lib/load';
import { knownRegionCodes } from './lib/regions-gen';
import { loadSeeds, SeedsMissingError } from './lib/seeds';

let seeds;
try {
  seeds = loadSeeds();
} catch (e) {
  // A missing folder and a changed seed format both stop the check: every later check needs the items.
  console.error(
    `data:check: ${e instanceof SeedsMissingError ? '' : 'cannot read the seeds: '}${(e as Error).message}`,
  );
  process.exit(1);
}

const files = loadDataFiles();
const { problems, data } = checkData(files, { seeds, regionCodes: knownRegionCodes() });

const answered = new Set(data.records.flatMap((r) => r.record.sources.map((s) => s.item)));
const conflicts = data.records.reduce((n, r) => n + r.record.conflicts.length, 0);
const summary =
  `${data.records.length} records in ${files.records.length} files, ` +
  `${answered.size} of ${seeds.length} seed items answered, ${data.exclusions.length} excluded, ${conflicts} conflicts`;

if (problems.length > 0) {
  for (const p of problems) console.log(formatProblem(p));
  console.error(`data:check: ${problems.length} problem(s); ${summary}`);
  process.exit(1);
}
console.log(`data:check: ok: ${summary}`);

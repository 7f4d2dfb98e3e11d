// Prints where the loadable build is and one answer from the compiled dataset: proof the chain works.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Dataset } from '../lib/dataset/schema';

const root = path.resolve(import.meta.dirname, '..');
const build = path.join(root, '.output/chrome-mv3');
if (!existsSync(path.join(build, 'manifest.json'))) {
  console.error(`No build at ${build}: run \`npm run build\`.`);
  process.exit(1);
}
const dataset = Dataset.parse(
  JSON.parse(readFileSync(path.join(root, 'data/generated/dataset.json'), 'utf8')),
);
const record = dataset.records.find((r) => r.id === 'balance_after_stop.410100') ?? dataset.records[0]!;
console.log(`保知 ${dataset.version} (${dataset.records.length} records, hash ${dataset.hash})`);
console.log(`Chrome build (Load unpacked): ${build}`);
console.log(`Firefox build (about:debugging): ${path.join(root, '.output/firefox-mv3')}`);
console.log(`\nSample — ${record.questions[0]}\n  ${record.answer.conclusion}`);
for (const point of record.answer.points) console.log(`  · ${point}`);
console.log(`  来源: ${record.sources.join(', ')}`);

// npm run data:build — generates data/generated/regions.json, compiles data/records/*.json with
// data/dataset.meta.json into data/generated/dataset.json, precomputes the lookup tables, and trains the
// question classifier (data/generated/model.json) from the labelled questions' train and dev splits. Runs on
// postinstall and before every extension build, so it stays fast and never reads the seeds (data:check does).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { canonicalJson } from '../lib/dataset/canonical';
import { compileDataset } from '../lib/dataset/compile';
import { DATASET_FORMAT, Dataset } from '../lib/dataset/schema';
import { formatProblem, validateSchemas } from './lib/check';
import { checkTrust } from './lib/check-trust';
import { loadDataFiles } from './lib/load';
import { buildEngineArtifacts } from '../lib/engine/precompute';
import { devExamples, trainingExamples } from './lib/corpus';
import { trainModel } from './lib/model-train';
import {
  CITY_NAMES_JSON,
  DATASET_JSON,
  ENGINE_INDEX_JSON,
  GENERATED_DIR,
  MODEL_JSON,
  REGIONS_JSON,
} from './lib/paths';
import { t2sPairs } from './lib/t2s';
import { generateRegions } from './lib/regions-gen';

const started = performance.now();

const regions = generateRegions();
mkdirSync(GENERATED_DIR, { recursive: true });
writeFileSync(REGIONS_JSON, JSON.stringify(regions));

const { exclusions: _notShipped, ...files } = loadDataFiles();
const { problems, data } = validateSchemas(files);
problems.push(...checkTrust(data));
if (problems.length > 0 || !data.meta) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`data:build: ${problems.length} problem(s); ${DATASET_JSON} not written`);
  process.exit(1);
}

let parts;
try {
  parts = compileDataset(
    data.records.map((r) => r.record),
    data.meta.meta,
    data.references.map((r) => r.reference),
    data.glossary,
  );
} catch (e) {
  console.error(`data:build: ${(e as Error).message}`);
  process.exit(1);
}
const hash = createHash('sha256')
  .update(
    canonicalJson({
      items: parts.items,
      references: parts.references,
      glossary: parts.glossary,
      records: parts.records,
    }),
  )
  .digest('hex')
  .slice(0, 16);
const dataset = Dataset.parse({
  format: DATASET_FORMAT,
  version: parts.version,
  hash,
  ranking: parts.ranking,
  items: parts.items,
  references: parts.references,
  glossary: parts.glossary,
  records: parts.records,
});
const json = JSON.stringify(dataset);
writeFileSync(DATASET_JSON, json);

// The match index and the content script's city-name table are precomputed here, so opening the popup
// never builds an index. lib/regions reads regions.json, written above, so it is imported only now.
const { homeCities, provinces } = await import('../lib/regions/index');
const engine = buildEngineArtifacts(dataset, { cities: homeCities(), provinces: provinces() });
writeFileSync(ENGINE_INDEX_JSON, JSON.stringify(engine.index));
writeFileSync(CITY_NAMES_JSON, JSON.stringify(engine.cityNames));

const { cityFinder } = await import('../lib/engine/cities');
const trained = trainModel(trainingExamples(dataset), devExamples(), cityFinder(engine.cityNames), t2sPairs);
writeFileSync(MODEL_JSON, JSON.stringify(trained.model));
const model = trained.report;

const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).length;
const n = dataset.records.length;
const perRecord = (bytes: number) => (n > 0 ? Math.round(bytes / n) : 0);
console.log(
  `data:build: dataset ${dataset.version} #${hash}: ${n} records, ${dataset.items.length} items, ` +
    `${raw} B raw / ${gzip} B gzip (${perRecord(raw)} B/record raw, ${perRecord(gzip)} B/record gzip); ` +
    `regions: ${regions.provinces.length} provinces, ${regions.cities.length} cities; ` +
    `model: ${model.examples} examples, ${model.kept} of ${model.features} features, ` +
    `${model.gzipKb.toFixed(1)} KB gzip, T ${trained.model.temperature}, gate ${trained.model.gate}; ` +
    `${Math.round(performance.now() - started)} ms`,
);

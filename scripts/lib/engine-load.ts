// Loads what the engine CLIs and the benchmark need: the compiled dataset, the regions, and the match index
// (the precomputed data/generated/engine-index.json when it fits the dataset, else built here).
import { existsSync, readFileSync } from 'node:fs';
import { Dataset } from '../../lib/dataset/schema';
import type { CityFinder } from '../../lib/engine/cities';
import { buildIndex, loadIndex, type MatchIndex, type RegionLists } from '../../lib/engine/lookup';
import type { Matcher } from '../../lib/engine/match';
import { DATASET_JSON, ENGINE_INDEX_JSON, MODEL_JSON, REGIONS_JSON } from './paths';

export { ENGINE_INDEX_JSON };

export class MissingDataError extends Error {}

export interface RegionsModule {
  getRegion: typeof import('../../lib/regions/index').getRegion;
  resolveCity: typeof import('../../lib/regions/index').resolveCity;
  homeCities: typeof import('../../lib/regions/index').homeCities;
  provinces: typeof import('../../lib/regions/index').provinces;
}

/** lib/regions imports the generated regions.json, so it is loaded only after checking the file exists. */
export async function loadRegions(): Promise<RegionsModule> {
  if (!existsSync(REGIONS_JSON))
    throw new MissingDataError(`${REGIONS_JSON} is missing: run \`npm run data:build\``);
  return import('../../lib/regions/index');
}

export function regionLists(regions: RegionsModule): RegionLists {
  return { cities: regions.homeCities(), provinces: regions.provinces() };
}

export function loadDataset(): Dataset {
  if (!existsSync(DATASET_JSON))
    throw new MissingDataError(`${DATASET_JSON} is missing: run \`npm run data:build\``);
  return Dataset.parse(JSON.parse(readFileSync(DATASET_JSON, 'utf8')));
}

export interface Engine {
  dataset: Dataset;
  index: MatchIndex;
  matcher: Matcher;
  regions: RegionsModule;
  finder: CityFinder;
}

export async function loadEngine(): Promise<Engine> {
  const regions = await loadRegions();
  const dataset = loadDataset();
  let index: MatchIndex | undefined;
  if (existsSync(ENGINE_INDEX_JSON)) {
    try {
      index = loadIndex(readFileSync(ENGINE_INDEX_JSON, 'utf8'), dataset);
    } catch {
      // A stale index (dataset rebuilt since) is rebuilt below rather than trusted.
    }
  }
  index ??= buildIndex(dataset, regionLists(regions));
  // The model module imports the generated model.json, so it is loaded only after checking the file exists.
  if (!existsSync(MODEL_JSON))
    throw new MissingDataError(`${MODEL_JSON} is missing: run \`npm run data:build\``);
  const { shippedModel } = await import('../../lib/engine/model');
  return { dataset, index, matcher: { model: shippedModel(), index }, regions, finder: index.finder };
}

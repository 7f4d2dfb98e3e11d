import type { Dataset } from '../dataset/schema';
import { buildCityNames, type CityNames } from './cities';
import { buildIndex, type RegionLists, type SerializedIndex } from './lookup';

/** Everything the engine precomputes at build time, each part written as its own JSON file. */
export interface EngineArtifacts {
  /** data/generated/engine-index.json: loaded by `loadIndex(json, dataset)` without rebuilding. */
  index: SerializedIndex;
  /** data/generated/city-names.json: the content script's compact region-name table for detection. */
  cityNames: CityNames;
}

/**
 * Called by data:build after the dataset and regions are compiled:
 *   buildEngineArtifacts(dataset, { cities: homeCities(), provinces: provinces() })
 */
export function buildEngineArtifacts(dataset: Dataset, regions: RegionLists): EngineArtifacts {
  const index = buildIndex(dataset, regions);
  return { index: index.data, cityNames: buildCityNames(regions.cities, regions.provinces) };
}

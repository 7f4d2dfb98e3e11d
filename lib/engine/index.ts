// 保知's answer engine: page detection and question matching. Pure TypeScript (no browser or Node APIs).
//
// Build time (scripts/data-build.ts):
//   buildEngineArtifacts(dataset, { cities: homeCities(), provinces: provinces() })
//     → { index, cityNames }: write both as JSON next to dataset.json.
// Popup / background (answers):
//   loadIndex(indexJson, dataset) → MatchIndex          (no rebuild; refuses an index of another dataset)
//   ask(index, question, { homeCity, limit }) → AskResult  (city/province used, cityFrom, ranked hits)
//   answerToPlainText(record, items, scopeLabel?) → string (the "copy as plain text" form)
//   buildIndex(dataset, regions) / serializeIndex(index) for tests and benchmarks.
// Content script (detection): import from './detect' and './cities' directly, NOT from this file, to keep
// the matcher out of its bundle:
//   detectDocument(document, location.href, { cities: cityFinder(cityNamesJson) }) → PageDetectionResult
//   (extractPage + detectPage; RELEVANCE_THRESHOLD documents the score cut-off).
export { buildCityNames, cityFinder, type CityFinder, type CityNames } from './cities';
export {
  RELEVANCE_THRESHOLD,
  detectDocument,
  detectPage,
  hostTier,
  type DetectOptions,
  type PageDetectionResult,
  type PageInput,
} from './detect';
export { extractPage, type DomLike, type PageText } from './extract';
export {
  NATIONAL,
  ask,
  buildIndex,
  classify,
  loadIndex,
  regionName,
  resolvePlace,
  serializeIndex,
  type AskHit,
  type AskOptions,
  type AskResult,
  type MatchIndex,
  type RegionLists,
  type SerializedIndex,
} from './match';
export { answerToPlainText } from './plain-text';
export { buildEngineArtifacts, type EngineArtifacts } from './precompute';

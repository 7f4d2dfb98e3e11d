// Repository paths used by the data scripts (Node only).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = join(REPO_ROOT, 'data');
export const GENERATED_DIR = join(DATA_DIR, 'generated');
export const REGIONS_JSON = join(GENERATED_DIR, 'regions.json');
export const DATASET_JSON = join(GENERATED_DIR, 'dataset.json');
export const ENGINE_INDEX_JSON = join(GENERATED_DIR, 'engine-index.json');
export const CITY_NAMES_JSON = join(GENERATED_DIR, 'city-names.json');
export const MODEL_JSON = join(GENERATED_DIR, 'model.json');

/** Env var that points at the seeds folder; default <repo>/../shared/seeds. */
export const SEEDS_ENV = 'BAOZHI_SEEDS';

export function seedsDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[SEEDS_ENV];
  return fromEnv ? resolve(fromEnv) : resolve(REPO_ROOT, '..', 'shared', 'seeds');
}

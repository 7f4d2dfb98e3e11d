// Reads the authored data files (Node only). Unreadable files are reported, not thrown, so one broken file
// never hides the problems of the others.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataFiles } from './check';
import { DATA_DIR, REPO_ROOT } from './paths';

export interface LoadedFile {
  /** Repo-relative path with forward slashes, as shown in problem lines. */
  file: string;
  json?: unknown;
  /** Why the file could not be read or parsed. */
  error?: string;
}

function loadJson(abs: string, root: string): LoadedFile {
  const file = relative(root, abs).split(sep).join('/');
  if (!existsSync(abs)) return { file, error: 'file not found' };
  try {
    return { file, json: JSON.parse(readFileSync(abs, 'utf8')) as unknown };
  } catch (e) {
    return { file, error: `invalid JSON: ${(e as Error).message}` };
  }
}

/**
 * data/records/*.json (sorted), data/exclusions.json, data/dataset.meta.json, data/references.json and
 * data/glossary.json under `dataDir`.
 */
export function loadDataFiles(dataDir: string = DATA_DIR, root: string = REPO_ROOT): DataFiles {
  const recordsDir = join(dataDir, 'records');
  const names = existsSync(recordsDir)
    ? readdirSync(recordsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  return {
    records: names.map((n) => loadJson(join(recordsDir, n), root)),
    exclusions: loadJson(join(dataDir, 'exclusions.json'), root),
    meta: loadJson(join(dataDir, 'dataset.meta.json'), root),
    references: loadJson(join(dataDir, 'references.json'), root),
    glossary: loadJson(join(dataDir, 'glossary.json'), root),
  };
}

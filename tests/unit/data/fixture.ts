import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceRecord } from '../../../lib/dataset/schema';
import { checkData, formatProblem, type DataFiles, type ProblemKind } from '../../../scripts/lib/check';
import { loadDataFiles } from '../../../scripts/lib/load';
import { knownRegionCodes } from '../../../scripts/lib/regions-gen';
import type { SeedItem } from '../../../scripts/lib/seeds';

// Invented seed items and a valid record set; each test breaks one thing and reads the exact problem line.
const FIXTURES = fileURLToPath(new URL('../../fixtures/data', import.meta.url));
const VALID = join(FIXTURES, 'valid');
const SEEDS = (JSON.parse(readFileSync(join(FIXTURES, 'seed-items.json'), 'utf8')) as { items: SeedItem[] })
  .items;
const REGION_CODES = knownRegionCodes();
export const FILE = 'records/contribution_rate.json';
export const ID = 'contribution_rate.350400';

export function files(): DataFiles {
  return structuredClone(loadDataFiles(VALID, VALID));
}

function recordOf(f: DataFiles): SourceRecord {
  return (f.records[0]?.json as { records: SourceRecord[] }).records[0] as SourceRecord;
}

export function withRecord(mutate: (r: SourceRecord) => void): DataFiles {
  const f = files();
  mutate(recordOf(f));
  return f;
}

export function problems(f: DataFiles, kind?: ProblemKind): string[] {
  return checkData(f, { seeds: SEEDS, regionCodes: REGION_CODES })
    .problems.filter((p) => !kind || p.kind === kind)
    .map(formatProblem);
}

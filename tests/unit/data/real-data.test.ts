import { describe, expect, it } from 'vitest';
import { checkData, formatProblem } from '../../../scripts/lib/check';
import { loadDataFiles } from '../../../scripts/lib/load';
import { knownRegionCodes } from '../../../scripts/lib/regions-gen';
import { EXPECTED_ITEMS, loadSeeds } from '../../../scripts/lib/seeds';

// The repository's own data against the real seeds (../shared/seeds or BAOZHI_SEEDS).
describe('real data', () => {
  const seeds = loadSeeds();
  const { problems, data } = checkData(loadDataFiles(), { seeds, regionCodes: knownRegionCodes() });

  it('passes every check except coverage', () => {
    expect(problems.filter((p) => p.kind !== 'coverage').map(formatProblem)).toEqual([]);
  });

  it(`accounts for all ${EXPECTED_ITEMS} seed items: cited as a source or excluded, not both`, () => {
    expect(problems.filter((p) => p.kind === 'coverage').map(formatProblem)).toEqual([]);
    const cited = new Set(data.records.flatMap((r) => r.record.sources.map((s) => s.item)));
    const excluded = new Set(data.exclusions.map((e) => e.exclusion.item));
    expect(seeds.filter((s) => cited.has(s.id) === excluded.has(s.id)).map((s) => s.id)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { Dataset } from '../../../lib/dataset/schema';
import { buildIndex } from '../../../lib/engine/lookup';
import { ask } from '../../../lib/engine/match';
import { shippedModel } from '../../../lib/engine/model';
import { homeCities, provinces } from '../../../lib/regions/index';
import { TOPIC_IDS } from '../../../lib/topics';
import { generateSynthetic } from '../../../scripts/gen-synthetic';
import { loadDataset } from '../../../scripts/lib/engine-load';

describe('generateSynthetic', () => {
  const regions = { cities: homeCities(), provinces: provinces() };
  const n = TOPIC_IDS.length * homeCities().length;
  const synthetic = generateSynthetic(loadDataset(), n, regions);

  it('makes a valid dataset of N records over every topic and home city, plus provinces and national', () => {
    expect(Dataset.safeParse(synthetic).success).toBe(true);
    expect(synthetic.records).toHaveLength(n);
    expect(new Set(synthetic.records.map((r) => r.id)).size).toBe(n);
    expect(new Set(synthetic.records.map((r) => r.topic)).size).toBe(TOPIC_IDS.length);
    const regionsUsed = new Set(synthetic.records.map((r) => r.region));
    const cityShare = homeCities().filter((c) => regionsUsed.has(c.code)).length / homeCities().length;
    expect(cityShare).toBeGreaterThan(0.85);
    expect(regionsUsed.has('000000')).toBe(true);
    expect([...regionsUsed].some((r) => r.endsWith('0000') && r !== '000000')).toBe(true);
  });

  it('is deterministic and answerable', () => {
    expect(generateSynthetic(loadDataset(), 300, regions).hash).toBe(
      generateSynthetic(loadDataset(), 300, regions).hash,
    );
    const index = buildIndex(synthetic, regions);
    const result = ask({ model: shippedModel(), index }, '医保断缴后余额还能用吗', { homeCity: '430100' });
    expect(result.results[0]?.topic).toBe('balance_after_stop');
  });
});

import { describe, expect, it } from 'vitest';
import { lexiconEvidence } from '../../../lib/engine/evidence';
import { lexicon } from '../../../lib/engine/lexicon';
import { TOPIC_IDS } from '../../../lib/topics';

const lex = lexicon();
const entryOf = (canon: string) => lex.entries.findIndex((entry) => entry.canon === canon);
const topic = (id: string) => TOPIC_IDS.indexOf(id as (typeof TOPIC_IDS)[number]);

describe('evidence', () => {
  const evidence = lexiconEvidence();

  it('sums general, negative and topic weights of the entries given, and empties itself', () => {
    const stop = entryOf('断缴');
    const hospital = entryOf('医院');
    evidence.add(stop, 1);
    evidence.add(stop, 0.5);
    evidence.add(hospital, 2);
    const folded = evidence.fold();
    const weights = lex.entries[stop]!;
    expect(folded.general).toBeCloseTo(1.5 * weights.general);
    expect(folded.negative).toBeCloseTo(2 * lex.entries[hospital]!.negative);
    for (const [t, w] of weights.topics) expect(folded.topics[t]).toBeCloseTo(1.5 * w);
    expect(folded.topics).toHaveLength(TOPIC_IDS.length);
    const empty = evidence.fold();
    expect(empty).toEqual({ topics: TOPIC_IDS.map(() => 0), general: 0, negative: 0 });
  });

  it('damps the topics of the scheme the text does not name', () => {
    const pension = entryOf('养老金');
    evidence.add(pension, 1);
    evidence.add(entryOf('补缴'), 1);
    const folded = evidence.fold();
    const restore = lex.entries[entryOf('补缴')]!.topics.find(([t]) => t === topic('restore_after_stop'))!;
    // Only pension words: a medical topic drops out (a pension question never gets a 医保 answer), a pension
    // topic counts in full.
    expect(restore[1]).toBeGreaterThan(0);
    expect(folded.topics[topic('restore_after_stop')]).toBe(0);
    const estimate = lex.entries[pension]!.topics.find(([t]) => t === topic('pension_estimate'))!;
    expect(folded.topics[topic('pension_estimate')]).toBeCloseTo(estimate[1]);
    // And the other way round: medical words damp a pension topic to 0.6.
    evidence.add(entryOf('医保'), 1);
    evidence.add(entryOf('补缴'), 1);
    const medical = evidence.fold();
    const back = lex.entries[entryOf('补缴')]!.topics.find(([t]) => t === topic('pension_back_payment'))!;
    expect(medical.topics[topic('pension_back_payment')]).toBeCloseTo(0.6 * back[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { TOPIC_IDS, TOPICS } from '../../../lib/topics';

// TOPIC_IDS is read from TOPIC_FAMILY (lib/topics.ts says why); it must still be TOPICS' ids, in their order.
describe('TOPIC_IDS', () => {
  it("lists TOPICS' ids in TOPICS' order", () => {
    expect(TOPIC_IDS).toEqual(Object.keys(TOPICS));
  });
});

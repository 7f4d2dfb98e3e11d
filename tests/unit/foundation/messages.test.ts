import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../lib/messages';

describe('parseMessage', () => {
  it('accepts each known message', () => {
    const detection = {
      relevant: true,
      score: 0.9,
      topics: ['balance_after_stop'],
      city: '410100',
      province: '410000',
      placeFrom: 'body',
    };
    expect(parseMessage({ type: 'page-detected', detection })).toEqual({ type: 'page-detected', detection });
    expect(parseMessage({ type: 'get-hint' })).toEqual({ type: 'get-hint' });
    expect(parseMessage({ type: 'get-tab-state', tabId: 4 })).toEqual({ type: 'get-tab-state', tabId: 4 });
  });

  it('ignores unknown, malformed and oversized messages', () => {
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage('get-hint')).toBeNull();
    expect(parseMessage({ type: 'delete-everything' })).toBeNull();
    expect(parseMessage({ type: 'get-tab-state', tabId: -1 })).toBeNull();
    expect(parseMessage({ type: 'get-tab-state', tabId: 1.5 })).toBeNull();
    const detection = { relevant: true, score: 2, topics: [], city: null };
    expect(parseMessage({ type: 'page-detected', detection })).toBeNull();
    const tooMany = { relevant: true, score: 1, topics: Array(6).fill('transfer'), city: null };
    expect(parseMessage({ type: 'page-detected', detection: tooMany })).toBeNull();
    const badTopic = { relevant: true, score: 1, topics: ['car_insurance'], city: null };
    expect(parseMessage({ type: 'page-detected', detection: badTopic })).toBeNull();
    const badCity = { relevant: true, score: 1, topics: [], city: '<img>', province: null, placeFrom: null };
    expect(parseMessage({ type: 'page-detected', detection: badCity })).toBeNull();
    const badFrom = { relevant: true, score: 1, topics: [], city: null, province: null, placeFrom: 'url' };
    expect(parseMessage({ type: 'page-detected', detection: badFrom })).toBeNull();
  });
});

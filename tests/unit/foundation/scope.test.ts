import { describe, expect, it } from 'vitest';
import { scopeLabel } from '../../../lib/answer-place';
import { regionChain } from '../../../lib/scope';

describe('regionChain', () => {
  it('goes city → province → national', () => {
    expect(regionChain('410100')).toEqual([
      { region: '410100', scope: 'city' },
      { region: '410000', scope: 'province' },
      { region: '000000', scope: 'national' },
    ]);
    expect(regionChain('110100').map((step) => step.region)).toEqual(['110100', '110000', '000000']);
    expect(regionChain(null)).toEqual([{ region: '000000', scope: 'national' }]);
  });
});

describe('scopeLabel', () => {
  it('names where the answer applies', () => {
    expect(scopeLabel('city', '410100', '410100')).toBe('郑州专属');
    expect(scopeLabel('province', '410000', '410300')).toBe('河南省通用');
    expect(scopeLabel('national', '000000', '410100')).toBe('全国通用规则(本市暂无专门条目)');
    expect(scopeLabel('national', '000000', null)).toBe('全国通用规则');
  });
});

describe('兵团 cities', () => {
  it('skip 新疆: the 兵团 runs its own insurance', () => {
    expect(regionChain('659001').map((s) => s.region)).toEqual(['659001', '000000']);
    expect(regionChain('650100').map((s) => s.region)).toEqual(['650100', '650000', '000000']);
  });
});

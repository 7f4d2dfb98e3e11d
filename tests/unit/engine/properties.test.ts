import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/engine/detect';
import { normalizeQuestion } from '../../../lib/engine/text';
import { placeFromHost } from '../../../lib/regions/host';
import { ask } from '../../../lib/engine/match';
import { LIMITS } from '../../../lib/limits';
import { getEngine } from './helpers';

// Properties over inputs nobody would write by hand: any Unicode (lone surrogates included), megabyte strings,
// a city name repeated thousands of times.

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom('郑州'.repeat(5000), '医保断缴'.repeat(3000), '\ud800'.repeat(1000), 'a'.repeat(1 << 20)),
);

describe('the engine on arbitrary input', () => {
  it('normalisation is idempotent and bounded', async () => {
    const { matcher } = await getEngine();
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeQuestion(text, matcher.model.t2s);
        expect(normalizeQuestion(once, matcher.model.t2s)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(LIMITS.question * 3);
        expect(once).not.toMatch(/[\ud800-\udfff]/);
      }),
      { numRuns: 300 },
    );
  });

  it('ask never throws, is deterministic, and stays bounded', async () => {
    const { matcher } = await getEngine();
    fc.assert(
      fc.property(anyText, fc.constantFrom(null, '410100', '130100'), (question, home) => {
        const a = ask(matcher, question, { homeCity: home, limit: 5 });
        const b = ask(matcher, question, { homeCity: home, limit: 5 });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(a.results.length).toBeLessThanOrEqual(5);
        expect(a.topics.length).toBeLessThanOrEqual(2);
        expect(a.suggestions.length).toBeLessThanOrEqual(2);
        expect(['answered', 'unsure', 'no-record', 'uncovered', 'out-of-scope']).toContain(a.coverage);
      }),
      { numRuns: 300 },
    );
  });

  it('detection never throws and reports at most LIMITS.topics topics, on megabyte pages too', async () => {
    const { finder } = await getEngine();
    fc.assert(
      fc.property(anyText, anyText, fc.array(anyText, { maxLength: 5 }), (title, text, headings) => {
        const page = { title, description: '', headings, text, url: 'https://ybj.zhengzhou.gov.cn/a.html' };
        const result = detectPage(page, { cities: finder, hostPlace: placeFromHost });
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        expect(result.topics.length).toBeLessThanOrEqual(LIMITS.topics);
      }),
      { numRuns: 100 },
    );
  });
});

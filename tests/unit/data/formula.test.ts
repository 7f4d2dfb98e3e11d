import { describe, expect, it } from 'vitest';
import {
  evaluateFormula,
  FormulaError,
  formulaRefs,
  formulaTolerance,
  parseFormula,
} from '../../../lib/dataset/formula';

const values: Record<string, number> = { base: 12700, rate: 8, a: 2, b: 3 };
const calc = (src: string) => evaluateFormula(parseFormula(src), (id) => values[id]);

describe('formula evaluator', () => {
  it('computes with precedence, parentheses, unary minus and decimals', () => {
    expect(calc('base * rate / 100')).toBe(1016);
    expect(calc('a + b * 2')).toBe(8);
    expect(calc('(a + b) * 2')).toBe(10);
    expect(calc('a - b - 1')).toBe(-2);
    expect(calc('-a * -b')).toBe(6);
    expect(calc('base * 0.005')).toBeCloseTo(63.5);
    expect(calc('.5 * a')).toBe(1);
    expect(calc('  base/100 ')).toBe(127);
  });

  it('lists the ids a formula uses', () => {
    expect(formulaRefs(parseFormula('base * rate / 100 + base'))).toEqual(['base', 'rate']);
  });

  it('rejects anything but arithmetic, with the position', () => {
    expect(() => parseFormula('base * ')).toThrow('expected a number, a number id or "(" at the end');
    expect(() => parseFormula('base % 2')).toThrow('unexpected "%" at position 5');
    expect(() => parseFormula('Math.max(1)')).toThrow(FormulaError);
    expect(() => parseFormula('(a + b')).toThrow('expected ")" at the end');
    expect(() => parseFormula('a b')).toThrow('unexpected "b" at position 2');
    expect(() => calc('a / (b - 3)')).toThrow('division by zero');
    expect(() => calc('zzz + 1')).toThrow('unknown number id "zzz"');
  });

  it('tolerates rounding to the precision a value is written with', () => {
    expect(formulaTolerance(1016)).toBeCloseTo(0.5);
    expect(formulaTolerance(63.5)).toBeCloseTo(0.05);
    expect(formulaTolerance(5692.56)).toBeCloseTo(0.01);
    expect(formulaTolerance(0.125)).toBeCloseTo(0.01);
  });
});

// Formulas of answer numbers (NumberFact.formula): + - * / parentheses, decimal literals and number ids.
// Hand-written (a recursive-descent parser of ~80 lines) because no expression library is installed and the
// usual ones (mathjs, expr-eval) bring functions, assignment and far more than these four operators; eval and
// Function are out of the question for data files. Pure: used by the data check and usable at runtime.

export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'ref'; name: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr };

export class FormulaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormulaError';
  }
}

interface Token {
  text: string;
  pos: number;
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?|\.\d+)|([a-z][a-z0-9_]*)|([-+*/()]))/y;

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) {
      const rest = src.slice(start);
      const pos = start + rest.length - rest.trimStart().length;
      throw new FormulaError(`unexpected "${src.charAt(pos)}" at position ${pos}`);
    }
    const text = m[1] ?? m[2] ?? m[3] ?? '';
    tokens.push({ text, pos: TOKEN.lastIndex - text.length });
  }
  return tokens;
}

/** Parses a formula; throws FormulaError naming the position of the problem. */
export function parseFormula(src: string): Expr {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i]?.text;
  const where = () => (i < tokens.length ? `at position ${tokens[i]?.pos}` : 'at the end');

  // expr := term (('+' | '-') term)*
  function expr(): Expr {
    let left = term();
    for (let op = peek(); op === '+' || op === '-'; op = peek()) {
      i++;
      left = { kind: 'bin', op, left, right: term() };
    }
    return left;
  }
  // term := factor (('*' | '/') factor)*
  function term(): Expr {
    let left = factor();
    for (let op = peek(); op === '*' || op === '/'; op = peek()) {
      i++;
      left = { kind: 'bin', op, left, right: factor() };
    }
    return left;
  }
  // factor := ('-' | '+') factor | number | id | '(' expr ')'
  function factor(): Expr {
    const t = peek();
    if (t === '-' || t === '+') {
      i++;
      const arg = factor();
      return t === '-' ? { kind: 'neg', arg } : arg;
    }
    if (t === '(') {
      i++;
      const inner = expr();
      if (peek() !== ')') throw new FormulaError(`expected ")" ${where()}`);
      i++;
      return inner;
    }
    if (t !== undefined && /^[\d.]/.test(t)) {
      i++;
      return { kind: 'num', value: Number(t) };
    }
    if (t !== undefined && /^[a-z]/.test(t)) {
      i++;
      return { kind: 'ref', name: t };
    }
    throw new FormulaError(`expected a number, a number id or "(" ${where()}`);
  }

  const result = expr();
  if (i < tokens.length) throw new FormulaError(`unexpected "${peek()}" ${where()}`);
  return result;
}

/** Number ids a formula refers to, in order of first use. */
export function formulaRefs(e: Expr): string[] {
  const out = new Set<string>();
  const walk = (x: Expr): void => {
    if (x.kind === 'ref') out.add(x.name);
    else if (x.kind === 'neg') walk(x.arg);
    else if (x.kind === 'bin') {
      walk(x.left);
      walk(x.right);
    }
  };
  walk(e);
  return [...out];
}

/** Evaluates a parsed formula; throws FormulaError on an unknown id or a division by zero. */
export function evaluateFormula(e: Expr, valueOf: (id: string) => number | undefined): number {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'ref': {
      const v = valueOf(e.name);
      if (v === undefined) throw new FormulaError(`unknown number id "${e.name}"`);
      return v;
    }
    case 'neg':
      return -evaluateFormula(e.arg, valueOf);
    case 'bin': {
      const a = evaluateFormula(e.left, valueOf);
      const b = evaluateFormula(e.right, valueOf);
      if (e.op === '/' && b === 0) throw new FormulaError('division by zero');
      return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : a / b;
    }
  }
}

/**
 * How far a stated value may be from its formula's result: 0.01, or half a unit in the last decimal place the
 * value is written with, whichever is larger (1016 may stand for 1015.5; 63.5 for 63.46). So a figure rounded
 * to the precision it is shown with passes, and anything else does not.
 */
export function formulaTolerance(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return Math.max(0.01, 0.5 * 10 ** -decimals) + 1e-9;
}

// Longest-match dictionary scanner over a trie kept in typed arrays.
//
// Hand-written on purpose: it runs in the content script (bundle budget 15 KB gzip, no dependency fits) and
// must stay within a small factor of a bare charCodeAt loop. Every term has at least two characters, so each
// position is first tested against a 256 Kbit filter of hashed (first, second) character pairs (32 KB, nearly
// free of collisions for a few thousand pairs): most positions cost one charCodeAt and one bit test. Only where the filter passes is the trie walked (first character in a
// direct 65536-entry table, deeper transitions in one open-addressing hash table). Matching is greedy
// leftmost-longest without overlaps, so a longer term (医保定点) consumes the shorter ones inside it (医保).
// Work per position is bounded by the longest term: linear in the text.

export interface Scanner {
  /** Bit set of hashed first-two-character pairs of all terms. */
  readonly pairs: Uint32Array;
  /** Trie node for each first character (0 = none). */
  readonly root: Uint16Array;
  /** Hash table of deeper transitions: key = node << 16 | char, value = child node. */
  readonly keys: Int32Array;
  readonly vals: Uint16Array;
  readonly shift: number;
  /** Term index ending at each node, -1 when none. */
  readonly terminal: Int16Array;
}

function hashSlot(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

const PAIR_SHIFT = 32 - 18;

function pairHash(c0: number, c1: number): number {
  return Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> PAIR_SHIFT;
}

/** Builds a scanner; a term's index in `terms` is what the scan reports. Later duplicates are ignored. */
export function buildScanner(terms: readonly string[]): Scanner {
  const pairs = new Uint32Array(1 << (18 - 5));
  const root = new Uint16Array(65536);
  const edges: [number, number, number][] = [];
  const edgeOf = new Map<number, number>();
  const terminalList: number[] = [-1];
  let nodes = 1;
  terms.forEach((term, index) => {
    if (term.length < 2) throw new Error(`scanner: term "${term}" is shorter than two characters`);
    const h = pairHash(term.charCodeAt(0), term.charCodeAt(1));
    pairs[h >>> 5]! |= 1 << (h & 31);
    let node = root[term.charCodeAt(0)]!;
    if (node === 0) {
      node = nodes++;
      root[term.charCodeAt(0)] = node;
      terminalList[node] = -1;
    }
    for (let i = 1; i < term.length; i++) {
      const key = (node << 16) | term.charCodeAt(i);
      let next = edgeOf.get(key);
      if (next === undefined) {
        next = nodes++;
        edgeOf.set(key, next);
        edges.push([node, term.charCodeAt(i), next]);
        terminalList[next] = -1;
      }
      node = next;
    }
    if (terminalList[node] === -1) terminalList[node] = index;
  });
  if (nodes >= 32768 || terms.length >= 32768) throw new Error('scanner: too many terms');
  let bits = 4;
  // Load factor at most 1/4: a failed lookup (the common case at the end of a match) stops at once.
  while (1 << bits < edges.length * 4) bits++;
  const size = 1 << bits;
  const keys = new Int32Array(size).fill(-1);
  const vals = new Uint16Array(size);
  const shift = 32 - bits;
  for (const [node, ch, next] of edges) {
    const key = (node << 16) | ch;
    let slot = hashSlot(key, shift);
    while (keys[slot] !== -1) slot = (slot + 1) & (size - 1);
    keys[slot] = key;
    vals[slot] = next;
  }
  return { pairs, root, keys, vals, shift, terminal: Int16Array.from(terminalList) };
}

function child(sc: Scanner, node: number, ch: number): number {
  const key = (node << 16) | ch;
  const mask = sc.keys.length - 1;
  let slot = hashSlot(key, sc.shift);
  for (;;) {
    const k = sc.keys[slot]!;
    if (k === key) return sc.vals[slot]!;
    if (k === -1) return 0;
    slot = (slot + 1) & mask;
  }
}

/** Term index of the longest match starting at i (its end in `matchEnd.value`), or -1. */
function longestAt(sc: Scanner, text: string, i: number, to: number, matchEnd: { value: number }): number {
  let node = sc.root[text.charCodeAt(i)]!;
  let best = -1;
  let j = i + 1;
  while (node !== 0) {
    const t = sc.terminal[node]!;
    if (t >= 0) {
      best = t;
      matchEnd.value = j;
    }
    if (j >= to) break;
    node = child(sc, node, text.charCodeAt(j));
    j++;
  }
  return best;
}

/**
 * Calls `visit(term, start, end)` for each leftmost-longest match in text[from, to).
 * Returns the number of matches.
 */
export function scan(
  sc: Scanner,
  text: string,
  visit: (term: number, start: number, end: number) => void,
  from = 0,
  to = text.length,
): number {
  const { pairs } = sc;
  const end = { value: 0 };
  let found = 0;
  let i = from;
  let c0 = text.charCodeAt(i);
  while (i + 1 < to) {
    const c1 = text.charCodeAt(i + 1);
    const h = Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> PAIR_SHIFT;
    if ((pairs[h >>> 5]! & (1 << (h & 31))) === 0) {
      i++;
      c0 = c1;
      continue;
    }
    const term = longestAt(sc, text, i, to, end);
    if (term >= 0) {
      visit(term, i, end.value);
      found++;
      i = end.value;
    } else i++;
    c0 = text.charCodeAt(i);
  }
  return found;
}

/** Like `scan`, but only counts matches per term into `counts` (the hot loop of page detection, inlined). */
export function countTerms(sc: Scanner, text: string, counts: Uint32Array, from = 0, to = text.length): void {
  const { pairs, root, terminal, keys, vals, shift } = sc;
  const mask = keys.length - 1;
  let i = from;
  let c0 = text.charCodeAt(i);
  while (i + 1 < to) {
    const c1 = text.charCodeAt(i + 1);
    const h = Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> PAIR_SHIFT;
    if ((pairs[h >>> 5]! & (1 << (h & 31))) === 0) {
      i++;
      c0 = c1;
      continue;
    }
    // Terms have two or more characters: the walk starts with the second one.
    let node = root[c0]!;
    let best = -1;
    let bestEnd = 0;
    let j = i + 1;
    let ch = c1;
    for (;;) {
      const key = (node << 16) | ch;
      let slot = Math.imul(key, 0x9e3779b1) >>> shift;
      let next = 0;
      for (;;) {
        const k = keys[slot]!;
        if (k === key) {
          next = vals[slot]!;
          break;
        }
        if (k === -1) break;
        slot = (slot + 1) & mask;
      }
      if (next === 0) break;
      node = next;
      j++;
      const t = terminal[node]!;
      if (t >= 0) {
        best = t;
        bestEnd = j;
      }
      if (j >= to) break;
      ch = text.charCodeAt(j);
    }
    if (best >= 0) {
      counts[best] = counts[best]! + 1;
      i = bestEnd;
    } else i++;
    c0 = text.charCodeAt(i);
  }
}

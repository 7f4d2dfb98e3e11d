// The traditional → simplified character table the normaliser ships (lib/engine/text.ts normalizeQuestion),
// taken at build time from opencc-js (its Taiwan/Hong Kong → mainland converter, run on every CJK character), so
// no converter ships to users. Only characters whose simplified form the model or the lexicon reads are kept:
// converting any other changes nothing the engine sees.
import { Converter } from 'opencc-js';

let table: [string, string][] | undefined;

/** Every single-character traditional → simplified pair opencc-js knows (tw and hk variants alike). */
function allPairs(): [string, string][] {
  if (table) return table;
  const tw = Converter({ from: 'tw', to: 'cn' });
  const hk = Converter({ from: 'hk', to: 'cn' });
  const pairs = new Map<string, string>();
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const ch = String.fromCharCode(code);
    for (const convert of [tw, hk]) {
      const out = convert(ch);
      if (out !== ch && [...out].length === 1 && !pairs.has(ch)) pairs.set(ch, out);
    }
  }
  table = [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return table;
}

/** The pairs whose simplified character is in `wanted`, concatenated ("乾干與与…"). */
export function t2sPairs(wanted: ReadonlySet<string>): string {
  return allPairs()
    .filter(([, simplified]) => wanted.has(simplified))
    .map(([traditional, simplified]) => traditional + simplified)
    .join('');
}

import { isProvinceCode } from '../regions/codes';
import type { NamedPlace } from '../scope';
import { findRegionNames } from './cities';
import type { MatchIndex } from './lookup';
import { LATIN_RUN } from './text';

// The place a question names: a city (hanzi, or pinyin when unambiguous), else a province.

function pinyinCity(index: MatchIndex, text: string): string | null {
  for (const run of text.match(LATIN_RUN) ?? []) {
    const words = run.split(/[\s,.'-]+/);
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length, i + 5); j > i; j--) {
        let key = words.slice(i, j).join('');
        if (key.length < 4) continue;
        let codes = index.data.pinyin[key];
        if (!codes && key.endsWith('shi')) {
          key = key.slice(0, -3);
          codes = index.data.pinyin[key];
        }
        if (!codes) continue;
        // An ambiguous pinyin (suzhou: 苏州 or 宿州) is never used as an override.
        if (codes.length === 1) return codes[0]!;
        i = j - 1;
        break;
      }
    }
  }
  return null;
}

/** 去/到 right before a place name: where the person goes (去上海看病), not necessarily whose rules apply. */
function isDestination(text: string, start: number): boolean {
  const before = text[start - 1];
  return before === '去' || before === '到';
}

/**
 * The city or else the province a normalised question names. With `skipDestinations`, places named as
 * destinations are ignored (treatment elsewhere follows the insured place).
 */
export function questionPlace(index: MatchIndex, normalized: string, skipDestinations = false): NamedPlace {
  let city: string | null = null;
  let province: string | null = null;
  findRegionNames(index.finder, normalized, (code, start) => {
    if (skipDestinations && isDestination(normalized, start)) return;
    if (isProvinceCode(code)) province ??= code;
    else city ??= code;
  });
  city ??= pinyinCity(index, normalized);
  return { city, province: city ? null : province };
}

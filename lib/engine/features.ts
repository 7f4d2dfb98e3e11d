import { TOPIC_IDS } from '../topics';
import { findRegionNames, type CityFinder } from './cities';
import { lexiconEvidence } from './evidence';
import { lexicon, lexiconScanner } from './lexicon';
import { scan } from './scanner';
import { LATIN_RUN, PLACE, hanGrams, stripYears } from './text';

// What the question classifier reads of a normalised question (the fastText idea: character n-grams plus a
// few word-level features, into a linear model). The same function serves training (scripts/lib/model-train.ts)
// and asking, so the two cannot drift apart.

/** Place names become one placeholder, so that no city is learned as a topic word. */
function withoutPlaces(text: string, finder: CityFinder): string {
  const cut: [number, number][] = [];
  findRegionNames(finder, text, (_code, start, end) => cut.push([start, end]));
  let out = text;
  for (let i = cut.length - 1; i >= 0; i--) {
    const [start, end] = cut[i]!;
    out = `${out.slice(0, start)}${PLACE}${out.slice(end)}`;
  }
  return out;
}

/**
 * The features of a normalised question (normalizeQuestion): Han character uni-, bi- and trigrams (place names
 * as one placeholder, years dropped), every lexicon entry it names (as `#canonical`, so a synonym and its
 * canonical term share a feature), `#num` for a figure such as a wage or base, and `#short` for a question of
 * at most six characters. Deduplicated, in first-seen order.
 */
export function questionFeatures(normalized: string, finder: CityFinder): string[] {
  const withoutYears = stripYears(normalized);
  const text = withoutPlaces(withoutYears, finder).replace(LATIN_RUN, ' ');
  const features = new Set<string>(hanGrams(text, 3));
  const { entries } = lexicon();
  scan(lexiconScanner(), withoutYears, (entry) => features.add(`#${entries[entry]!.canon}`));
  if (/\d{3,}/.test(text)) features.add('#num');
  if (text.replace(/[^\u4e00-\u9fff]/g, '').length <= 6) features.add('#short');
  return [...features];
}

/** How many lexicon inputs the model reads: one per topic, then general and negative evidence. */
export const LEX_INPUTS = TOPIC_IDS.length + 2;

/**
 * The lexicon's own judgement as dense inputs (log1p of each topic's evidence, general and negative), so the
 * hand-written knowledge of synonyms and weights helps the model where the labelled questions are thin.
 */
export function lexiconInputs(normalized: string, out = new Float64Array(LEX_INPUTS)): Float64Array {
  const evidence = lexiconEvidence();
  scan(lexiconScanner(), stripYears(normalized), (entry) => evidence.add(entry, 1));
  const { topics, general, negative } = evidence.fold();
  for (let i = 0; i < topics.length; i++) out[i] = Math.log1p(topics[i]!);
  out[topics.length] = Math.log1p(general);
  out[topics.length + 1] = Math.log1p(negative);
  return out;
}

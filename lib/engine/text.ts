import { LIMITS } from '../limits';

// Question text helpers shared by index building and querying, so both see the same normal form.

/** Colloquial and dialect question words, rewritten to the standard forms the lexicon lists (咋办 → 怎么办). */
const COLLOQUIAL: Record<string, string> = { 咋: '怎么', 啥: '什么' };
const COLLOQUIAL_RE = /[咋啥]/g;

/** Full-width to half-width (NFKC), lowercase, colloquial question words standardised, bounded. */
export function normalizeQuestion(question: string): string {
  return question
    .slice(0, LIMITS.question)
    .normalize('NFKC')
    .toLowerCase()
    .replace(COLLOQUIAL_RE, (word) => COLLOQUIAL[word]!);
}

/** A (stale) year prefix or suffix: 2021, 2025年, 2024年度. */
const YEAR = /(?:19|20)\d{2}\s*(?:年度|年)?/g;

export function stripYears(text: string): string {
  return text.replace(YEAR, ' ');
}

/** Runs of Latin letters, possibly separated by spaces (pinyin city names: "Shi Jia Zhuang"). */
export const LATIN_RUN = /[a-z]+(?:[\s,.'-]+[a-z]+)*/g;

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Character bigrams of each run of Han characters; a lone character counts as itself. */
export function hanGrams(text: string): string[] {
  const out: string[] = [];
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHan(text.charCodeAt(i));
    if (han && runStart < 0) runStart = i;
    if (!han && runStart >= 0) {
      if (i - runStart === 1) out.push(text[runStart]!);
      for (let j = runStart; j + 1 < i; j++) out.push(text.slice(j, j + 2));
      runStart = -1;
    }
  }
  return out;
}

import { LIMITS } from '../limits';

// Question text helpers shared by training (build time) and asking, so both see the same normal form.

/**
 * Dialect and IME slips rewritten to the forms the lexicon and the model know. Only rewrites that cannot turn
 * a correct question into a wrong one: a typed sound-alike (医宝, 备按, 津帖) or a dialect question word (咋整).
 * Longest first within one alternation, so 咋整 wins over 咋.
 */
const REWRITES: [string, string][] = [
  ['咋整', '怎么办'],
  ['咋弄', '怎么办'],
  ['咋办', '怎么办'],
  ['咋样', '怎么样'],
  ['咋回事', '怎么回事'],
  ['啷个', '怎么'],
  ['咋', '怎么'],
  ['啥', '什么'],
  ['没得', '没有'],
  ['医宝', '医保'],
  ['医报', '医保'],
  ['社宝', '社保'],
  ['社报', '社保'],
  ['报消', '报销'],
  ['保销', '报销'],
  ['备按', '备案'],
  ['被案', '备案'],
  ['津帖', '津贴'],
  ['律贴', '津贴'],
  ['短交', '断交'],
  ['断教', '断缴'],
  ['断叫', '断缴'],
  ['补教', '补缴'],
  ['缴废', '缴费'],
  ['交废', '交费'],
  ['合做医疗', '合作医疗'],
  ['新农和', '新农合'],
  ['帐户', '账户'],
  ['生肓', '生育'],
  ['养老经', '养老金'],
  ['退修', '退休'],
];
const REWRITE_RE = new RegExp(REWRITES.map(([from]) => from).join('|'), 'g');
const REWRITE_TO = new Map(REWRITES);

/**
 * The normal form of a question: bounded, full-width to half-width (NFKC), lowercase, traditional characters
 * to simplified (`t2s`, one character to one, from opencc-js's table at build time), dialect words and typed
 * sound-alikes standardised. Idempotent.
 */
export function normalizeQuestion(question: string, t2s?: ReadonlyMap<string, string>): string {
  let text = question.slice(0, LIMITS.question).normalize('NFKC').toLowerCase();
  if (t2s && t2s.size > 0) {
    let out = '';
    for (const ch of text) out += t2s.get(ch) ?? ch;
    text = out;
  }
  // A lone surrogate left by the cut (or typed) is dropped: it would never match and can break JSON.
  return text.replace(REWRITE_RE, (word) => REWRITE_TO.get(word)!).replace(/[\ud800-\udfff]/g, '');
}

/** A (stale) year prefix or suffix: 2021, 2025年, 2024年度. */
const YEAR = /(?:19|20)\d{2}\s*(?:年度|年)?/g;

export function stripYears(text: string): string {
  return text.replace(YEAR, ' ');
}

/** Runs of Latin letters, possibly separated by spaces (pinyin city names: "Shi Jia Zhuang"). */
export const LATIN_RUN = /[a-z]+(?:[\s,.'-]+[a-z]+)*/g;

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === PLACE_CODE;
}

/** Stands for a place name in the text the model reads, so that no city or province becomes a topic word. */
export const PLACE = '〇';
const PLACE_CODE = PLACE.charCodeAt(0);

/** Character n-grams (1 to `max`) of each run of Han characters. */
export function hanGrams(text: string, max = 2): string[] {
  const out: string[] = [];
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHan(text.charCodeAt(i));
    if (han && runStart < 0) runStart = i;
    if (!han && runStart >= 0) {
      for (let n = 1; n <= max; n++) {
        for (let j = runStart; j + n <= i; j++) out.push(text.slice(j, j + n));
      }
      runStart = -1;
    }
  }
  return out;
}

/** The clauses of a question (split at sentence ends), for questions that ask two things. */
export function clauses(text: string): string[] {
  return text
    .split(/[。?!;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 4);
}

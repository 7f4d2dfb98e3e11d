// Parser for the seed pages (read-only scraped Q&A pages in ../shared/seeds; never copied into the repo).
//
// Format of each <NNN>_<hash>.txt file:
//   line 1             the main answer's title (the question); item <NNN>#0, no date
//   ...                the main answer's body, up to a line "相关推荐"
//   then, repeated     a title line, a body line, a line "健康新闻 YYYY-MM-DD"; items <NNN>#1, #2, ... in order
// Blank lines are ignored, and so are the page-chrome lines 大家都在搜 / 首页 顶部 that some pages carry.
// Counts are asserted (19 snippets in 000, 20 in the others, 104 items) so that a format change fails loudly.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_ENV, seedsDir } from './paths';

export interface SeedItem {
  /** <first three digits of the file name>#<n>; 0 is the main answer. */
  id: string;
  title: string;
  /** From the snippet's 健康新闻 line; null for main answers. */
  date: string | null;
  body: string;
  /** False when the body is cut off mid-sentence (see isComplete). */
  complete: boolean;
}

/** Snippets per seed file; the files themselves are identified by their three-digit prefix. */
export const EXPECTED_SNIPPETS: Readonly<Record<string, number>> = {
  '000': 19,
  '001': 20,
  '002': 20,
  '003': 20,
  '004': 20,
};
export const EXPECTED_ITEMS = Object.values(EXPECTED_SNIPPETS).reduce((n, s) => n + s + 1, 0);

const RELATED = '相关推荐';
const DATE_LINE = /^健康新闻 (\d{4}-\d{2}-\d{2})$/;
const CHROME_LINES = new Set(['大家都在搜', '首页 顶部']);

/**
 * Completeness rule: after trimming, the text ends with sentence-final punctuation 。！？!?… (full or half
 * width), optionally followed by closing quotes or brackets (」』”’"')）》】). A body ending in anything else
 * (a word, a digit, a comma, a colon, a semicolon, a bare closing quote as in 全称“陵水黎族自治县”) was cut off.
 * The ASCII full stop is not accepted: in these pages it only ends truncated numbers and list markers (192.168.1).
 */
export function isComplete(body: string): boolean {
  return /[。！？!?…][」』”’"')）》】]*$/u.test(body.trim());
}

export class SeedsMissingError extends Error {
  constructor(dir: string, fromEnv: boolean) {
    super(
      `seeds not found: looked for the folder ${dir} ` +
        (fromEnv
          ? `(set by ${SEEDS_ENV})`
          : `(default <repo>/../shared/seeds; set ${SEEDS_ENV} to the folder holding the seed .txt files)`),
    );
    this.name = 'SeedsMissingError';
  }
}

class SeedFormatError extends Error {
  constructor(file: string, message: string) {
    super(`seed ${file}: ${message}`);
    this.name = 'SeedFormatError';
  }
}

/** Parses one seed file; `prefix` is its three-digit id, `expectedSnippets` the asserted snippet count. */
export function parseSeedFile(prefix: string, text: string, expectedSnippets: number): SeedItem[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !CHROME_LINES.has(l));
  const related = lines.indexOf(RELATED);
  if (related < 2 || lines.indexOf(RELATED, related + 1) !== -1) {
    throw new SeedFormatError(prefix, `expected one "${RELATED}" line after a title and a body`);
  }
  const [title = '', ...mainBody] = lines.slice(0, related);
  const items: SeedItem[] = [
    { id: `${prefix}#0`, title, date: null, body: mainBody.join('\n'), complete: true },
  ];

  let pending: string[] = [];
  for (const line of lines.slice(related + 1)) {
    const date = DATE_LINE.exec(line)?.[1];
    if (!date) {
      pending.push(line);
      continue;
    }
    const [snippetTitle, ...body] = pending;
    if (!snippetTitle || body.length === 0) {
      throw new SeedFormatError(prefix, `snippet ${items.length} before "${line}" needs a title and a body`);
    }
    const joined = body.join('\n');
    items.push({
      id: `${prefix}#${items.length}`,
      title: snippetTitle,
      date,
      body: joined,
      complete: isComplete(joined),
    });
    pending = [];
  }
  if (pending.length > 0) {
    throw new SeedFormatError(prefix, `text after the last 健康新闻 line: "${pending[0]}"`);
  }
  if (items.length - 1 !== expectedSnippets) {
    throw new SeedFormatError(prefix, `found ${items.length - 1} snippets, expected ${expectedSnippets}`);
  }
  return items;
}

/** All seed items in id order; throws SeedsMissingError when the folder is absent, SeedFormatError on drift. */
export function loadSeeds(env: NodeJS.ProcessEnv = process.env): SeedItem[] {
  const dir = seedsDir(env);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new SeedsMissingError(dir, Boolean(env[SEEDS_ENV]));
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}.*\.txt$/.test(f))
    .sort();
  const prefixes = files.map((f) => f.slice(0, 3));
  const expected = Object.keys(EXPECTED_SNIPPETS);
  if (prefixes.join(',') !== expected.join(',')) {
    throw new SeedFormatError(
      dir,
      `expected files ${expected.join(', ')}, found ${prefixes.join(', ') || 'none'}`,
    );
  }
  const items = files.flatMap((f) => {
    const prefix = f.slice(0, 3);
    return parseSeedFile(prefix, readFileSync(join(dir, f), 'utf8'), EXPECTED_SNIPPETS[prefix] ?? 0);
  });
  if (items.length !== EXPECTED_ITEMS) throw new SeedFormatError(dir, `found ${items.length} items`);
  return items;
}

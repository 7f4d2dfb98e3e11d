// Helpers shared by the engine CLIs (Node only).
import { readFileSync } from 'node:fs';
import { isoDay } from '../../lib/dataset/validity';
import type { RegionsModule } from './engine-load';

/** Bad arguments or an unreadable input: the message on stderr, exit code 2. */
export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/**
 * `--batch file.jsonl`: one output line per non-blank input line, in order; a line that fails prints
 * {"line": n, "error": "..."} and the rest go on. Only an unreadable file stops the run (exit 2).
 */
export function runBatch(file: string, handle: (row: Record<string, unknown>) => unknown): void {
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split(/\r?\n/);
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const row: unknown = JSON.parse(line);
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new Error('not a JSON object');
      out.push(JSON.stringify(handle(row as Record<string, unknown>)));
    } catch (e) {
      out.push(JSON.stringify({ line: i + 1, error: (e as Error).message }));
    }
  });
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
}

/** A user-typed city (name, pinyin or code) to its code; throws with the candidates when unknown or ambiguous. */
export function resolveCityArg(regions: Pick<RegionsModule, 'resolveCity'>, input: string): string {
  const { match, candidates } = regions.resolveCity(input);
  if (match) return match.code;
  const list = candidates.map((c) => `${c.name} ${c.code}`).join(', ');
  throw new Error(
    candidates.length > 1 && candidates.length < 10
      ? `city "${input}" is ambiguous: ${list}`
      : `unknown city "${input}"${list ? `; did you mean: ${list}` : ''}`,
  );
}

/** `--today YYYY-MM-DD` (default: the clock's day); anything else exits 2 with the usage. */
export function todayArg(value: string | undefined, usage: string): string {
  const today = value ?? isoDay(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    fail(`--today must be a date YYYY-MM-DD (got "${today}")\n${usage}`);
  return today;
}

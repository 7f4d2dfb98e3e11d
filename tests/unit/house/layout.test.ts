import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Tests that keep the house (ARCHITECTURE.md): they fail when the layout rots. Each check has a positive
// control, so a check that can no longer see anything fails too.

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['lib', 'entrypoints', 'components', 'hooks', 'utils', 'ui'];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx)$/.test(name)) out.push(rel);
  }
  return out;
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const all = SOURCE_DIRS.flatMap(sourceFiles);

/** Module specifiers a file imports (static, dynamic and type imports). */
function importsOf(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('lib/ is pure domain logic', () => {
  const lib = all.filter((file) => file.startsWith('lib/'));

  it('imports no browser API, no WXT, no React, no Dexie and no runtime folder', () => {
    expect(lib.length).toBeGreaterThan(10);
    const banned = /^(#imports|wxt(\/|$)|react(-dom)?(\/|$)|dexie$|webextension-polyfill)/;
    const runtimeFolder = /(^|\/)(entrypoints|components|hooks|utils|ui)\//;
    const offenders = lib.flatMap((file) =>
      importsOf(read(file))
        .filter((spec) => banned.test(spec) || (spec.startsWith('.') && runtimeFolder.test(spec)))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
    // Positive control: the same check sees a page's imports.
    expect(
      importsOf(read('entrypoints/popup/Popup.tsx')).some((spec) => /^(#imports|react)/.test(spec)),
    ).toBe(true);
  });

  it('touches no browser global', () => {
    const globals = /\b(chrome|browser)\.\w|\bdocument\.\w|\bwindow\.\w|\blocalStorage\b|\bindexedDB\b/;
    const strip = (code: string) => code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(lib.filter((file) => globals.test(strip(read(file))))).toEqual([]);
    expect(globals.test(strip(read('entrypoints/content/hint-card.ts')))).toBe(true);
  });
});

describe('the background is the only writer of the database', () => {
  const write =
    /\.(?:answers|sources|meta|table\([^)]*\))\s*\.\s*(?:put|bulkPut|add|bulkAdd|delete|bulkDelete|clear|update|modify)\b|\.where\([^)]*\)[^;]*\.(?:delete|modify)\(|transaction\(\s*['"]rw/;
  // The schema's upgrade (utils/db.ts) runs in whichever context opens an old database first; it rewrites the
  // same rows in place and is part of the schema, not a writer.
  const schema = (code: string) => code.replace(/\.upgrade\([\s\S]*?\n {6}\}\);/g, '');

  it('no module outside entrypoints/background/ writes to a table', () => {
    const outside = all.filter((file) => !file.startsWith('entrypoints/background/'));
    expect(outside.filter((file) => write.test(schema(read(file))))).toEqual([]);
  });

  it('positive control: the background does write, and so would the schema upgrade', () => {
    expect(write.test(read('entrypoints/background/dataset-import.ts'))).toBe(true);
    expect(write.test(read('utils/db.ts'))).toBe(true);
  });
});

describe('files stay readable', () => {
  it('no source file is over 400 lines', () => {
    const long = all
      .map((file) => ({ file, lines: read(file).split('\n').length }))
      .filter(({ lines }) => lines > 400)
      .map(({ file, lines }) => `${file}: ${lines}`);
    expect(long).toEqual([]);
    expect(all.length).toBeGreaterThan(50);
  });

  it('React code lives on extension pages only: not in lib/, the background or the content script', () => {
    const react = (file: string) => importsOf(read(file)).some((spec) => /^react(-dom)?(\/|$)/.test(spec));
    const places = ['lib/', 'entrypoints/background/', 'entrypoints/content/', 'utils/'];
    expect(all.filter((file) => places.some((place) => file.startsWith(place)) && react(file))).toEqual([]);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The icon has one source, assets/icon.svg (outlined paths, so the build needs no font); @wxt-dev/auto-icons
// renders every size at build (wxt.config.ts). Checks on the BUILT extensions: run `npm run build` first.

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SIZES = [16, 32, 48, 128];
const TARGETS = ['chrome-mv3', 'firefox-mv3'];

interface Manifest {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
}

function builtFile(target: string, file: string): string {
  const full = path.join(ROOT, '.output', target, file);
  if (!existsSync(full)) throw new Error(`${full} is missing: run \`npm run build\` first`);
  return full;
}

/** Width and height from a PNG's IHDR chunk, which must come first. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The element names in an SVG, comments left out. */
const elements = (svg: string) =>
  [...svg.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<([A-Za-z][\w:.-]*)/g)].map((m) => m[1]!);

describe.each(TARGETS)('built icons (%s)', (target) => {
  const manifest = () => JSON.parse(readFileSync(builtFile(target, 'manifest.json'), 'utf8')) as Manifest;

  it('the manifest lists every size for the extensions page and for the toolbar button', () => {
    const m = manifest();
    const expected = Object.fromEntries(SIZES.map((size) => [String(size), `icons/${size}.png`]));
    expect(m.icons).toEqual(expected);
    expect(m.action?.default_icon).toEqual(expected);
  });

  it('each icon the manifest names is a PNG of its size', () => {
    const m = manifest();
    const named = [...Object.entries(m.icons ?? {}), ...Object.entries(m.action?.default_icon ?? {})];
    expect(named.length).toBe(2 * SIZES.length);
    for (const [size, file] of named) {
      expect({ file, ...pngSize(builtFile(target, file)) }).toEqual({
        file,
        width: Number(size),
        height: Number(size),
      });
    }
  });
});

describe('the icon source', () => {
  const svg = readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8');

  it('is outlined paths only: no text, font, image or link, so no build depends on installed fonts', () => {
    expect(new Set(elements(svg))).toEqual(new Set(['svg', 'path']));
    expect(svg).not.toMatch(/font-family|@font-face|href=/);
    expect(svg).toContain('#0b5cad');
    // Positive control: the same check sees a text element.
    expect(elements('<svg><!-- <rect/> --><text>保</text><path d=""/></svg>')).toEqual([
      'svg',
      'text',
      'path',
    ]);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NATIONAL_HOSTS, OPTIONAL_HOSTS } from '../../../lib/sites';
import { CONTENT_SCRIPT_FILE } from '../../../entrypoints/background/registration';
import { BUILT, built } from '../built';

// Checks on the BUILT extension (run `npm run build` first; scripts/test-all.sh does): the manifest grants
// exactly the national row of domain.md's table at install, and the content script fits its budget.

const BUDGET_GZIP = 15 * 1024;

interface Manifest {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  content_scripts: {
    matches: string[];
    js: string[];
    css?: string[];
    all_frames?: boolean;
    run_at?: string;
  }[];
  commands: Record<string, { suggested_key: { default: string } }>;
  web_accessible_resources?: unknown;
}

const manifest = () => JSON.parse(readFileSync(built('manifest.json'), 'utf8')) as Manifest;
const sorted = (list: readonly string[]) => [...list].sort();

describe('built manifest', () => {
  it('asks at install only for the national official sites, and injects only there', () => {
    const m = manifest();
    expect(sorted(m.host_permissions)).toEqual(sorted(NATIONAL_HOSTS));
    expect(m.content_scripts).toHaveLength(1);
    expect(sorted(m.content_scripts[0]!.matches)).toEqual(sorted(NATIONAL_HOSTS));
    expect(m.content_scripts[0]!.all_frames ?? false).toBe(false);
    expect(m.content_scripts[0]!.js).toEqual([CONTENT_SCRIPT_FILE]);
    // Early enough to put the card in while a long page is parsed (entrypoints/content/index.ts says why).
    expect(m.content_scripts[0]!.run_at).toBe('document_start');
  });

  it('keeps bureaus and Q&A sites optional, works elsewhere through activeTab, exposes no pages', () => {
    const m = manifest();
    expect(sorted(m.optional_host_permissions)).toEqual(sorted(OPTIONAL_HOSTS));
    expect(sorted(m.permissions)).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(m.commands._execute_action?.suggested_key.default).toBe('Alt+Shift+B');
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('has no localhost or loopback pattern in a production build', () => {
    expect(readFileSync(built('manifest.json'), 'utf8')).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]/);
  });
});

describe('built content script', () => {
  const files = () => {
    const [script] = manifest().content_scripts;
    return [...script!.js, ...(script!.css ?? [])].map(built);
  };

  it(`is at most ${BUDGET_GZIP / 1024} KB gzip, JS and CSS together`, () => {
    const gzip = files().reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('loads nothing else into the page (no chunks, no React, no zod)', () => {
    const code = readFileSync(built(CONTENT_SCRIPT_FILE), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|importScripts|from\s*["']/);
    expect(code).not.toMatch(/react|ZodError|\$ZodType/i);
    expect(readdirSync(path.join(BUILT, 'content-scripts'))).toEqual(['content.js']);
  });

  it('is plain ASCII (Chrome has rejected non-ASCII content scripts as not UTF-8)', () => {
    // eslint-disable-next-line no-control-regex
    expect(readFileSync(built(CONTENT_SCRIPT_FILE), 'latin1')).toMatch(/^[\x00-\x7f]*$/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { built } from '../built';

// The popup's first paint waits for its script: each further file it needs costs ~5 ms of the popup's open
// time (npm run bench:browser), so the popup is built on its own (wxt.config.ts) and loads one script and one
// style sheet before it paints. React and the override locales come later.

const html = () => readFileSync(built('popup.html'), 'utf8');

describe('built popup', () => {
  it('loads one script and one style sheet, with nothing preloaded', () => {
    const page = html();
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page.match(/rel="stylesheet"/g)).toHaveLength(1);
    expect(page).not.toContain('modulepreload');
  });

  it('has a first script that imports no other file before it runs', () => {
    const src = /<script type="module"[^>]* src="\/([^"]+)"/.exec(html())?.[1];
    expect(src).toMatch(/^chunks\/popup-.*\.js$/);
    const script = readFileSync(built(src!), 'utf8');
    // A static import in Vite's minified output reads `import{…}from"./x.js"` or `import"./x.js"`.
    expect(script).not.toMatch(/\bimport\s*(?:[{*\w][^;]*?from\s*)?["'`]\.{0,2}\//);
    expect(script).not.toContain('react.element');
    expect(script).not.toContain(en.tabDetected.message);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NATIONAL_HOSTS, OPTIONAL_HOSTS, QA_HOSTS } from '../../../lib/sites';
import {
  OPTIONAL_SCRIPT_ID,
  injectIntoTab,
  syncOptionalScripts,
} from '../../../entrypoints/background/registration';

// fakeBrowser has no permissions or scripting API: a small in-memory model of both stands in.

type Registered = {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js?: string[];
  runAt?: string;
};

let granted: Set<string>;
let scripts: Registered[];

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  scripts = [];
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      // Chrome hands patterns back in its own order.
      scripts.filter((s) => ids.includes(s.id)).map((s) => ({ ...s, matches: [...s.matches].reverse() })),
    ),
    registerContentScripts: vi.fn(async (list: Registered[]) => {
      scripts.push(...list);
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      scripts = scripts.filter((s) => !ids.includes(s.id));
    }),
    executeScript: vi.fn(),
  });
});

describe('syncOptionalScripts', () => {
  it('registers nothing while no optional host is granted', async () => {
    expect(await syncOptionalScripts()).toEqual([]);
    expect(fakeBrowser.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(scripts).toEqual([]);
  });

  it('registers the granted hosts, never the national ones twice, and only once', async () => {
    OPTIONAL_HOSTS.forEach((host) => granted.add(host));
    expect(await syncOptionalScripts()).toEqual(OPTIONAL_HOSTS);
    expect(scripts).toEqual([
      expect.objectContaining({
        id: OPTIONAL_SCRIPT_ID,
        matches: OPTIONAL_HOSTS,
        excludeMatches: NATIONAL_HOSTS,
        js: ['content-scripts/content.js'],
        runAt: 'document_start',
        allFrames: false,
      }),
    ]);
    // A second start with the same grants changes nothing.
    await syncOptionalScripts();
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.scripting.unregisterContentScripts).not.toHaveBeenCalled();
  });

  it('replaces a registration an older version persisted with another run_at', async () => {
    OPTIONAL_HOSTS.forEach((host) => granted.add(host));
    scripts.push({
      id: OPTIONAL_SCRIPT_ID,
      matches: [...OPTIONAL_HOSTS],
      excludeMatches: NATIONAL_HOSTS,
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
    });
    await syncOptionalScripts();
    expect(scripts).toEqual([expect.objectContaining({ matches: OPTIONAL_HOSTS, runAt: 'document_start' })]);
  });

  it('follows a revoked permission: narrower, then gone', async () => {
    OPTIONAL_HOSTS.forEach((host) => granted.add(host));
    await syncOptionalScripts();
    granted.delete('*://*.gov.cn/*');
    await syncOptionalScripts();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.matches).toEqual(QA_HOSTS);
    granted.clear();
    await syncOptionalScripts();
    expect(scripts).toEqual([]);
  });

  it('serialises overlapping syncs (start-up and a permission event)', async () => {
    OPTIONAL_HOSTS.forEach((host) => granted.add(host));
    await Promise.all([syncOptionalScripts(), syncOptionalScripts(), syncOptionalScripts()]);
    expect(scripts).toHaveLength(1);
  });
});

describe('injectIntoTab', () => {
  it('injects the built file when our script is not in the tab yet', async () => {
    const execute = vi.mocked(fakeBrowser.scripting.executeScript);
    execute.mockResolvedValueOnce([{ frameId: 0, result: false, documentId: 'd' }]).mockResolvedValueOnce([]);
    expect(await injectIntoTab(7)).toBe(true);
    expect(execute).toHaveBeenLastCalledWith({
      target: { tabId: 7 },
      files: ['/content-scripts/content.js'],
    });
  });

  it('does not inject a second copy', async () => {
    const execute = vi.mocked(fakeBrowser.scripting.executeScript);
    execute.mockResolvedValueOnce([{ frameId: 0, result: true, documentId: 'd' }]);
    expect(await injectIntoTab(7)).toBe(true);
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('answers false where the browser refuses (no gesture, chrome:// pages)', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValueOnce(new Error('Cannot access contents'));
    expect(await injectIntoTab(7)).toBe(false);
  });
});

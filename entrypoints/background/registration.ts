import { browser } from '#imports';
import { NATIONAL_HOSTS, OPTIONAL_HOSTS } from '../../lib/sites';

// Where the content script runs beyond the manifest's national sites (domain.md, "Where 保知 runs"):
// - optional hosts (*.gov.cn, the Q&A sites) once the user grants them from the options page: registered with
//   scripting.registerContentScripts, unregistered when the permission is revoked, re-synced at every start;
// - any other tab on a user gesture (popup, keyboard shortcut, context menu) through activeTab.

/** The built content script (WXT writes entrypoints/content/ here; a unit test checks the built file). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
export const OPTIONAL_SCRIPT_ID = 'baozhi-optional-hosts';
/** As the manifest's script: early enough to put the card in while a long page is parsed (content/index.ts). */
const RUN_AT = 'document_start';

let syncing: Promise<unknown> = Promise.resolve();

/** The optional host patterns the user has granted, in OPTIONAL_HOSTS order. */
export async function grantedOptionalHosts(): Promise<string[]> {
  const granted = await Promise.all(
    OPTIONAL_HOSTS.map((origin) => browser.permissions.contains({ origins: [origin] })),
  );
  return OPTIONAL_HOSTS.filter((_, i) => granted[i]);
}

async function syncNow(): Promise<string[]> {
  const granted = await grantedOptionalHosts();
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [OPTIONAL_SCRIPT_ID] });
  // Chrome hands the patterns back in its own order.
  const current = [...(existing?.matches ?? [])].sort();
  const wanted = [...granted].sort();
  // A registration persisted by an older version may differ in when it runs: it is replaced too.
  const same =
    existing?.runAt === RUN_AT &&
    current.length === wanted.length &&
    current.every((host, i) => host === wanted[i]);
  if (same || (!existing && wanted.length === 0)) return granted;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [OPTIONAL_SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: OPTIONAL_SCRIPT_ID,
        matches: granted,
        // *.gov.cn includes the national sites, whose script the manifest already injects.
        excludeMatches: NATIONAL_HOSTS,
        js: [CONTENT_SCRIPT_FILE],
        runAt: RUN_AT,
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}

/**
 * Makes the registered optional content script match exactly the granted optional hosts. Serialised: the
 * start-up sync and a permission event may overlap.
 */
export function syncOptionalScripts(): Promise<string[]> {
  const next = syncing.then(syncNow, syncNow);
  syncing = next.catch(() => undefined);
  return next;
}

/** Our isolated world's marker, set by the content script (see entrypoints/content/index.ts). */
function contentScriptPresent(): boolean {
  return (globalThis as { baozhiContent?: boolean }).baozhiContent === true;
}

/**
 * Runs the content script in a tab unless it already runs there. Needs a host permission or an activeTab
 * grant (popup opened, shortcut, context menu); pages no extension may script (chrome://, the web store)
 * answer false.
 */
export async function injectIntoTab(tabId: number): Promise<boolean> {
  try {
    const [probe] = await browser.scripting.executeScript({ target: { tabId }, func: contentScriptPresent });
    if (probe?.result === true) return true;
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}`] });
    return true;
  } catch {
    return false;
  }
}

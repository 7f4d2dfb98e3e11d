import { browser } from '#imports';
import type zhCN from '../public/_locales/zh_CN/messages.json';
import type { Language } from '../lib/language';

// UI strings. 'auto' follows the browser through chrome.i18n; an override reads the bundled messages.json of
// the chosen locale, because chrome.i18n cannot switch locale at runtime. An override's file is loaded when it
// is chosen, so the usual case ships neither copy in a page's first script (the popup paints sooner).

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type MessageKey = keyof typeof zhCN;

const LOCALES: Record<Exclude<Language, 'auto'>, () => Promise<{ default: Messages }>> = {
  zh_CN: () => import('../public/_locales/zh_CN/messages.json'),
  en: () => import('../public/_locales/en/messages.json'),
};

/** The override's messages, or null to follow the browser. */
let override: Messages | null = null;
/** Counts setLanguage calls, so a slow load never overwrites a later choice. */
let choice = 0;

/** Switches the UI language; resolves once t() speaks it. */
export async function setLanguage(next: Language): Promise<void> {
  const mine = ++choice;
  const messages = next === 'auto' ? null : (await LOCALES[next]()).default;
  if (mine === choice) override = messages;
}

/**
 * The chrome.i18n substitution rules, for the override path: $NAME$ takes its placeholder's content, then $1…$9
 * take the substitutions, and $$ is a literal $. Hand-written because it is ten lines and no library applies
 * chrome's format to an arbitrary messages.json.
 */
function format(entry: Messages[string], substitutions: string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/** A UI string in the chosen language (Simplified Chinese by default). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const entry = override?.[key];
  return entry ? format(entry, subs) : browser.i18n.getMessage(key, subs);
}

/** The BCP 47 tag of the UI language in use, for <html lang>. */
export function uiLang(): string {
  return t('langTag');
}

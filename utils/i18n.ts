import { browser } from '#imports';
import type zhCN from '../public/_locales/zh_CN/messages.json';
import { formatMessage, type Messages } from '../lib/i18n-format';
import type { Language } from '../lib/language';

// UI strings. 'auto' follows the browser through chrome.i18n; an override reads the bundled messages.json of
// the chosen locale, because chrome.i18n cannot switch locale at runtime. An override's file is loaded when it
// is chosen, so the usual case ships neither copy in a page's first script (the popup paints sooner). Pages
// call setLanguage and t(); the background words the hint card and the context menu with translator(), as a
// content script's chrome.i18n and the menu's would follow the browser only.

export type MessageKey = keyof typeof zhCN;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

const LOCALES: Record<Exclude<Language, 'auto'>, () => Promise<{ default: Messages }>> = {
  zh_CN: () => import('../public/_locales/zh_CN/messages.json'),
  en: () => import('../public/_locales/en/messages.json'),
};

/** An override's messages, or null to follow the browser. */
async function messagesOf(language: Language): Promise<Messages | null> {
  return language === 'auto' ? null : (await LOCALES[language]()).default;
}

/** A string from an override's messages, else chrome.i18n's. */
function lookup(messages: Messages | null, key: MessageKey, substitutions?: string | string[]): string {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const entry = messages?.[key];
  return entry ? formatMessage(entry, subs) : browser.i18n.getMessage(key, subs);
}

/** The override's messages, or null to follow the browser. */
let override: Messages | null = null;
/** Counts setLanguage calls, so a slow load never overwrites a later choice. */
let choice = 0;

/** Switches the UI language; resolves once t() speaks it. */
export async function setLanguage(next: Language): Promise<void> {
  const mine = ++choice;
  const messages = await messagesOf(next);
  if (mine === choice) override = messages;
}

/** A UI string in the chosen language (Simplified Chinese by default). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return lookup(override, key, substitutions);
}

/** The BCP 47 tag of the UI language in use, for <html lang>. */
export function uiLang(): string {
  return t('langTag');
}

/** t() for one language, without switching the page's. */
export async function translator(language: Language): Promise<Translate> {
  const messages = await messagesOf(language);
  return (key, substitutions) => lookup(messages, key, substitutions);
}

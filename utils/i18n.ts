import { browser } from '#imports';

type Key = keyof typeof import('../public/_locales/zh_CN/messages.json');

/** A UI string in the browser's language (Simplified Chinese by default). */
export function t(key: Key, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

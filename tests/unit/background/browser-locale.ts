import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import { formatMessage, type Messages } from '../../../lib/i18n-format';

/** fakeBrowser has no chrome.i18n: this one speaks the browser's locale, as Chrome's does whatever we chose. */
export function browserLocale(locale: 'zh_CN' | 'en'): void {
  const messages: Messages = locale === 'en' ? en : zhCN;
  Object.assign(fakeBrowser.i18n, {
    getMessage: vi.fn((key: string, substitutions: string | string[] = []) =>
      formatMessage(messages[key]!, [substitutions].flat()),
    ),
  });
}

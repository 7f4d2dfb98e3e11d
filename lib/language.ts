import * as z from 'zod/mini';

/** The UI language setting: follow the browser, or an override (chrome.i18n cannot switch at runtime). */
export const Language = z.enum(['auto', 'zh_CN', 'en']);
export type Language = z.infer<typeof Language>;

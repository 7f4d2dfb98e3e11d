// How every browser test and browser benchmark starts Debian's Chromium (shared/docs/toolchain.md).

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for headless Chromium on a machine without network: the extension at `extensionDir` loaded (or, for a
 * baseline, no extension at all), and the browser's UI language when given (chrome.i18n follows it).
 */
export function chromiumArgs(extensionDir: string | null, lang?: string): string[] {
  return [
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : ['--disable-extensions']),
    ...(lang ? [`--lang=${lang}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    // Without these, Chromium keeps trying hosts this machine cannot reach.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** The environment that makes the UI language stick on Linux (LANGUAGE, beside --lang). */
export function chromiumEnv(lang: string): NodeJS.ProcessEnv {
  return { ...process.env, LANGUAGE: lang.replace('-', '_') };
}

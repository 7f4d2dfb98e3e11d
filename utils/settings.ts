import { storage } from '#imports';
// zod/mini: extension pages load settings first, and the full zod would add ~50 KB before the first paint.
import * as z from 'zod/mini';
import { getRegion } from '../lib/regions';
import { Language } from '../lib/language';

// Every setting is a WXT storage item that stores only what the user set. Values are validated with Zod on
// every read and write: a corrupted or unknown value reads as the default and is never written.

const CityCode = z.string().check(
  z.regex(/^\d{6}$/),
  z.refine((code) => getRegion(code)?.province !== undefined, 'not a home city'),
);

export const HomeCity = z.nullable(
  z.strictObject({
    code: CityCode,
    /** When the user chose it (ISO date); null for values migrated from settings v1. */
    chosenAt: z.nullable(z.string()),
  }),
);
export type HomeCity = z.infer<typeof HomeCity>;

/** Where the inline hint card may appear. The badge and the popup answer are not affected. */
export const HintSettings = z.strictObject({
  /** Off: no card anywhere. */
  enabled: z.boolean(),
  /** Also on provincial and city bureau sites (*.gov.cn; needs the optional host permission). */
  bureaus: z.boolean(),
  /** Also on Q&A and news sites (needs the optional host permissions). */
  qa: z.boolean(),
});
export type HintSettings = z.infer<typeof HintSettings>;

const Hostname = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+$/, 'hostname'));
export const NoHintSites = z.array(Hostname).check(z.maxLength(500));

export { Language };

interface Setting<T> {
  key: string;
  schema: z.ZodMiniType<T>;
  fallback: T;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  reset(): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

function defineSetting<T>(
  key: `sync:${string}` | `local:${string}`,
  schema: z.ZodMiniType<T>,
  fallback: T,
  options: { version?: number; migrations?: Record<number, (old: unknown) => unknown> } = {},
): Setting<T> {
  const item = storage.defineItem<unknown>(key, {
    version: options.version ?? 1,
    migrations: options.migrations,
  });
  const read = (raw: unknown): T => {
    if (raw === null || raw === undefined) return fallback;
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    key: key.slice(key.indexOf(':') + 1),
    schema,
    fallback,
    get: async () => read(await item.getValue()),
    set: async (value) => item.setValue(schema.parse(value)),
    reset: () => item.removeValue(),
    watch: (callback) => item.watch((value) => callback(read(value))),
  };
}

export const settings = {
  // v1 (foundation) stored the bare city code; v2 stores {code, chosenAt}.
  homeCity: defineSetting<HomeCity>('sync:homeCity', HomeCity, null, {
    version: 2,
    migrations: {
      2: (old) =>
        typeof old === 'string' && CityCode.safeParse(old).success ? { code: old, chosenAt: null } : null,
    },
  }),
  hints: defineSetting<HintSettings>('sync:hints', HintSettings, {
    enabled: true,
    bureaus: false,
    qa: false,
  }),
  noHintSites: defineSetting<string[]>('sync:noHintSites', NoHintSites, []),
  language: defineSetting<Language>('sync:language', Language, 'auto'),
  largeFont: defineSetting<boolean>('sync:largeFont', z.boolean(), false),
  /** Keep 「按我的情况算」's inputs on this device (utils/situation.ts); off by default. */
  rememberSituation: defineSetting<boolean>('local:rememberSituation', z.boolean(), false),
};

/**
 * 「按我的情况算」's inputs, when settings.rememberSituation allows (validated in utils/situation.ts). Device-local
 * and not part of the exported settings: what someone earns stays on this machine.
 */
export const situationInputsItem = storage.defineItem<unknown>('local:situationInputs');

export type Settings = { [K in keyof typeof settings]: Awaited<ReturnType<(typeof settings)[K]['get']>> };

/** The home city's code, or null when none is set. */
export async function getHomeCity(): Promise<string | null> {
  return (await settings.homeCity.get())?.code ?? null;
}

export async function setHomeCity(code: string): Promise<void> {
  await settings.homeCity.set({ code, chosenAt: new Date().toISOString().slice(0, 10) });
}

export async function readAllSettings(): Promise<Settings> {
  const entries = await Promise.all(
    Object.entries(settings).map(async ([name, setting]) => [name, await setting.get()] as const),
  );
  return Object.fromEntries(entries) as Settings;
}

// ---- Export, import, reset ----

export const SETTINGS_FORMAT = 'baozhi-settings';
export const SETTINGS_VERSION = 2;

const SettingsFile = z.strictObject({
  format: z.literal(SETTINGS_FORMAT),
  version: z.literal(SETTINGS_VERSION),
  settings: z.strictObject({
    homeCity: z.optional(HomeCity),
    hints: z.optional(HintSettings),
    noHintSites: z.optional(NoHintSites),
    language: z.optional(Language),
    largeFont: z.optional(z.boolean()),
    rememberSituation: z.optional(z.boolean()),
  }),
});

export async function exportSettings(): Promise<string> {
  const file: z.infer<typeof SettingsFile> = {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    settings: await readAllSettings(),
  };
  return JSON.stringify(file, null, 2);
}

export type ImportResult = { ok: true } | { ok: false; problems: string[] };

/** Validates the whole file first; a bad file changes nothing and says what is wrong and where. */
export async function importSettings(text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = SettingsFile.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
    };
  }
  const values = parsed.data.settings;
  const writes: Promise<void>[] = [];
  for (const name of Object.keys(settings) as (keyof typeof settings)[]) {
    const value = values[name];
    if (value !== undefined) writes.push((settings[name] as Setting<typeof value>).set(value));
  }
  await Promise.all(writes);
  return { ok: true };
}

export async function resetSettings(): Promise<void> {
  await Promise.all([
    ...Object.values(settings).map((setting) => setting.reset()),
    situationInputsItem.removeValue(),
  ]);
}

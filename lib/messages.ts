import * as z from 'zod/mini';
import { CompiledRecord, GlossaryTerm, Reference, SourceItem } from './dataset/schema';
import { Language } from './language';
import { LIMITS } from './limits';
import { TOPIC_IDS } from './topics';

// Every cross-context message is one of these, checked where it arrives. zod/mini keeps the
// content script small; the same schemas serve the background and the popup.

const RegionCode = z.string().check(z.regex(/^\d{6}$/));
const Topic = z.enum(TOPIC_IDS);

/** What the content script found on a page. */
export const PageDetection = z.object({
  relevant: z.boolean(),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  topics: z.array(Topic).check(z.maxLength(LIMITS.topics)),
  city: z.nullable(RegionCode),
  /** The province the page is about (of its city, or on its own when it names no single city). */
  province: z.nullable(RegionCode),
  placeFrom: z.nullable(z.enum(['host', 'body'])),
});
export type PageDetection = z.infer<typeof PageDetection>;

/**
 * The capped text a relevant page was scored on (the engine's extractPage output). Only pages the content
 * script found relevant send it, so that the background can find the page's city with the region-name table,
 * which is too big to ship into every page.
 */
export const PageSample = z.object({
  title: z.string().check(z.maxLength(200)),
  description: z.string().check(z.maxLength(500)),
  headings: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
  text: z.string().check(z.maxLength(LIMITS.textSample)),
});
export type PageSample = z.infer<typeof PageSample>;

/** The background's view of one tab: the page's detection, and where it was made. */
export const TabState = z.object({
  url: z.string().check(z.maxLength(2048)),
  detection: PageDetection,
});
export type TabState = z.infer<typeof TabState>;

/** The data layer's state, pushed by the background to open extension pages. */
export const DataState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('initialising') }),
  z.object({
    status: z.literal('ready'),
    version: z.string(),
    hash: z.string(),
    recordCount: z.number(),
    importedAt: z.number(),
    durationMs: z.optional(z.number()),
  }),
  z.object({
    status: z.literal('importing'),
    version: z.string(),
    progress: z.number().check(z.minimum(0), z.maximum(1)),
  }),
  z.object({
    status: z.literal('unavailable'),
    reason: z.enum(['private', 'quota', 'open-failed', 'forced']),
    detail: z.string().check(z.maxLength(500)),
  }),
]);
export type DataState = z.infer<typeof DataState>;

/** The outcome of importing a dataset file: all or nothing. */
export const ImportResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), version: z.string(), recordCount: z.number() }),
  z.object({ ok: z.literal(false), problems: z.array(z.string()) }),
]);
export type ImportResult = z.infer<typeof ImportResult>;

const TabId = z.number().check(z.int(), z.minimum(0));

export const Message = z.discriminatedUnion('type', [
  // content script → background (the tab and page are taken from the sender, never from the message)
  z.object({ type: z.literal('page-detected'), detection: PageDetection, page: z.optional(PageSample) }),
  z.object({ type: z.literal('get-hint') }),
  z.object({
    type: z.literal('open-answer'),
    recordId: z.string().check(z.maxLength(LIMITS.recordId)),
    city: z.nullable(RegionCode),
  }),
  /** 关闭: no card on this page (its URL) for the rest of the browser session. */
  z.object({ type: z.literal('hint-dismiss') }),
  /** 此网站不再提示: adds the sender's host to settings.noHintSites. */
  z.object({ type: z.literal('hint-site-off') }),
  /** 关闭所有提示: settings.hints.enabled = false. */
  z.object({ type: z.literal('hints-off') }),
  /** An error the content script caught; kept by the background for diagnosis and tests. */
  z.object({ type: z.literal('content-error'), message: z.string().check(z.maxLength(LIMITS.errorText)) }),
  // extension pages → background
  z.object({ type: z.literal('get-tab-state'), tabId: TabId }),
  /** The popup, on opening: inject the content script into that tab through activeTab (any site). */
  z.object({ type: z.literal('inject-tab'), tabId: TabId }),
  z.object({ type: z.literal('get-data-state') }),
  /** The popup, on opening: everything its first paint needs, in one round trip (PopupStart). */
  z.object({ type: z.literal('popup-start'), tabId: z.nullable(TabId) }),
  z.object({ type: z.literal('import-dataset'), text: z.string() }),
  /** The options page's 恢复内置数据: replace an imported dataset with the bundled one (ImportResult). */
  z.object({ type: z.literal('restore-bundled') }),
  // background → extension pages (broadcast)
  z.object({ type: z.literal('data-state'), state: DataState }),
]);
export type Message = z.infer<typeof Message>;

const Label = z.string().check(z.maxLength(LIMITS.hint.label));

/**
 * The hint card's own words, keyed by their messages.json keys (langTag is the card's lang attribute). The
 * background words them in the UI language the user chose: a content script's chrome.i18n can only follow the
 * browser's.
 */
export const CardLabels = z.object({
  langTag: Label,
  hintLabel: Label,
  hintClose: Label,
  cardDetails: Label,
  cardSiteOff: Label,
  cardAllOff: Label,
});
export type CardLabels = z.infer<typeof CardLabels>;

/**
 * The hint card's content: a one-line conclusion, where it applies, and for which city. The content script
 * checks it with the hand-written isHint (entrypoints/content/validate.ts), kept in step by a unit test.
 */
export const Hint = z.object({
  recordId: z.string().check(z.maxLength(LIMITS.recordId)),
  conclusion: z.string().check(z.maxLength(LIMITS.hint.conclusion)),
  scopeLabel: z.string().check(z.maxLength(LIMITS.hint.scopeLabel)),
  /** The city the answer is for (the page's city overrides the home city), or null for national. */
  city: z.nullable(RegionCode),
  /** Says whose city it is, e.g. 按本页提到的城市: 石家庄市; empty when none. */
  place: z.string().check(z.maxLength(LIMITS.hint.place)),
  /** The answer's date line (its period, or how old its sources are), beside the conclusion. */
  dated: z.string().check(z.maxLength(LIMITS.hint.dated)),
  /** The line says the answer may be out of date. */
  stale: z.boolean(),
  largeFont: z.boolean(),
  labels: CardLabels,
});
export type Hint = z.infer<typeof Hint>;

export const HintResponse = z.nullable(Hint);
export const TabStateResponse = z.nullable(TabState);

/** What 'inject-tab' answers: whether our content script now runs in that tab. */
export const InjectResult = z.object({ injected: z.boolean() });
export type InjectResult = z.infer<typeof InjectResult>;

const ShortName = z.string().check(z.maxLength(20));

/**
 * What the popup needs to paint the current tab's answer before React and the region table load: the data
 * state, the home city, the tab's detection, the UI settings, and the tab's answer with its place already in
 * words (the background has the region table loaded anyway).
 */
export const PopupStart = z.object({
  dataState: DataState,
  home: z.nullable(RegionCode),
  tab: z.nullable(TabState),
  language: Language,
  largeFont: z.boolean(),
  answer: z.nullable(
    z.object({
      record: CompiledRecord,
      items: z.array(SourceItem),
      refs: z.array(z.extend(Reference, { article: z.nullable(z.string()) })),
      terms: z.array(GlossaryTerm),
      scope: z.enum(['city', 'province', 'national']),
      origin: z.enum(['database', 'bundled']),
      city: z.nullable(RegionCode),
      cityFrom: z.enum(['question', 'choice', 'page', 'home', 'none']),
      place: z.object({
        label: z.string().check(z.maxLength(60)),
        bingtuan: z.boolean(),
        other: z.nullable(
          z.object({
            cityFrom: z.enum(['page', 'question', 'choice']),
            placeFrom: z.nullable(z.enum(['host', 'body'])),
            city: ShortName,
            home: z.nullable(ShortName),
          }),
        ),
      }),
    }),
  ),
});
export type PopupStart = z.infer<typeof PopupStart>;

/**
 * storage.session keys an extension page may read without waking the background: the popup's start kept for a
 * tab (when it has an answer), and the data state (the kept start is used only while its dataset is current).
 */
export const KEPT_START_PREFIX = 'popup-start:';
export const keptStartKey = (tabId: number) => `${KEPT_START_PREFIX}${tabId}`;
export const DATA_STATE_KEY = 'data-state';

/** Parses an incoming message; anything unknown or malformed is `null` and must be ignored. */
export function parseMessage(raw: unknown): Message | null {
  const result = Message.safeParse(raw);
  return result.success ? result.data : null;
}

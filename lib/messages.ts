import * as z from 'zod/mini';
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
});
export type PageDetection = z.infer<typeof PageDetection>;

/** The background's view of one tab: the page's detection, and where it was made. */
export const TabState = z.object({
  url: z.string().check(z.maxLength(2048)),
  detection: PageDetection,
});
export type TabState = z.infer<typeof TabState>;

export const Message = z.discriminatedUnion('type', [
  // content script → background
  z.object({ type: z.literal('page-detected'), detection: PageDetection }),
  z.object({ type: z.literal('get-hint') }),
  // popup → background
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().check(z.int(), z.minimum(0)) }),
]);
export type Message = z.infer<typeof Message>;

/** The hint card's content: a one-line conclusion and where it applies. */
export const Hint = z.object({
  recordId: z.string(),
  conclusion: z.string().check(z.maxLength(300)),
  scopeLabel: z.string().check(z.maxLength(60)),
});
export type Hint = z.infer<typeof Hint>;

export const HintResponse = z.nullable(Hint);
export const TabStateResponse = z.nullable(TabState);

/** Parses an incoming message; anything unknown or malformed is `null` and must be ignored. */
export function parseMessage(raw: unknown): Message | null {
  const result = Message.safeParse(raw);
  return result.success ? result.data : null;
}

// Hard limits shared by both sides of a message, so a hostile page cannot make either side
// do unbounded work (the idea comes from 10ten's limits.ts).
export const LIMITS = {
  /** Characters of page text the content script samples for detection. */
  textSample: 8_000,
  /** Topics a page detection may report. */
  topics: 5,
  /** Characters of a free-text question. */
  question: 200,
} as const;

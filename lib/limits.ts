// Hard limits shared by both sides of a message, so a hostile page cannot make either side
// do unbounded work (the idea comes from 10ten's limits.ts).
export const LIMITS = {
  /** Characters of page text the content script samples for detection. */
  textSample: 8_000,
  /** Topics a page detection may report. */
  topics: 5,
  /** Characters of a free-text question. */
  question: 200,
  /** Characters of a record id in a message. */
  recordId: 100,
  /** Characters of an error message a content script reports, and of the page URL kept with it. */
  errorText: 500,
  /**
   * The hint card's fields, and each of its own words (labels): the background cuts to these, the content
   * script refuses anything longer.
   */
  hint: { conclusion: 300, scopeLabel: 60, place: 60, dated: 80, label: 40 },
} as const;

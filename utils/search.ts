import { ask, type AskOptions, type AskResult } from '../lib/engine/match';
import { shippedModel } from '../lib/engine/model';
import type { AnswerSource } from './answers';

// Free-text search on extension pages: the shipped classifier over the current dataset's lookup tables. Kept
// apart from utils/answers, which the background uses too, so that the model ships only where questions are
// asked (the popup's build and the pages' build), not in the service worker. Pages load it when the first
// question is asked (./load-search.ts), so the model is not parsed before the page has painted.
export async function searchAnswers(
  source: AnswerSource,
  question: string,
  options: AskOptions,
): Promise<AskResult> {
  return ask({ model: shippedModel(), index: await source.lookupTables() }, question, options);
}

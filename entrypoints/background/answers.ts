import type { PageDetection } from '../../lib/messages';
import { answerRegion, type AnswerRegion } from '../../lib/scope';
import type { TopicId } from '../../lib/topics';
import { type AnswerSource, type FoundAnswer, openAnswerSource } from '../../utils/answers';
import { getDataState } from './data-layer';

// The background's answers: one source per data state (reopened when the dataset or its state changes), and
// the answers found lately. The hint card, the popup and the detection that precedes both ask for the same
// tab's answer moments apart; the popup's first paint waits on this, so it should not redo the lookup.

const REMEMBERED = 64;

let current:
  { key: string; source: Promise<AnswerSource>; found: Map<string, Promise<FoundAnswer | null>> } | undefined;

/** The answer for a topic in a region (its chain: city → province → national), from the current data. */
export function findAnswer(topic: TopicId, region: AnswerRegion): Promise<FoundAnswer | null> {
  const state = getDataState();
  const key = state.status === 'ready' ? `ready ${state.hash}` : state.status;
  if (current?.key !== key) current = { key, source: openAnswerSource(state), found: new Map() };
  const { source, found } = current;
  const lookup = `${topic} ${region.chain.map((step) => step.region).join(' ')}`;
  let answer = found.get(lookup);
  if (answer) {
    // Most recently used last, so the oldest is evicted first.
    found.delete(lookup);
  } else {
    answer = source.then((s) => s.findAnswer(topic, region.chain));
    // A failed lookup is not remembered.
    answer.catch(() => found.delete(lookup));
    if (found.size >= REMEMBERED) found.delete(found.keys().next().value!);
  }
  found.set(lookup, answer);
  return answer;
}

/** A detected page's answering region: what the page names, else the home city (lib/scope answerRegion). */
export function pageRegion(detection: PageDetection, home: string | null): AnswerRegion {
  const { city, province, placeFrom } = detection;
  return answerRegion({ page: { city, province, from: placeFrom }, home });
}

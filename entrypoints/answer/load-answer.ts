import { scopeLabel } from '../../lib/answer-place';
import { isoDay } from '../../lib/dataset/validity';
import type { AskHit, AskResult } from '../../lib/engine/match';
import { getRegion } from '../../lib/regions';
import { answerRegion, NATIONAL, type CityFrom, type RegionInputs, type Scope } from '../../lib/scope';
import type { Calculation } from '../../lib/situation/route';
import type { TopicId } from '../../lib/topics';
import type { AnswerSource, RecordView } from '../../utils/answers';
import type { AnswerLink } from '../../utils/answer-url';
import { loadSearch } from '../../utils/load-search';

// What the answer page shows for its link (utils/answer-url.ts): a record by id, or the best answer to a
// question, with the others found; or why there is none, with the topics to try when the engine is unsure.

export interface Loaded extends RecordView {
  scope: Scope;
  city: string | null;
  cityFrom: CityFrom;
  /** For a search: the other answers found. */
  others: AskHit[];
  /** For a search with the user's numbers or dates: the calculator to open with them. */
  calculation: Calculation | null;
}

export type Outcome =
  | { kind: 'found'; loaded: Loaded }
  | { kind: 'none'; result: AskResult | null; suggestions: { topic: TopicId; id: string }[] };

/** The level a record's region stands at for a city: its own, its province's, or national. */
function scopeOf(region: string): Scope {
  if (region === NATIONAL) return 'national';
  return getRegion(region)?.province ? 'city' : 'province';
}

/** The link's city, as the reason it gives (lib/scope answerRegion decides with the home city). */
function linkInputs(link: AnswerLink, home: string | null): RegionInputs {
  const city = link.city && getRegion(link.city)?.province ? link.city : null;
  if (!city) return { home };
  const named = { city, province: null };
  if (link.from === 'page') return { page: named, home };
  if (link.from === 'question') return { question: named, home };
  return { choice: city, home };
}

const NONE: Outcome = { kind: 'none', result: null, suggestions: [] };

export async function loadAnswer(
  source: AnswerSource,
  link: AnswerLink,
  home: string | null,
): Promise<Outcome> {
  const inputs = linkInputs(link, home);
  if (link.id) {
    const found = await source.getAnswer(link.id);
    if (!found) return NONE;
    const region = answerRegion(inputs);
    const loaded = {
      ...found,
      scope: scopeOf(found.record.region),
      city: region.city,
      cityFrom: region.cityFrom,
      others: [],
      calculation: null,
    };
    return { kind: 'found', loaded };
  }
  if (!link.q) return NONE;
  const search = await loadSearch();
  const result = await search(source, link.q, {
    homeCity: home,
    choice: inputs.choice,
    limit: 8,
    today: isoDay(new Date()),
  });
  const [top, ...others] = result.results;
  if (!top) {
    // Unsure: the two likeliest topics, each as its answer for the place the question is about.
    const chain = answerRegion({
      question: { city: result.city, province: result.province },
      home: null,
    }).chain;
    const suggestions = [];
    for (const topic of result.suggestions) {
      const found = await source.findAnswer(topic, chain);
      if (found) suggestions.push({ topic, id: found.record.id });
    }
    return { kind: 'none', result, suggestions };
  }
  const full = await source.getAnswer(top.record.id);
  if (!full) return NONE;
  return {
    kind: 'found',
    loaded: {
      ...full,
      scope: top.scope,
      city: result.city,
      cityFrom: result.cityFrom,
      others,
      calculation: result.calculation,
    },
  };
}

/** How another result is labelled in the list under the answer. */
export function otherLabel(hit: AskHit, city: string | null): string {
  return scopeLabel(hit.scope, hit.region, city);
}

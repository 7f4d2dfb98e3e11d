import { isBingtuan, NATIONAL, provinceCode } from './regions/codes';

// Which region answers, and why: the one place that decides it (domain.md "Regions": a city named in the
// question or the page overrides the home city; the answer falls back city → province → national, labelled).
// Table-free, so the matcher and the background use it without loading region names.

export { NATIONAL };

/** The level an answer comes from; the UI always says which. */
export type Scope = 'city' | 'province' | 'national';

export interface ChainStep {
  region: string;
  scope: Scope;
}

/**
 * The regions to try, most specific first: the city, its province (or the province alone), national. A 兵团
 * city skips 新疆: the 兵团 runs its own insurance, so the autonomous region's rules are not its rules.
 */
export function regionChain(city: string | null, province: string | null = null): ChainStep[] {
  const steps: ChainStep[] = [];
  if (city) steps.push({ region: city, scope: 'city' });
  const prov = city ? (isBingtuan(city) ? null : provinceCode(city)) : province;
  if (prov && prov !== city && prov !== NATIONAL) steps.push({ region: prov, scope: 'province' });
  steps.push({ region: NATIONAL, scope: 'national' });
  return steps;
}

/**
 * Why the answer is for this place: named in the question, chosen in the city switcher for one lookup, named
 * by the page, the home city, or none (national rules). The page's reason (its host or its body) is kept
 * beside it where it is known.
 */
export type CityFrom = 'question' | 'choice' | 'page' | 'home' | 'none';

/** A place something names: a city (its province follows), or only a province. */
export interface NamedPlace {
  city: string | null;
  province: string | null;
}

/** Where a page's place came from: its host (ybj.zhengzhou.gov.cn) or its text. */
export type PlaceFrom = 'host' | 'body';

export interface RegionInputs {
  /** What the question names (the matcher reads it). */
  question?: NamedPlace | null;
  /** A city chosen for one lookup (the popup's switcher, the answer page's link). */
  choice?: string | null;
  /** What the page names (detection), and from where. */
  page?: (NamedPlace & { from?: PlaceFrom | null }) | null;
  home?: string | null;
}

export interface AnswerRegion extends NamedPlace {
  cityFrom: CityFrom;
  /** For cityFrom 'page': whether the host or the text named the place. */
  placeFrom: PlaceFrom | null;
  chain: ChainStep[];
}

type Decided = NamedPlace & { cityFrom: CityFrom };

/**
 * A named city always overrides; a named province overrides only a city outside it (河南异地就医 asked by a
 * user at home in 洛阳 stays 洛阳's).
 */
function override(base: Decided, place: NamedPlace | null | undefined, from: CityFrom): Decided {
  if (place?.city) return { city: place.city, province: provinceCode(place.city), cityFrom: from };
  if (place?.province && (!base.city || provinceCode(base.city) !== place.province)) {
    return { city: null, province: place.province, cityFrom: from };
  }
  return base;
}

/** The answering region: question, then a one-off choice, then the page, then the home city. */
export function answerRegion(inputs: RegionInputs): AnswerRegion {
  const home = inputs.home ?? null;
  let decided: Decided = home
    ? { city: home, province: provinceCode(home), cityFrom: 'home' }
    : { city: null, province: null, cityFrom: 'none' };
  decided = override(decided, inputs.page, 'page');
  decided = override(decided, inputs.choice ? { city: inputs.choice, province: null } : null, 'choice');
  decided = override(decided, inputs.question, 'question');
  const placeFrom = decided.cityFrom === 'page' ? (inputs.page?.from ?? null) : null;
  return { ...decided, placeFrom, chain: regionChain(decided.city, decided.province) };
}

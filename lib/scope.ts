import { getRegion, provinceOf } from './regions';

// An answer comes from the city, else its province, else the national rule; the UI always says which.
export type Scope = 'city' | 'province' | 'national';

export const NATIONAL = '000000';

export interface ChainStep {
  region: string;
  scope: Scope;
}

/** The regions to try for a city, most specific first. */
export function regionChain(cityCode: string | null): ChainStep[] {
  const steps: ChainStep[] = [];
  if (cityCode) {
    steps.push({ region: cityCode, scope: 'city' });
    const province = provinceOf(cityCode);
    if (province) steps.push({ region: province.code, scope: 'province' });
  }
  steps.push({ region: NATIONAL, scope: 'national' });
  return steps;
}

/** 「郑州专属」「河南省通用」「全国通用规则(本市暂无专门条目)」 */
export function scopeLabel(scope: Scope, regionCode: string, cityCode: string | null): string {
  if (scope === 'national') return cityCode ? '全国通用规则(本市暂无专门条目)' : '全国通用规则';
  const region = getRegion(regionCode);
  if (!region) return '';
  return scope === 'city' ? `${region.short}专属` : `${region.name}通用`;
}

/** Why the answer is for this city: named in the page or question, chosen in the city switcher, or home. */
export type CityFrom = 'page' | 'question' | 'choice' | 'home';

/** Where an answer applies, in words, and whose city it is when that is not the home city. */
export interface AnswerPlace {
  label: string;
  /** Short names, set only when the answer is for another city than the home city. */
  other: { cityFrom: Exclude<CityFrom, 'home'>; city: string; home: string | null } | null;
}

/**
 * Computed where the region table is loaded (the background, React pages), so the popup's first paint
 * can show it without loading the table.
 */
export function answerPlace(
  scope: Scope,
  regionCode: string,
  city: string | null,
  homeCity: string | null,
  cityFrom: CityFrom,
): AnswerPlace {
  const short = (code: string) => getRegion(code)?.short ?? '';
  const other =
    cityFrom !== 'home' && city !== null && city !== homeCity
      ? { cityFrom, city: short(city), home: homeCity ? short(homeCity) : null }
      : null;
  return { label: scopeLabel(scope, regionCode, city), other };
}

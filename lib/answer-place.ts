import { getRegion } from './regions';
import { isBingtuan } from './regions/codes';
import type { CityFrom, PlaceFrom, Scope } from './scope';

// Where an answer applies, in words (domain.md: 「郑州专属」「河南省通用」「全国通用规则(本市暂无专门条目)」). It needs
// the region names, so it lives apart from lib/scope's table-free rules.

/** A region's short name (郑州), or a dash when there is none. */
export function shortName(code: string | null): string {
  return (code && getRegion(code)?.short) || '—';
}

export function scopeLabel(scope: Scope, regionCode: string, cityCode: string | null): string {
  if (scope === 'national') return cityCode ? '全国通用规则(本市暂无专门条目)' : '全国通用规则';
  const region = getRegion(regionCode);
  if (!region) return '';
  return scope === 'city' ? `${region.short}专属` : `${region.name}通用`;
}

/** Where an answer applies, in words, and whose city it is when that is not the home city. */
export interface AnswerPlace {
  label: string;
  /** The city is a 兵团 city: its insurance is run by the 兵团, which the answer says. */
  bingtuan: boolean;
  /** Short names, set only when the answer is for another city than the home city. */
  other: {
    cityFrom: Exclude<CityFrom, 'home' | 'none'>;
    /** For a page: whether its host or its text named the city. */
    placeFrom: PlaceFrom | null;
    city: string;
    home: string | null;
  } | null;
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
  placeFrom: PlaceFrom | null = null,
): AnswerPlace {
  const short = (code: string) => getRegion(code)?.short ?? '';
  const other =
    cityFrom !== 'home' && cityFrom !== 'none' && city !== null && city !== homeCity
      ? { cityFrom, placeFrom, city: short(city), home: homeCity ? short(homeCity) : null }
      : null;
  return { label: scopeLabel(scope, regionCode, city), bingtuan: city !== null && isBingtuan(city), other };
}

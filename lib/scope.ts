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

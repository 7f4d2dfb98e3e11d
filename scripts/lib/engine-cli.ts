// Helpers shared by the engine CLIs (Node only).
import type { Scope } from '../../lib/scope';
import type { Engine } from './engine-load';

/** 「郑州专属」「河南省通用」「全国通用规则(本市暂无专门条目)」 (domain.md), from the regions module. */
export function scopeLabelText(engine: Engine, scope: Scope, region: string, city: string | null): string {
  if (scope === 'national') return city ? '全国通用规则(本市暂无专门条目)' : '全国通用规则';
  const r = engine.regions.getRegion(region);
  if (!r) return '';
  return scope === 'city' ? `${r.short}专属` : `${r.name}通用`;
}

import { LIMITS } from '../../lib/limits';
import type { Hint } from '../../lib/messages';

// The background's reply to 'get-hint', checked where it arrives. Hand-written rather than lib/messages' zod
// schema: importing that schema would put zod/mini (about 4 KB gzip) into every page for six fields. A unit
// test (tests/unit/content/validate.test.ts) keeps this in step with the `Hint` schema.

const REGION = /^\d{6}$/;

function text(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

export function isHint(value: unknown): value is Hint {
  if (typeof value !== 'object' || value === null) return false;
  const hint = value as Record<string, unknown>;
  return (
    text(hint.recordId, LIMITS.recordId) &&
    text(hint.conclusion, LIMITS.hint.conclusion) &&
    text(hint.scopeLabel, LIMITS.hint.scopeLabel) &&
    (hint.city === null || (typeof hint.city === 'string' && REGION.test(hint.city))) &&
    text(hint.place, LIMITS.hint.place) &&
    text(hint.dated, LIMITS.hint.dated) &&
    typeof hint.stale === 'boolean' &&
    typeof hint.largeFont === 'boolean'
  );
}

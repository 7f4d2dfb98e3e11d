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
    text(hint.recordId, 100) &&
    text(hint.conclusion, 300) &&
    text(hint.scopeLabel, 60) &&
    (hint.city === null || (typeof hint.city === 'string' && REGION.test(hint.city))) &&
    text(hint.place, 60) &&
    typeof hint.largeFont === 'boolean'
  );
}

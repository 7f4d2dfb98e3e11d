import { LIMITS } from '../../lib/limits';
import type { CardLabels, Hint } from '../../lib/messages';

// The background's reply to 'get-hint', checked where it arrives. Hand-written rather than lib/messages' zod
// schema: importing that schema would put zod/mini (about 4 KB gzip) into every page for a dozen fields. A unit
// test (tests/unit/content/validate.test.ts) keeps this in step with the `Hint` schema.

const REGION = /^\d{6}$/;
/** CardLabels' keys: the type checks each name, the unit test that none is missing. */
const LABELS: (keyof CardLabels)[] = [
  'langTag',
  'hintLabel',
  'hintClose',
  'cardDetails',
  'cardSiteOff',
  'cardAllOff',
];

function text(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isLabels(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    LABELS.every((key) => text((value as Record<string, unknown>)[key], LIMITS.hint.label))
  );
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
    typeof hint.largeFont === 'boolean' &&
    isLabels(hint.labels)
  );
}

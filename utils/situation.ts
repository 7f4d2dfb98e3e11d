import * as z from 'zod/mini';
import { regionChain } from '../lib/scope';
import { CONTRIBUTION_SCHEMES } from '../lib/situation/contribution';
import { recordsForScheme, regionParams, type RegionParams } from '../lib/situation/region-params';
import { TIMELINE_SCHEMES, type TimelineScheme } from '../lib/situation/timeline';
import type { AnswerSource } from './answers';
import { settings, situationInputsItem as stored } from './settings';

// What 「按我的情况算」 reads: the rule parameters of a city along its chain, from the answer source (the
// IndexedDB copy, read level by level), and, when the user allows it, the inputs remembered on this device.

/** The parameters of a city (null: national) for a scheme, read from the current answer source. */
export async function loadRegionParams(
  source: AnswerSource,
  city: string | null,
  scheme: TimelineScheme,
): Promise<RegionParams> {
  const chain = regionChain(city);
  const levels = await Promise.all(
    chain.map(async (step) => ({ step, records: await source.recordsForRegion(step.region) })),
  );
  return regionParams(levels, recordsForScheme(scheme));
}

/** The form as typed: kept as text, so a half-typed month is never lost or rewritten. */
export const SituationInputs = z.strictObject({
  timeline: z.strictObject({
    scheme: z.enum(TIMELINE_SCHEMES),
    lastPaid: z.string().check(z.maxLength(20)),
    resume: z.string().check(z.maxLength(20)),
  }),
  contribution: z.strictObject({
    scheme: z.enum(CONTRIBUTION_SCHEMES),
    base: z.string().check(z.maxLength(20)),
  }),
});
export type SituationInputs = z.infer<typeof SituationInputs>;

export const EMPTY_INPUTS: SituationInputs = {
  timeline: { scheme: 'employee', lastPaid: '', resume: '' },
  contribution: { scheme: 'employee', base: '' },
};

/** The remembered inputs, or null when remembering is off or nothing valid is stored. */
export async function rememberedInputs(): Promise<SituationInputs | null> {
  if (!(await settings.rememberSituation.get())) return null;
  const parsed = SituationInputs.safeParse(await stored.getValue());
  return parsed.success ? parsed.data : null;
}

/** Remembers the inputs when the setting allows it; forgets them otherwise. */
export async function rememberInputs(inputs: SituationInputs): Promise<void> {
  if (await settings.rememberSituation.get()) await stored.setValue(SituationInputs.parse(inputs));
}

export async function forgetInputs(): Promise<void> {
  await stored.removeValue();
}

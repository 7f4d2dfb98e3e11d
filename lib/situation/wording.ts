import type { Insurance } from './contribution';
import type { Timeline, TimelineEvent } from './timeline';

// Which UI message says what an event or an item is, and with which values: the popup words them with
// utils/i18n t(), the CLI with the zh_CN messages.json (scripts/lib/messages.ts), so both say the same.

export type SituationMessage = { key: SituationKey; subs: string[] };

export const SITUATION_KEYS = [
  'tlLastPaid',
  'tlLastPaidResident',
  'tlPaused',
  'tlPausedResident',
  'tlBackPayBy',
  'tlDisputed',
  'tlResume',
  'tlResumeNow',
  'tlBenefits',
  'tlBenefitsRequalify',
  'tlBenefitsLenient',
  'tlBenefitsStrict',
  'tlBenefitsResident',
  'tlResidentAlternative',
  'insPension',
  'insMedical',
  'insMajorMedical',
  'insUnemployment',
  'insInjury',
  'insMaternity',
] as const;
export type SituationKey = (typeof SITUATION_KEYS)[number];

export function eventMessage(event: TimelineEvent, timeline: Timeline): SituationMessage {
  const n = event.param ? String(event.param.value) : '';
  const resident = timeline.scheme === 'resident';
  switch (event.kind) {
    case 'last-paid':
      return resident
        ? { key: 'tlLastPaidResident', subs: [timeline.lastPaid] }
        : { key: 'tlLastPaid', subs: [] };
    case 'paused':
      return { key: resident ? 'tlPausedResident' : 'tlPaused', subs: [] };
    case 'back-pay-by':
      return { key: 'tlBackPayBy', subs: [n] };
    case 'disputed':
      return { key: 'tlDisputed', subs: [n] };
    case 'resume':
      return { key: timeline.resumeAssumed ? 'tlResumeNow' : 'tlResume', subs: [] };
    case 'benefits':
      if (resident) return { key: 'tlBenefitsResident', subs: [n] };
      return event.param?.id === 'requalify_months'
        ? { key: 'tlBenefitsRequalify', subs: [n] }
        : { key: 'tlBenefits', subs: [] };
    case 'benefits-lenient':
      return { key: 'tlBenefitsLenient', subs: [] };
    case 'benefits-strict':
      return { key: 'tlBenefitsStrict', subs: [n] };
    case 'resident-alternative':
      return { key: 'tlResidentAlternative', subs: [n] };
  }
}

export const INSURANCE_KEY: Record<Insurance, SituationKey> = {
  pension: 'insPension',
  medical: 'insMedical',
  major_medical: 'insMajorMedical',
  unemployment: 'insUnemployment',
  injury: 'insInjury',
  maternity: 'insMaternity',
};

import { useId, useMemo } from 'react';
import { isoDay } from '../../lib/dataset/validity';
import { SituationInputError } from '../../lib/situation/input-error';
import type { RegionParams } from '../../lib/situation/region-params';
import {
  computeTimeline,
  TIMELINE_SCHEMES,
  type Timeline,
  type TimelineEvent,
} from '../../lib/situation/timeline';
import { eventMessage } from '../../lib/situation/wording';
import type { MessageKey } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import type { SituationInputs } from '../../utils/situation';
import { type CalcProps, ResultClose, SchemeField } from './calc-parts';
import { benefitsLabel, graceLabel, monthLabel, regionLine, ruleLevel, timelineText } from './situation-text';

type Inputs = SituationInputs['timeline'];

const ERROR_KEY: Record<string, MessageKey> = {
  lastPaid: 'calcErrLastPaid',
  resume: 'calcErrResume',
};

/** 2026-8, 2026/08, 2026年8月 → 2026-08 (a browser without a month picker gives typed text). */
function normalMonth(text: string): string {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : text.trim();
}

function compute(inputs: Inputs, params: RegionParams, today: string) {
  if (!inputs.lastPaid.trim()) return { timeline: null, error: null };
  try {
    const timeline = computeTimeline(
      {
        scheme: inputs.scheme,
        lastPaid: inputs.scheme === 'resident' ? inputs.lastPaid.trim() : normalMonth(inputs.lastPaid),
        resume: inputs.resume.trim() ? normalMonth(inputs.resume) : null,
        today,
      },
      params,
    );
    return { timeline, error: null };
  } catch (error) {
    if (!(error instanceof SituationInputError)) throw error;
    return { timeline: null, error: error.field };
  }
}

function Dispute({ dispute }: { dispute: NonNullable<TimelineEvent['disputed']> }) {
  if (dispute.readings.length === 0) return null;
  return (
    <details className="tl-readings">
      <summary>
        {t('calcReadings')} ({dispute.readings.length})
      </summary>
      {dispute.summary && <p lang="zh-CN">{dispute.summary}</p>}
      <ul>
        {dispute.readings.map((r) => (
          <li key={r.text}>
            <span lang="zh-CN">{r.text}</span>{' '}
            <span className="cite">({t('calcSources', String(r.sources.length))})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Event({ event, timeline, city }: { event: TimelineEvent; timeline: Timeline; city: string | null }) {
  const { key, subs } = eventMessage(event, timeline);
  const flagged = event.disputed !== null;
  const rule = [
    event.param && `${event.param.label}:${event.param.value}${event.param.unit}`,
    ruleLevel(event.scope, city),
    event.param?.unverified ? t('calcUnverified') : null,
  ].filter((part): part is string => Boolean(part));
  return (
    <li className={`tl-event tl-${event.kind}${flagged ? ' tl-flagged' : ''}`}>
      <time dateTime={event.month}>{monthLabel(event.month)}</time>
      <div className="tl-body">
        <p className="tl-what">{t(key, subs)}</p>
        {rule.length > 0 && <p className="tl-rule cite">{rule.join(' · ')}</p>}
        {event.disputed && <Dispute dispute={event.disputed} />}
        {event.note && <Dispute dispute={event.note} />}
      </div>
    </li>
  );
}

function Result({ timeline, city }: { timeline: Timeline; city: string | null }) {
  const { summary } = timeline;
  const grace = graceLabel(timeline);
  const keys: [MessageKey, string | null][] = [
    ['calcPausedFrom', monthLabel(summary.pausedFrom)],
    ['calcBackPayBy', summary.backPayBy && monthLabel(summary.backPayBy)],
    ['calcDisputedUntil', summary.disputedUntil && monthLabel(summary.disputedUntil)],
    ['calcBenefitsFrom', benefitsLabel(summary.benefitsFrom)],
  ];
  return (
    <div className="calc-result" data-testid="timeline-result">
      <p className={`calc-status grace-${summary.withinGrace ?? 'none'}`} aria-live="polite">
        {grace && <strong>{grace}</strong>}
        {timeline.gap > 0 && <span> · {t('calcGap', String(timeline.gap))}</span>}
      </p>
      <dl className="calc-keys">
        {keys
          .filter(([, value]) => value !== null)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <ol className="timeline" aria-label={t('calcTimelineTab')}>
        {timeline.events.map((event) => (
          <Event key={`${event.kind}-${event.month}`} event={event} timeline={timeline} city={city} />
        ))}
      </ol>
      <ResultClose unknown={timeline.unknown} text={() => timelineText(timeline, city)} />
    </div>
  );
}

export function TimelineCalc(props: CalcProps<Inputs>) {
  const { inputs, onChange, params, city, today } = props;
  const id = useId();
  const day = isoDay(today);
  const { timeline, error } = useMemo(
    () => (params ? compute(inputs, params, day) : { timeline: null, error: null }),
    [inputs, params, day],
  );
  const resident = inputs.scheme === 'resident';
  const errorKey = error && (resident && error === 'lastPaid' ? 'calcErrLastPaidYear' : ERROR_KEY[error]);
  const set = (patch: Partial<Inputs>) => onChange({ ...inputs, ...patch });
  return (
    <div className="calc" data-testid="timeline-calc">
      <p className="cite">{regionLine(city)}</p>
      <div className="calc-fields">
        <SchemeField
          id={`${id}-scheme`}
          value={inputs.scheme}
          schemes={TIMELINE_SCHEMES}
          onChange={(scheme) => set({ scheme, lastPaid: '', resume: '' })}
        />
        <label htmlFor={`${id}-last`}>{t(resident ? 'calcLastPaidYear' : 'calcLastPaid')}</label>
        <input
          id={`${id}-last`}
          type={resident ? 'number' : 'month'}
          inputMode="numeric"
          min={resident ? 2000 : undefined}
          max={resident ? today.getFullYear() : day.slice(0, 7)}
          placeholder={resident ? String(today.getFullYear() - 1) : '2026-08'}
          value={inputs.lastPaid}
          aria-invalid={error === 'lastPaid'}
          aria-describedby={error === 'lastPaid' ? `${id}-error` : undefined}
          onChange={(e) => set({ lastPaid: e.target.value })}
        />
        <label htmlFor={`${id}-resume`}>{t('calcResume')}</label>
        <input
          id={`${id}-resume`}
          type="month"
          placeholder="2026-12"
          value={inputs.resume}
          aria-invalid={error === 'resume'}
          aria-describedby={error === 'resume' ? `${id}-error` : undefined}
          onChange={(e) => set({ resume: e.target.value })}
        />
      </div>
      {errorKey && (
        <p id={`${id}-error`} className="calc-error" role="alert">
          {t(errorKey)}
        </p>
      )}
      {!error && !timeline && <p className="cite">{t('calcPrompt')}</p>}
      {timeline && <Result timeline={timeline} city={city} />}
    </div>
  );
}

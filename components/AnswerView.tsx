import { useLayoutEffect, useRef, useState } from 'react';
import { answerPlace, scopeLabel } from '../lib/answer-place';
import { isoDay } from '../lib/dataset/validity';
import { answerToPlainText } from '../lib/engine/plain-text';
import type { CityFrom, PlaceFrom } from '../lib/scope';
import type { FoundAnswer } from '../utils/answers';
import { t } from '../utils/i18n';
import { buildAnswer } from '../ui/answer-dom';
import { useTask } from '../hooks/use-task';

export type { CityFrom };

export interface AnswerViewProps {
  found: FoundAnswer;
  /** The city the answer is for (null: none known, national rules). */
  city: string | null;
  homeCity: string | null;
  cityFrom: CityFrom;
  placeFrom?: PlaceFrom | null;
  /** compact: the popup's first view, the rest on demand; full: the answer page. */
  mode: 'compact' | 'full';
  /** Extra buttons next to "copy" (the popup's "open in tab"). */
  actions?: React.ReactNode;
  /** Today, for the date line (tests and printing may pin it). */
  today?: Date;
}

/**
 * One answer (built by ui/answer-dom.ts, the same nodes the popup paints before React loads) and its actions:
 * copy as plain text, and the caller's extra buttons.
 */
export function AnswerView(props: AnswerViewProps) {
  const { found, city, homeCity, cityFrom, placeFrom = null, mode, actions, today } = props;
  const { record, items, refs, terms, scope, origin } = found;
  const slot = useRef<HTMLDivElement>(null);
  const { run } = useTask();
  // Remembered per record, so a "copied" note never carries over to the next answer shown.
  const [copiedState, setCopiedState] = useState<{ id: string; status: 'done' | 'failed' } | null>(null);
  const copied = copiedState?.id === record.id ? copiedState.status : 'idle';
  const place = answerPlace(scope, record.region, city, homeCity, cityFrom, placeFrom);
  const placeKey = JSON.stringify(place);
  const day = today?.getTime();

  // Before the browser paints, so the answer never shows a frame late.
  useLayoutEffect(() => {
    const when = day === undefined ? undefined : new Date(day);
    slot.current?.replaceChildren(buildAnswer({ ...found, place, today: when, mode }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `place` is a new object each render: keyed by value
  }, [found, placeKey, day, mode]);

  async function copy() {
    const text = [
      answerToPlainText(record, items, {
        scopeLabel: scopeLabel(scope, record.region, city),
        refs,
        today: isoDay(day === undefined ? new Date() : new Date(day)),
      }),
      '',
      t('disclaimer'),
    ].join('\n');
    try {
      await navigator.clipboard.writeText(text);
      setCopiedState({ id: record.id, status: 'done' });
    } catch {
      setCopiedState({ id: record.id, status: 'failed' });
    }
  }

  return (
    <>
      <div ref={slot} className="answer-slot" />
      <div className="answer-actions">
        <button type="button" onClick={() => run(copy())}>
          {t('copyText')}
        </button>
        {actions}
        <span aria-live="polite" className="copied">
          {copied === 'done' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </>
  );
}

import { useLayoutEffect, useRef, useState } from 'react';
import type { CompiledRecord, SourceItem } from '../lib/dataset/schema';
import { answerToPlainText } from '../lib/engine/plain-text';
import { answerPlace } from '../lib/answer-place';
import type { CityFrom, Scope } from '../lib/scope';
import { t } from '../utils/i18n';
import { buildAnswer, dataDate } from '../ui/answer-dom';
import { useTask } from '../hooks/use-task';

export type { CityFrom };

export interface AnswerViewProps {
  record: CompiledRecord;
  items: SourceItem[];
  scope: Scope;
  origin: 'database' | 'bundled';
  /** The city the answer is for (null: none known, national rules). */
  city: string | null;
  homeCity: string | null;
  cityFrom: CityFrom;
  /** Extra buttons next to "copy" (the popup's "open in tab"). */
  actions?: React.ReactNode;
  /** Today, for the staleness warning (tests and printing may pin it). */
  today?: Date;
}

/**
 * One answer (built by components/answer-dom.ts, the same nodes the popup paints before React loads) and its
 * actions: copy as plain text, and the caller's extra buttons.
 */
export function AnswerView(props: AnswerViewProps) {
  const { record, items, scope, origin, city, homeCity, cityFrom, actions, today } = props;
  const slot = useRef<HTMLDivElement>(null);
  // Remembered per record, so a "copied" note never carries over to the next answer shown.
  const { run } = useTask();
  const [copiedState, setCopiedState] = useState<{ id: string; status: 'done' | 'failed' } | null>(null);
  const copied = copiedState?.id === record.id ? copiedState.status : 'idle';
  const place = answerPlace(scope, record.region, city, homeCity, cityFrom);
  const placeKey = JSON.stringify(place);
  const day = today?.getTime();

  // Before the browser paints, so the answer never shows a frame late.
  useLayoutEffect(() => {
    slot.current?.replaceChildren(
      buildAnswer({
        record,
        items,
        scope,
        origin,
        place,
        today: day === undefined ? undefined : new Date(day),
      }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `place` is a new object each render: keyed by value
  }, [record, items, scope, origin, placeKey, day]);

  async function copy() {
    const newest = dataDate(items);
    const text = [
      answerToPlainText(record, items, place.label),
      '',
      newest ? t('dataAsOf', newest) : '',
      t('disclaimer'),
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n');
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

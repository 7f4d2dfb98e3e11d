import { useLayoutEffect, useRef } from 'react';
import { answerPlace, scopeLabel } from '../lib/answer-place';
import { isoDay } from '../lib/dataset/validity';
import { answerToPlainText } from '../lib/engine/plain-text';
import type { CityFrom, PlaceFrom } from '../lib/scope';
import type { FoundAnswer } from '../utils/answers';
import { t } from '../utils/i18n';
import { buildAnswer } from '../ui/answer-dom';
import { CopyButton } from './CopyButton';

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
  const { record, items, refs, scope } = found;
  const slot = useRef<HTMLDivElement>(null);
  const place = answerPlace(scope, record.region, city, homeCity, cityFrom, placeFrom);
  const placeKey = JSON.stringify(place);
  const day = today?.getTime();

  // Before the browser paints, so the answer never shows a frame late.
  useLayoutEffect(() => {
    const when = day === undefined ? undefined : new Date(day);
    slot.current?.replaceChildren(buildAnswer({ ...found, place, today: when, mode }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `place` is a new object each render: keyed by value
  }, [found, placeKey, day, mode]);

  const text = () =>
    [
      answerToPlainText(record, items, {
        scopeLabel: scopeLabel(scope, record.region, city),
        refs,
        today: isoDay(day === undefined ? new Date() : new Date(day)),
      }),
      '',
      t('disclaimer'),
    ].join('\n');

  return (
    <>
      <div ref={slot} className="answer-slot" />
      <CopyButton key={record.id} text={text} label="copyText">
        {actions}
      </CopyButton>
    </>
  );
}

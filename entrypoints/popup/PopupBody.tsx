import { placeName } from './place-name';
import { useCallback, useEffect, useId } from 'react';
import { browser } from '#imports';
import { AnswerView } from '../../components/AnswerView';
import { SituationPanel } from '../../components/situation/SituationPanel';
import { calculatorsFor } from '../../lib/situation/route';
import { TOPIC_IDS } from '../../lib/topics';
import type { AnswerSource } from '../../utils/answers';
import { answerUrl } from '../../utils/answer-url';
import { t } from '../../utils/i18n';
import { markPainted } from './painted';
import { RANKING_TITLE_ID } from './PopupTools';
import { TopicList } from './TopicList';
import type { PopupModel, Shown } from './use-popup';
import { useTask } from '../../hooks/use-task';

function ShownAnswer({
  shown,
  home,
  source,
  onPainted,
}: {
  shown: Shown;
  home: string | null;
  source: AnswerSource;
  onPainted?: () => void;
}) {
  useEffect(() => onPainted?.(), [onPainted]);
  const { run } = useTask();
  const { cityFrom } = shown;
  const from = cityFrom === 'home' || cityFrom === 'none' ? undefined : cityFrom;
  const calculators = calculatorsFor(shown.found.record.topic, shown.calculation ?? null);
  return (
    <>
      <AnswerView
        found={shown.found}
        mode="compact"
        city={shown.city}
        homeCity={home}
        cityFrom={cityFrom}
        actions={
          <button
            type="button"
            onClick={() =>
              run(
                browser.tabs.create({
                  url: answerUrl({ id: shown.found.record.id, city: shown.city, from }),
                }),
              )
            }
          >
            {t('openInTab')}
          </button>
        }
      />
      {calculators.length > 0 && (
        <SituationPanel
          key={shown.found.record.id}
          source={source}
          city={shown.city}
          kinds={calculators}
          calculation={shown.calculation}
          folded
        />
      )}
    </>
  );
}

const paintedAnswer = () => markPainted('answer');

/** Under the tools: an opened answer, all topics of the city, the tab's answer, or the most asked topics. */
export function PopupBody({ model, source }: { model: PopupModel; source: AnswerSource }) {
  const { state, actions, detected, lookupRegion } = model;
  const { view, detectedAnswer } = state;
  const home = state.home ?? null;
  const browseId = useId();
  const onPainted = useCallback(() => markPainted('list'), []);
  const back = (
    <button type="button" className="link back" onClick={() => actions.setView({ kind: 'start' })}>
      ← {t('back')}
    </button>
  );

  if (view.kind === 'answer') {
    return (
      <>
        {back}
        <ShownAnswer shown={view.shown} home={home} source={source} />
      </>
    );
  }
  if (view.kind === 'browse') {
    return (
      <section aria-labelledby={browseId}>
        {back}
        <h2 id={browseId}>{t('browseTitle', placeName(lookupRegion.city))}</h2>
        <TopicList
          source={source}
          region={lookupRegion}
          topics={TOPIC_IDS}
          showMissing
          showConclusion
          labelledBy={browseId}
          onOpen={actions.openFound}
        />
      </section>
    );
  }
  if (detected && detectedAnswer === undefined) return <p className="loading">{t('loading')}</p>;
  if (detected && detectedAnswer)
    return <ShownAnswer shown={detectedAnswer} home={home} source={source} onPainted={paintedAnswer} />;
  return (
    <>
      {detected && <p className="cite">{t('detectedNoAnswer')}</p>}
      <section aria-labelledby={RANKING_TITLE_ID}>
        <h2 id={RANKING_TITLE_ID}>{t('mostAsked', placeName(lookupRegion.city))}</h2>
        <TopicList
          source={source}
          region={lookupRegion}
          topics={source.ranking}
          labelledBy={RANKING_TITLE_ID}
          onOpen={actions.openFound}
          onPainted={onPainted}
        />
      </section>
    </>
  );
}

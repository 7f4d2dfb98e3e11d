import { placeName } from './place-name';
import { CityPicker } from '../../components/CityPicker';
import { DataBanner } from '../../components/DataBanner';
import type { AnswerSource } from '../../utils/answers';
import { t } from '../../utils/i18n';
import { SearchBox } from './SearchBox';
import { TopicList } from './TopicList';
import type { PopupModel } from './use-popup';

export const RANKING_TITLE_ID = 'ranking-title';

/** Above the answer: the data's state, the search box, and the city lookups are for (switch, browse all). */
export function PopupTools({ model, source }: { model: PopupModel; source: AnswerSource }) {
  const { state, actions, dataState, detected, lookupRegion } = model;
  const { home, lookupCity, switching, view } = state;
  return (
    <div className="popup-tools">
      <DataBanner state={dataState} />
      {source.origin === 'bundled' &&
        dataState.status !== 'importing' &&
        dataState.status !== 'unavailable' && <p className="cite">{t('bundledNote')}</p>}
      <SearchBox
        source={source}
        home={home ?? null}
        choice={lookupCity}
        autoFocus={!detected && view.kind === 'start'}
        onOpen={actions.openHit}
        onQueryChange={actions.setSearching}
        onSuggest={actions.openTopic}
        suggestions={
          <TopicList
            source={source}
            region={lookupRegion}
            topics={source.ranking.slice(0, 4)}
            labelledBy={RANKING_TITLE_ID}
            onOpen={actions.openFound}
          />
        }
      />
      <div className="lookup-city">
        <span>
          {t('lookupCity')}: <strong>{placeName(lookupRegion.city)}</strong>
          {lookupCity && lookupCity !== home && <span className="cite"> {t('lookupCityTemporary')}</span>}
        </span>
        <button
          type="button"
          className="link"
          aria-expanded={switching}
          onClick={() => actions.setSwitching(!switching)}
        >
          {t('switchCity')}
        </button>
        {view.kind !== 'browse' && (
          <button type="button" className="link" onClick={() => actions.setView({ kind: 'browse' })}>
            {t('browseAll')}
          </button>
        )}
      </div>
      {switching && (
        <div className="switcher">
          <CityPicker
            label={t('lookupCityPicker')}
            value={lookupRegion.city}
            autoFocus
            onSelect={actions.chooseLookupCity}
          />
        </div>
      )}
    </div>
  );
}

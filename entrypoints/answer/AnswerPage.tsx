import { useEffect, useMemo, useState } from 'react';
import { AnswerView } from '../../components/AnswerView';
import { DataBanner } from '../../components/DataBanner';
import { ErrorScreen } from '../../components/ErrorBoundary';
import { NoAnswer } from '../../components/NoAnswer';
import { SituationPanel } from '../../components/situation/SituationPanel';
import { calculatorsFor } from '../../lib/situation/route';
import { TOPICS } from '../../lib/topics';
import { answerUrl, readAnswerLink } from '../../utils/answer-url';
import { t } from '../../utils/i18n';
import { getHomeCity } from '../../utils/settings';
import { useAnswerSource } from '../../hooks/use-answer-source';
import { useDataState } from '../../hooks/use-data-state';
import { loadAnswer, otherLabel, type Outcome } from './load-answer';

// The full-page answer (utils/answer-url.ts): a record by id, or a search; the city and why it is that city
// come with the link. Opened from the popup, the inline card's 查看详情 and the context menu.

type State = { kind: 'loading' } | Outcome | { kind: 'error'; error: unknown };

export function AnswerPage() {
  const link = useMemo(() => readAnswerLink(location.search), []);
  const query = link.q ?? '';
  const dataState = useDataState();
  const [attempt, setAttempt] = useState(0);
  const sourceState = useAnswerSource(dataState, attempt);
  const [home, setHome] = useState<string | null | undefined>(undefined);
  const [loadState, setState] = useState<State>({ kind: 'loading' });
  const state: State =
    sourceState.status === 'error' ? { kind: 'error', error: sourceState.error } : loadState;

  useEffect(() => {
    getHomeCity().then(setHome, (error: unknown) => setState({ kind: 'error', error }));
  }, []);

  useEffect(() => {
    if (sourceState.status !== 'ready' || home === undefined) return;
    let live = true;
    loadAnswer(sourceState.source, link, home).then(
      (outcome) => live && setState(outcome),
      (error: unknown) => live && setState({ kind: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [sourceState, home, link]);

  useEffect(() => {
    if (loadState.kind === 'found') {
      document.title = `${loadState.loaded.record.questions[0]} · ${t('appName')}`;
      document.documentElement.dataset.painted = 'answer';
    }
  }, [loadState]);

  return (
    <>
      <header className="page-header no-print">
        <p className="brand">{t('appName')}</p>
        <form
          className="page-search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
            if (q) location.assign(answerUrl({ q, city: link.city, from: link.city ? 'choice' : undefined }));
          }}
        >
          <label htmlFor="page-q" className="visually-hidden">
            {t('searchLabel')}
          </label>
          <input
            id="page-q"
            name="q"
            type="search"
            defaultValue={query}
            placeholder={t('searchPlaceholder')}
          />
          <button type="submit">{t('searchButton')}</button>
        </form>
      </header>
      <main>
        <h1 className="visually-hidden">
          {query ? t('answerPageSearchTitle', query) : t('answerPageTitle')}
        </h1>
        <DataBanner state={dataState} />
        {state.kind === 'loading' && <p aria-busy="true">{t('loading')}</p>}
        {state.kind === 'error' && (
          <ErrorScreen
            error={state.error}
            onRetry={() => {
              setState({ kind: 'loading' });
              setAttempt((n) => n + 1);
            }}
          />
        )}
        {state.kind === 'none' && state.result?.calculation && sourceState.status === 'ready' && (
          <SituationPanel
            source={sourceState.source}
            city={state.result.city}
            kinds={[state.result.calculation.kind]}
            calculation={state.result.calculation}
            folded={false}
          />
        )}
        {state.kind === 'none' &&
          (state.result ? (
            <NoAnswer
              result={state.result}
              query={query}
              renderSuggestion={(topic) => {
                const id = state.suggestions.find((s) => s.topic === topic)?.id;
                return id ? (
                  <a href={answerUrl({ id, city: link.city })} lang="zh-CN">
                    {TOPICS[topic]}
                  </a>
                ) : (
                  <span lang="zh-CN">{TOPICS[topic]}</span>
                );
              }}
            />
          ) : (
            <div className="no-results" data-testid="no-results">
              <p>
                <strong>{t('answerNotFound')}</strong>
              </p>
              <p>{t('noResultsHelp')}</p>
              <p className="cite">{t('noResultsExamples')}</p>
            </div>
          ))}
        {state.kind === 'found' && (
          <>
            {query && (
              <p className="cite" data-testid="search-for">
                {t('answerPageSearchTitle', query)}
              </p>
            )}
            <AnswerView
              found={{
                ...state.loaded,
                origin: sourceState.status === 'ready' ? sourceState.source.origin : 'bundled',
              }}
              mode="full"
              city={state.loaded.city}
              homeCity={home ?? null}
              cityFrom={state.loaded.cityFrom}
              actions={
                <button type="button" className="no-print" onClick={() => window.print()}>
                  {t('print')}
                </button>
              }
            />
            {sourceState.status === 'ready' &&
              calculatorsFor(state.loaded.record.topic, state.loaded.calculation).length > 0 && (
                <SituationPanel
                  source={sourceState.source}
                  city={state.loaded.city}
                  kinds={calculatorsFor(state.loaded.record.topic, state.loaded.calculation)}
                  calculation={state.loaded.calculation}
                  folded={false}
                />
              )}
            {state.loaded.others.length > 0 && (
              <section className="others no-print" aria-labelledby="others-title">
                <h2 id="others-title">{t('otherAnswers')}</h2>
                <ul>
                  {state.loaded.others.map((hit) => {
                    const href = answerUrl({
                      id: hit.record.id,
                      city: state.loaded.city,
                      from:
                        state.loaded.cityFrom === 'question' ? 'question' : link.city ? 'choice' : undefined,
                    });
                    return (
                      <li key={hit.record.id}>
                        <a href={href} lang="zh-CN">
                          {hit.record.questions[0]}
                        </a>{' '}
                        <span className={`scope scope-${hit.scope}`}>
                          {otherLabel(hit, state.loaded.city)}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </section>
            )}
          </>
        )}
      </main>
    </>
  );
}

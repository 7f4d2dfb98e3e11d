import { useEffect, useMemo, useState } from 'react';
import { AnswerView, type CityFrom } from '../../components/AnswerView';
import { DataBanner } from '../../components/DataBanner';
import { ErrorScreen } from '../../components/ErrorBoundary';
import type { CompiledRecord, SourceItem } from '../../lib/dataset/schema';
import type { AskHit } from '../../lib/engine/match';
import { getRegion } from '../../lib/regions';
import { scopeLabel } from '../../lib/answer-place';
import { answerRegion, NATIONAL, type RegionInputs, type Scope } from '../../lib/scope';
import { type AnswerLink, answerUrl, readAnswerLink } from '../../utils/answer-url';
import type { AnswerSource } from '../../utils/answers';
import { loadSearch } from '../../utils/load-search';
import { t } from '../../utils/i18n';
import { getHomeCity } from '../../utils/settings';
import { useAnswerSource } from '../../hooks/use-answer-source';
import { useDataState } from '../../hooks/use-data-state';

// The full-page answer (utils/answer-url.ts): a record by id, or a search; the city and why it is that city
// come with the link. Opened from the popup, the inline card's 查看详情 and the context menu.

interface Loaded {
  record: CompiledRecord;
  items: SourceItem[];
  scope: Scope;
  city: string | null;
  cityFrom: CityFrom;
  /** For a search: the other answers found. */
  others: AskHit[];
}

type State =
  | { kind: 'loading' }
  | { kind: 'found'; loaded: Loaded }
  | { kind: 'none' }
  | { kind: 'error'; error: unknown };

/** The level a record's region stands at for a city: its own, its province's, or national. */
function scopeOf(region: string): Scope {
  if (region === NATIONAL) return 'national';
  return getRegion(region)?.province ? 'city' : 'province';
}

/** The link's city, as the reason it gives (lib/scope answerRegion decides with the home city). */
function linkInputs(link: AnswerLink, home: string | null): RegionInputs {
  const city = link.city && getRegion(link.city)?.province ? link.city : null;
  if (!city) return { home };
  const named = { city, province: null };
  if (link.from === 'page') return { page: named, home };
  if (link.from === 'question') return { question: named, home };
  return { choice: city, home };
}

async function load(source: AnswerSource, link: AnswerLink, home: string | null): Promise<Loaded | null> {
  const inputs = linkInputs(link, home);
  if (link.id) {
    const found = await source.getAnswer(link.id);
    if (!found) return null;
    const region = answerRegion(inputs);
    return {
      ...found,
      scope: scopeOf(found.record.region),
      city: region.city,
      cityFrom: region.cityFrom,
      others: [],
    };
  }
  if (!link.q) return null;
  const search = await loadSearch();
  const result = await search(source, link.q, { homeCity: home, choice: inputs.choice, limit: 8 });
  const [top, ...others] = result.results;
  if (!top) return null;
  const full = await source.getAnswer(top.record.id);
  if (!full) return null;
  return { ...full, scope: top.scope, city: result.city, cityFrom: result.cityFrom, others };
}

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
    load(sourceState.source, link, home).then(
      (loaded) => live && setState(loaded ? { kind: 'found', loaded } : { kind: 'none' }),
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
        {state.kind === 'none' && (
          <div className="no-results" data-testid="no-results">
            <p>
              <strong>{query ? t('noResults', query) : t('answerNotFound')}</strong>
            </p>
            <p>{t('noResultsHelp')}</p>
            <p className="cite">{t('noResultsExamples')}</p>
          </div>
        )}
        {state.kind === 'found' && (
          <>
            {query && (
              <p className="cite" data-testid="search-for">
                {t('answerPageSearchTitle', query)}
              </p>
            )}
            <AnswerView
              record={state.loaded.record}
              items={state.loaded.items}
              scope={state.loaded.scope}
              origin={sourceState.status === 'ready' ? sourceState.source.origin : 'bundled'}
              city={state.loaded.city}
              homeCity={home ?? null}
              cityFrom={state.loaded.cityFrom}
              actions={
                <button type="button" className="no-print" onClick={() => window.print()}>
                  {t('print')}
                </button>
              }
            />
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
                          {scopeLabel(hit.scope, hit.region, state.loaded.city)}
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

import { useEffect, useState } from 'react';
import { AnswerView, type CityFrom } from '../../components/AnswerView';
import { DataBanner } from '../../components/DataBanner';
import { ErrorScreen } from '../../components/ErrorBoundary';
import type { CompiledRecord, SourceItem } from '../../lib/dataset/schema';
import type { AskHit } from '../../lib/engine/match';
import { getRegion } from '../../lib/regions';
import { NATIONAL, type Scope, scopeLabel } from '../../lib/scope';
import type { AnswerSource } from '../../utils/answers';
import { t } from '../../utils/i18n';
import { getHomeCity } from '../../utils/settings';
import { useAnswerSource } from '../../hooks/use-answer-source';
import { useDataState } from '../../hooks/use-data-state';

// The full-page answer: ?id=<record id>[&city=<code>][&from=page|question|choice], or a search:
// ?q=<question>[&city=<code>]. Opened from the popup, the inline card's 查看详情 and the context menu.

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

const CITY_FROM = new Set<CityFrom>(['page', 'question', 'choice']);

/** The level a record's region stands at for a city: its own, its province's, or national. */
function scopeOf(region: string): Scope {
  if (region === NATIONAL) return 'national';
  return getRegion(region)?.province ? 'city' : 'province';
}

async function load(
  source: AnswerSource,
  params: URLSearchParams,
  home: string | null,
): Promise<Loaded | null> {
  const cityParam = params.get('city');
  const city = cityParam && getRegion(cityParam)?.province ? cityParam : null;
  const fromParam = params.get('from') as CityFrom | null;
  const id = params.get('id');
  if (id) {
    const found = await source.getAnswer(id);
    if (!found) return null;
    const answerCity = city ?? home;
    const cityFrom: CityFrom =
      fromParam && CITY_FROM.has(fromParam) ? fromParam : city && city !== home ? 'choice' : 'home';
    return { ...found, scope: scopeOf(found.record.region), city: answerCity, cityFrom, others: [] };
  }
  const q = params.get('q')?.trim();
  if (!q) return null;
  const result = await source.search(q, { homeCity: city ?? home, limit: 8 });
  const [top, ...others] = result.results;
  if (!top) return null;
  const full = await source.getAnswer(top.record.id);
  if (!full) return null;
  const cityFrom: CityFrom =
    result.cityFrom === 'question' ? 'question' : city && city !== home ? 'choice' : 'home';
  return { ...full, scope: top.scope, city: result.city, cityFrom, others };
}

export function AnswerPage() {
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const dataState = useDataState();
  const [attempt, setAttempt] = useState(0);
  const sourceState = useAnswerSource(dataState, attempt);
  const [home, setHome] = useState<string | null | undefined>(undefined);
  const [loadState, setState] = useState<State>({ kind: 'loading' });
  const state: State =
    sourceState.status === 'error' ? { kind: 'error', error: sourceState.error } : loadState;

  useEffect(() => {
    void getHomeCity().then(setHome);
  }, []);

  useEffect(() => {
    if (sourceState.status !== 'ready' || home === undefined) return;
    let live = true;
    load(sourceState.source, new URLSearchParams(location.search), home).then(
      (loaded) => live && setState(loaded ? { kind: 'found', loaded } : { kind: 'none' }),
      (error: unknown) => live && setState({ kind: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [sourceState, home]);

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
        <form className="page-search" role="search" action="answer.html" method="get">
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
          {params.get('city') && <input type="hidden" name="city" value={params.get('city')!} />}
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
                    const link = new URLSearchParams({ id: hit.record.id });
                    if (state.loaded.city) link.set('city', state.loaded.city);
                    return (
                      <li key={hit.record.id}>
                        <a href={`answer.html?${link}`} lang="zh-CN">
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

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { browser } from '#imports';
import { AnswerView, type CityFrom } from '../../components/AnswerView';
import { CityCoverage } from '../../components/CityCoverage';
import { CityPicker } from '../../components/CityPicker';
import { DataBanner } from '../../components/DataBanner';
import { ErrorScreen } from '../../components/ErrorBoundary';
import type { AskHit, AskResult } from '../../lib/engine/match';
import { InjectResult, type PopupStart, type TabState, TabStateResponse } from '../../lib/messages';
import { getRegion } from '../../lib/regions';
import { TOPIC_IDS } from '../../lib/topics';
import type { AnswerSource, FoundAnswer } from '../../utils/answers';
import { t } from '../../utils/i18n';
import { getHomeCity, setHomeCity } from '../../utils/settings';
import { useAnswerSource } from '../../hooks/use-answer-source';
import { useDataState } from '../../hooks/use-data-state';
import { currentTabId } from './first-paint';
import { markPainted } from './painted';
import { SearchBox } from './SearchBox';
import { TopicList } from './TopicList';

async function askTabState(tabId: number): Promise<TabState | null> {
  const parsed = TabStateResponse.safeParse(
    await browser.runtime.sendMessage({ type: 'get-tab-state', tabId }),
  );
  return parsed.success ? parsed.data : null;
}

/**
 * The tab's detection. On a tab our content script does not run on yet, opening the popup is the user gesture
 * that lets the background inject it (activeTab); its verdict then arrives within a moment.
 */
async function loadTabState(): Promise<TabState | null> {
  const tabId = await currentTabId();
  if (tabId === undefined) return null;
  const known = await askTabState(tabId);
  if (known) return known;
  const injected = InjectResult.safeParse(await browser.runtime.sendMessage({ type: 'inject-tab', tabId }));
  if (!injected.success || !injected.data.injected) return null;
  for (let i = 0; i < 15; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const state = await askTabState(tabId);
    if (state) return state;
  }
  return null;
}

interface Shown {
  found: FoundAnswer;
  city: string | null;
  cityFrom: CityFrom;
}

type View = { kind: 'start' } | { kind: 'answer'; shown: Shown } | { kind: 'browse' };

function shortName(code: string | null): string {
  return (code && getRegion(code)?.short) || '—';
}

function answerPageUrl(shown: Shown): string {
  const params = new URLSearchParams({ id: shown.found.record.id });
  if (shown.city) params.set('city', shown.city);
  if (shown.cityFrom !== 'home') params.set('from', shown.cityFrom);
  return browser.runtime.getURL(`/answer.html?${params}`);
}

/** The first paint's answer, as the popup shows answers. */
function shownFrom(start: PopupStart | null): Shown | undefined {
  if (!start?.answer) return undefined;
  const { record, items, scope, origin, city, cityFrom } = start.answer;
  return { found: { record, items, scope, origin }, city, cityFrom };
}

export interface PopupProps {
  /** What the first paint got from the background (null when it failed: everything is asked for again). */
  start: PopupStart | null;
  /** The answer source, opened before mounting when the first paint showed an answer. */
  initialSource?: AnswerSource;
}

export function Popup({ start, initialSource }: PopupProps) {
  const dataState = useDataState(start?.dataState);
  const [attempt, setAttempt] = useState(0);
  const sourceState = useAnswerSource(dataState, attempt, initialSource);
  // A tab without a stored detection still goes through loadTabState, which injects the content script.
  const known = start?.tab ? start : null;
  const [home, setHome] = useState<string | null | undefined>(known ? known.home : undefined);
  const [tab, setTab] = useState<TabState | null | undefined>(known ? known.tab : undefined);
  const [failure, setFailure] = useState<unknown>(null);
  const [skippedFirstRun, setSkippedFirstRun] = useState(false);
  const [lookupCity, setLookupCity] = useState<string | null>(null);
  const [switching, setSwitching] = useState(false);
  const [view, setView] = useState<View>({ kind: 'start' });
  const [searching, setSearching] = useState(false);
  const [detectedAnswer, setDetectedAnswer] = useState<Shown | null | undefined>(() => shownFrom(start));
  /** The first paint's answer is current until the source, home or lookup city changes. */
  const seeded = useRef(start?.answer != null);
  const rankingId = useId();
  const browseId = useId();

  useEffect(() => {
    if (attempt === 0 && known) return;
    let live = true;
    Promise.all([getHomeCity(), loadTabState()]).then(
      ([homeCity, tabState]) => {
        if (!live) return;
        setHome(homeCity);
        setTab(tabState);
      },
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `known` is the mount-time start
  }, [attempt]);

  const source = sourceState.status === 'ready' ? sourceState.source : null;
  const detected = tab?.detection.relevant && tab.detection.topics[0] ? tab.detection : null;
  const cityForLookup = lookupCity ?? home ?? null;

  // The current tab's answer: the page's topic, in the page's city, else the lookup city.
  useEffect(() => {
    if (!source || home === undefined || !detected) return;
    if (seeded.current) {
      seeded.current = false;
      if (source === initialSource && !lookupCity) return;
    }
    let live = true;
    const city = lookupCity ?? detected.city ?? home;
    const cityFrom: CityFrom = lookupCity ? 'choice' : detected.city ? 'page' : 'home';
    source.findAnswer(detected.topics[0]!, city).then(
      (found) => live && setDetectedAnswer(found ? { found, city, cityFrom } : null),
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [source, home, detected, lookupCity, initialSource]);

  const onPainted = useCallback(() => markPainted('list'), []);
  const onQueryChange = useCallback((active: boolean) => setSearching(active), []);

  async function openHit(hit: AskHit, result: AskResult) {
    if (!source) return;
    try {
      const full = await source.getAnswer(hit.record.id);
      if (!full) return;
      const cityFrom: CityFrom = result.cityFrom === 'question' ? 'question' : lookupCity ? 'choice' : 'home';
      setView({
        kind: 'answer',
        shown: { found: { ...full, scope: hit.scope, origin: source.origin }, city: result.city, cityFrom },
      });
    } catch (error) {
      setFailure(error);
    }
  }

  function openFound(found: FoundAnswer) {
    setView({
      kind: 'answer',
      shown: { found, city: cityForLookup, cityFrom: lookupCity ? 'choice' : 'home' },
    });
  }

  async function chooseHome(code: string) {
    await setHomeCity(code);
    setHome(code);
  }

  const retry = () => {
    setFailure(null);
    setAttempt((n) => n + 1);
    setDetectedAnswer(undefined);
  };

  const header = (
    <header className="bar">
      <h1>{t('appName')}</h1>
      <span className={detected ? 'tab-status detected' : 'tab-status'} data-testid="tab-status">
        {detected ? t('tabDetected') : t('tabNotDetected')}
      </span>
      <span className="home-line">
        <span>
          {t('homeCity')}: {shortName(home ?? null)}
        </span>{' '}
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {home ? t('changeHomeCity') : t('setHomeCity')}
        </button>
      </span>
    </header>
  );

  const error = failure ?? (sourceState.status === 'error' ? sourceState.error : null);
  if (error) {
    return (
      <>
        {header}
        <main>
          <ErrorScreen error={error} onRetry={retry} />
        </main>
      </>
    );
  }

  if (home === undefined || tab === undefined || !source) {
    return (
      <>
        {header}
        <main aria-busy="true">
          <DataBanner state={dataState} />
          <p className="loading">{t('loading')}</p>
        </main>
      </>
    );
  }

  if (home === null && !skippedFirstRun) {
    return (
      <>
        {header}
        <main>
          <DataBanner state={dataState} />
          <FirstRun
            source={source}
            onChoose={(code) => void chooseHome(code)}
            onSkip={() => setSkippedFirstRun(true)}
          />
        </main>
      </>
    );
  }

  const ranking = (
    <section aria-labelledby={rankingId}>
      <h2 id={rankingId}>{t('mostAsked', shortName(cityForLookup))}</h2>
      <TopicList
        source={source}
        city={cityForLookup}
        topics={source.ranking}
        labelledBy={rankingId}
        onOpen={openFound}
        onPainted={onPainted}
      />
    </section>
  );

  let content: React.ReactNode;
  if (view.kind === 'answer') {
    content = (
      <>
        <button type="button" className="link back" onClick={() => setView({ kind: 'start' })}>
          ← {t('back')}
        </button>
        <ShownAnswer shown={view.shown} home={home} />
      </>
    );
  } else if (view.kind === 'browse') {
    content = (
      <section aria-labelledby={browseId}>
        <button type="button" className="link back" onClick={() => setView({ kind: 'start' })}>
          ← {t('back')}
        </button>
        <h2 id={browseId}>{t('browseTitle', shortName(cityForLookup))}</h2>
        <TopicList
          source={source}
          city={cityForLookup}
          topics={TOPIC_IDS}
          showMissing
          showConclusion
          labelledBy={browseId}
          onOpen={openFound}
        />
      </section>
    );
  } else if (detected && detectedAnswer === undefined) {
    content = <p className="loading">{t('loading')}</p>;
  } else if (detected && detectedAnswer) {
    content = <ShownAnswer shown={detectedAnswer} home={home} onPainted={() => markPainted('answer')} />;
  } else {
    content = (
      <>
        {detected && <p className="cite">{t('detectedNoAnswer')}</p>}
        {ranking}
      </>
    );
  }

  return (
    <>
      {header}
      <main>
        {/* Reserved at its height by the first paint (first-paint.ts), so the answer stays put. */}
        <div className="popup-tools">
          <DataBanner state={dataState} />
          {source.origin === 'bundled' &&
            dataState.status !== 'importing' &&
            dataState.status !== 'unavailable' && <p className="cite">{t('bundledNote')}</p>}
          <SearchBox
            source={source}
            city={cityForLookup}
            autoFocus={!detected && view.kind === 'start'}
            onOpen={(hit, result) => void openHit(hit, result)}
            onQueryChange={onQueryChange}
            suggestions={
              <TopicList
                source={source}
                city={cityForLookup}
                topics={source.ranking.slice(0, 4)}
                labelledBy={rankingId}
                onOpen={openFound}
              />
            }
          />
          <div className="lookup-city">
            <span>
              {t('lookupCity')}: <strong>{shortName(cityForLookup)}</strong>
              {lookupCity && lookupCity !== home && <span className="cite"> {t('lookupCityTemporary')}</span>}
            </span>
            <button
              type="button"
              className="link"
              aria-expanded={switching}
              onClick={() => setSwitching((s) => !s)}
            >
              {t('switchCity')}
            </button>
            {view.kind !== 'browse' && (
              <button type="button" className="link" onClick={() => setView({ kind: 'browse' })}>
                {t('browseAll')}
              </button>
            )}
          </div>
          {switching && (
            <div className="switcher">
              <CityPicker
                label={t('lookupCityPicker')}
                value={cityForLookup}
                autoFocus
                onSelect={(code) => {
                  setLookupCity(code === home ? null : code);
                  setSwitching(false);
                  setView((current) => (current.kind === 'answer' ? { kind: 'start' } : current));
                }}
              />
            </div>
          )}
        </div>
        {!searching && content}
      </main>
    </>
  );
}

function ShownAnswer({
  shown,
  home,
  onPainted,
}: {
  shown: Shown;
  home: string | null;
  onPainted?: () => void;
}) {
  useEffect(() => onPainted?.(), [onPainted]);
  return (
    <AnswerView
      record={shown.found.record}
      items={shown.found.items}
      scope={shown.found.scope}
      origin={shown.found.origin}
      city={shown.city}
      homeCity={home}
      cityFrom={shown.cityFrom}
      actions={
        <button type="button" onClick={() => void browser.tabs.create({ url: answerPageUrl(shown) })}>
          {t('openInTab')}
        </button>
      }
    />
  );
}

function FirstRun({
  source,
  onChoose,
  onSkip,
}: {
  source: AnswerSource;
  onChoose: (code: string) => void;
  onSkip: () => void;
}) {
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => markPainted('first-run'), []);
  return (
    <section className="first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{t('firstRunTitle')}</h2>
      <p>{t('homeCityHelp')}</p>
      <CityPicker label={t('homeCity')} value={picked} onSelect={setPicked} autoFocus />
      {picked && <CityCoverage source={source} city={picked} />}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!picked}
          onClick={() => picked && onChoose(picked)}
        >
          {t('save')}
        </button>
        <button type="button" className="link" onClick={onSkip}>
          {t('firstRunSkip')}
        </button>
      </div>
    </section>
  );
}

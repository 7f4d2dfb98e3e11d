import { useEffect, useMemo, useReducer, useRef } from 'react';
import { browser } from '#imports';
import type { AskHit, AskResult } from '../../lib/engine/match';
import {
  InjectResult,
  type PageDetection,
  type PopupStart,
  type TabState,
  TabStateResponse,
} from '../../lib/messages';
import { answerRegion, type AnswerRegion, type CityFrom } from '../../lib/scope';
import { useAnswerSource } from '../../hooks/use-answer-source';
import { useDataState } from '../../hooks/use-data-state';
import type { Calculation } from '../../lib/situation/route';
import type { TopicId } from '../../lib/topics';
import type { AnswerSource, FoundAnswer } from '../../utils/answers';
import { getHomeCity, setHomeCity } from '../../utils/settings';
import { currentTabId } from './first-paint';

// The popup's state in one reducer: what it knows (home city, the tab's detection, the tab's answer), what the
// user chose (a one-off city, the view), and how it went (failure, retry).

/** An answer as the popup shows it: the record found, and for which city and why. */
export interface Shown {
  found: FoundAnswer;
  city: string | null;
  cityFrom: CityFrom;
  /** The question searched carried numbers or dates: 「按我的情况算」 opens with them. */
  calculation?: Calculation | null;
}

export type View = { kind: 'start' } | { kind: 'answer'; shown: Shown } | { kind: 'browse' };

interface State {
  /** undefined until read. */
  home: string | null | undefined;
  tab: TabState | null | undefined;
  failure: unknown;
  attempt: number;
  /** A city chosen in the switcher for lookups in this popup only. */
  lookupCity: string | null;
  switching: boolean;
  view: View;
  /** A search query is typed: its results replace the view. */
  searching: boolean;
  /** The tab's answer: undefined while looked up, null when there is none. */
  detectedAnswer: Shown | null | undefined;
}

type Action =
  | { type: 'loaded'; home: string | null; tab: TabState | null }
  | { type: 'failed'; error: unknown }
  | { type: 'retry' }
  | { type: 'home'; code: string }
  | { type: 'lookup-city'; code: string | null }
  | { type: 'switching'; open: boolean }
  | { type: 'view'; view: View }
  | { type: 'searching'; active: boolean }
  | { type: 'detected-answer'; shown: Shown | null };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { ...state, home: action.home, tab: action.tab };
    case 'failed':
      return { ...state, failure: action.error };
    case 'retry':
      return { ...state, failure: null, attempt: state.attempt + 1, detectedAnswer: undefined };
    case 'home':
      return { ...state, home: action.code };
    case 'lookup-city':
      // An open answer was for the old city: back to the start view.
      return {
        ...state,
        lookupCity: action.code,
        switching: false,
        view: state.view.kind === 'answer' ? { kind: 'start' } : state.view,
      };
    case 'switching':
      return { ...state, switching: action.open };
    case 'view':
      return { ...state, view: action.view };
    case 'searching':
      // Unchanged: the same state, so React skips the render (the search box reports on every query).
      return state.searching === action.active ? state : { ...state, searching: action.active };
    case 'detected-answer':
      return { ...state, detectedAnswer: action.shown };
  }
}

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

/** The first paint's answer, as the popup shows answers. */
function shownFrom(start: PopupStart | null): Shown | undefined {
  if (!start?.answer) return undefined;
  const { record, items, refs, terms, scope, origin, city, cityFrom } = start.answer;
  return { found: { record, items, refs, terms, scope, origin }, city, cityFrom };
}

/** What the popup's controls do; failures go to the popup's error screen. */
function popupActions(
  dispatch: (action: Action) => void,
  source: AnswerSource | null,
  home: string | null | undefined,
  lookupRegion: AnswerRegion,
) {
  return {
    retry: () => dispatch({ type: 'retry' }),
    chooseLookupCity: (code: string) => dispatch({ type: 'lookup-city', code: code === home ? null : code }),
    setSwitching: (open: boolean) => dispatch({ type: 'switching', open }),
    setView: (view: View) => dispatch({ type: 'view', view }),
    setSearching: (active: boolean) => dispatch({ type: 'searching', active }),
    chooseHome(code: string): void {
      setHomeCity(code).then(
        () => dispatch({ type: 'home', code }),
        (error: unknown) => dispatch({ type: 'failed', error }),
      );
    },
    openHit(hit: AskHit, result: AskResult): void {
      if (!source) return;
      source.getAnswer(hit.record.id).then(
        (full) => {
          if (!full) return;
          const shown = {
            found: { ...full, scope: hit.scope, origin: source.origin },
            city: result.city,
            cityFrom: result.cityFrom,
            calculation: result.calculation,
          };
          dispatch({ type: 'view', view: { kind: 'answer', shown } });
        },
        (error: unknown) => dispatch({ type: 'failed', error }),
      );
    },
    /** A suggested topic, answered for the lookup region. */
    openTopic(topic: TopicId): void {
      if (!source) return;
      source.findAnswer(topic, lookupRegion.chain).then(
        (found) => {
          const shown = found && { found, city: lookupRegion.city, cityFrom: lookupRegion.cityFrom };
          if (shown) dispatch({ type: 'view', view: { kind: 'answer', shown } });
        },
        (error: unknown) => dispatch({ type: 'failed', error }),
      );
    },
    openFound(found: FoundAnswer) {
      const shown = { found, city: lookupRegion.city, cityFrom: lookupRegion.cityFrom };
      dispatch({ type: 'view', view: { kind: 'answer', shown } });
    },
  };
}

export function usePopup(start: PopupStart | null, initialSource: AnswerSource | undefined) {
  // A tab without a stored detection still goes through loadTabState, which injects the content script.
  const known = start?.tab ? start : null;
  const [state, dispatch] = useReducer(reduce, undefined, (): State => ({
    home: known ? known.home : undefined,
    tab: known ? known.tab : undefined,
    failure: null,
    attempt: 0,
    lookupCity: null,
    switching: false,
    view: { kind: 'start' },
    searching: false,
    detectedAnswer: shownFrom(start),
  }));
  const dataState = useDataState(start?.dataState);
  const sourceState = useAnswerSource(dataState, state.attempt, initialSource);
  /** The first paint's answer is current until the source, home or lookup city changes. */
  const seeded = useRef(start?.answer != null);
  const { home, tab, lookupCity, attempt } = state;

  useEffect(() => {
    if (attempt === 0 && known) return;
    let live = true;
    Promise.all([getHomeCity(), loadTabState()]).then(
      ([homeCity, tabState]) => live && dispatch({ type: 'loaded', home: homeCity, tab: tabState }),
      (error: unknown) => live && dispatch({ type: 'failed', error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `known` is the mount-time start
  }, [attempt]);

  const source = sourceState.status === 'ready' ? sourceState.source : null;
  const detected: PageDetection | null =
    tab?.detection.relevant && tab.detection.topics[0] ? tab.detection : null;
  /** Where lookups that no page or question decides are for: the one-off city, else home. */
  const lookupRegion: AnswerRegion = useMemo(
    () => answerRegion({ choice: lookupCity, home }),
    [lookupCity, home],
  );

  // The current tab's answer: the page's topic, for the one-off city, else the page's city, else home.
  useEffect(() => {
    if (!source || home === undefined || !detected) return;
    if (seeded.current) {
      seeded.current = false;
      if (source === initialSource && !lookupCity) return;
    }
    let live = true;
    const region = answerRegion({ choice: lookupCity, page: { city: detected.city, province: null }, home });
    source.findAnswer(detected.topics[0]!, region.chain).then(
      (found) =>
        live &&
        dispatch({
          type: 'detected-answer',
          shown: found ? { found, city: region.city, cityFrom: region.cityFrom } : null,
        }),
      (error: unknown) => live && dispatch({ type: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [source, home, detected, lookupCity, initialSource]);

  // Stable between renders: children keep them in effect dependencies.
  const actions = useMemo(
    () => popupActions(dispatch, source, home, lookupRegion),
    [source, home, lookupRegion],
  );

  const error = state.failure ?? (sourceState.status === 'error' ? sourceState.error : null);
  return { state, actions, dataState, source, detected, lookupRegion, error };
}

export type PopupModel = ReturnType<typeof usePopup>;

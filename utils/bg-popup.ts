import type { PageDetection, PopupStart } from '../lib/messages';
import { answerPlace } from '../lib/scope';
import { findAnswer } from './bg-answers';
import { getDataState } from './data-layer';
import { getHomeCity, settings } from './settings';
import { loadTabState } from './tab-state';

/**
 * Everything the popup's first paint needs, read where it is already at hand: the data state, the settings and
 * the tab's detection are here, the database is open, and the region table is loaded. The popup then paints
 * the tab's answer with one round trip and without loading React, Dexie or the region table first.
 */
export async function popupStart(tabId: number | null): Promise<PopupStart> {
  const dataState = getDataState();
  const [home, tab, language, largeFont] = await Promise.all([
    getHomeCity(),
    tabId === null ? null : loadTabState(tabId),
    settings.language.get(),
    settings.largeFont.get(),
  ]);
  const detection = tab?.detection.relevant ? tab.detection : null;
  const topic = detection?.topics[0];
  // Only a ready database answers here: while importing or unavailable the popup's own path labels the
  // bundled copy with its banner.
  if (!detection || !topic || dataState.status !== 'ready')
    return { dataState, home, tab, language, largeFont, answer: null };
  const city = detection.city ?? home;
  const cityFrom = detection.city ? 'page' : 'home';
  const found = await findAnswer(topic, city);
  // A database that failed to open answers from the bundle: the popup's own path shows that, with its note.
  const answer: PopupStart['answer'] =
    found?.origin === 'database'
      ? {
          ...found,
          city,
          cityFrom,
          place: answerPlace(found.scope, found.record.region, city, home, cityFrom),
        }
      : null;
  return { dataState, home, tab, language, largeFont, answer };
}

/** Looks up a newly detected page's answer now, so the popup opened on it finds it remembered. */
export async function warmPopupAnswer(detection: PageDetection): Promise<void> {
  const topic = detection.relevant ? detection.topics[0] : undefined;
  if (topic) await findAnswer(topic, detection.city ?? (await getHomeCity()));
}

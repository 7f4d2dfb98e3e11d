import { browser } from '#imports';
import type { Language } from '../../lib/language';
import type { PopupStart } from '../../lib/messages';
import { answerPlace } from '../../lib/answer-place';
import { findAnswer, pageRegion } from './answers';
import { getDataState } from './data-layer';
import { getHomeCity, settings } from '../../utils/settings';
import { forgetPopupStarts, keepPopupStart, loadTabState } from './tab-state';

interface UiSettings {
  home: string | null;
  language: Language;
  largeFont: boolean;
}

let ui: Promise<UiSettings> | undefined;

/**
 * Registered at every service-worker start (so a change made while it slept wakes it): a change to synced
 * storage, where the popup's settings live, drops the cached settings and every tab's kept start.
 */
export function watchPopupSettings(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'sync') return;
    ui = undefined;
    void forgetPopupStarts().catch(() => undefined);
  });
}

/**
 * The settings the popup starts with, read once and again after any change to synced storage: each read is
 * several storage round trips, which the popup would otherwise wait for at every open (and the look-up at
 * each detected page too).
 */
function uiSettings(): Promise<UiSettings> {
  const read = (ui ??= Promise.all([getHomeCity(), settings.language.get(), settings.largeFont.get()]).then(
    ([home, language, largeFont]) => ({ home, language, largeFont }),
  ));
  // A failed read is not kept.
  read.catch(() => {
    if (ui === read) ui = undefined;
  });
  return read;
}

/**
 * Everything the popup's first paint needs, read where it is already at hand: the data state, the settings and
 * the tab's detection are here, the database is open, and the region table is loaded. The popup then paints
 * the tab's answer with one round trip and without loading React, Dexie or the region table first.
 */
export async function popupStart(tabId: number | null): Promise<PopupStart> {
  const dataState = getDataState();
  const [{ home, language, largeFont }, tab] = await Promise.all([
    uiSettings(),
    tabId === null ? null : loadTabState(tabId),
  ]);
  const detection = tab?.detection.relevant ? tab.detection : null;
  const topic = detection?.topics[0];
  // Only a ready database answers here: while importing or unavailable the popup's own path labels the
  // bundled copy with its banner.
  if (!detection || !topic || dataState.status !== 'ready')
    return { dataState, home, tab, language, largeFont, answer: null };
  const region = pageRegion(detection, home);
  const found = await findAnswer(topic, region);
  // A database that failed to open answers from the bundle: the popup's own path shows that, with its note.
  const answer: PopupStart['answer'] =
    found?.origin === 'database'
      ? {
          ...found,
          city: region.city,
          cityFrom: region.cityFrom,
          place: answerPlace(
            found.scope,
            found.record.region,
            region.city,
            home,
            region.cityFrom,
            region.placeFrom,
          ),
        }
      : null;
  return { dataState, home, tab, language, largeFont, answer };
}

/**
 * Works out a newly detected tab's popup start now and keeps it (storage.session), so a popup opened on the
 * tab paints its answer at once, even when the service worker has been stopped since.
 */
export async function keepPopupStartFor(tabId: number): Promise<void> {
  const start = await popupStart(tabId);
  if (start.answer) await keepPopupStart(tabId, start);
}

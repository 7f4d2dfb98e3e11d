import { browser } from '#imports';
import { dateLine, staleness } from '../../lib/dataset/validity';
import { LIMITS } from '../../lib/limits';
import { today } from '../../utils/today';
import { CardLabels, type Hint } from '../../lib/messages';
import { getRegion } from '../../lib/regions';
import { scopeLabel } from '../../lib/answer-place';
import { classifyHost, tierHosts } from '../../lib/sites';
import { findAnswer, pageRegion } from './answers';
import { translator, type Translate } from '../../utils/i18n';
import { getHomeCity, settings } from '../../utils/settings';
import { loadTabState } from './tab-state';

// The background's side of the hint card: whether a page may show one (domain.md, "Where 保知 runs": national
// sites when detected; bureau and Q&A sites only when granted and chosen; never when hints are off, the site
// is on the no-hint list, or the user closed the card on this page this session), and what it says, its own
// words in the UI language the user chose.

const DISMISSED_KEY = 'hint-dismissed';
/** URLs kept dismissed per session; the oldest go first. */
const MAX_DISMISSED = 500;

export const CONTENT_ERRORS_KEY = 'content-errors';
const MAX_ERRORS = 50;

export interface ContentError {
  message: string;
  url: string;
  at: number;
}

async function dismissedUrls(): Promise<string[]> {
  const raw = (await browser.storage.session.get(DISMISSED_KEY))[DISMISSED_KEY];
  return Array.isArray(raw) ? raw.filter((url): url is string => typeof url === 'string') : [];
}

/** 关闭: the card stays closed on this URL for the browser session, across reloads. */
export async function dismissHint(url: string): Promise<void> {
  const urls = (await dismissedUrls()).filter((other) => other !== url);
  urls.push(url);
  await browser.storage.session.set({ [DISMISSED_KEY]: urls.slice(-MAX_DISMISSED) });
}

export function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** 此网站不再提示: the page's host joins settings.noHintSites (synced, exported with the settings). */
export async function turnOffHintsForSite(url: string): Promise<void> {
  const host = hostOf(url);
  if (!host) return;
  const sites = await settings.noHintSites.get();
  if (!sites.includes(host)) await settings.noHintSites.set([...sites, host]);
}

export async function turnOffHints(): Promise<void> {
  await settings.hints.set({ ...(await settings.hints.get()), enabled: false });
}

/** Whether the page at `url` may show a card at all, before asking what it would say. */
export async function hintAllowed(url: string): Promise<boolean> {
  const { tier } = classifyHost(url);
  if (tier === 'other') return false;
  const [hints, noHintSites, dismissed] = await Promise.all([
    settings.hints.get(),
    settings.noHintSites.get(),
    dismissedUrls(),
  ]);
  if (!hints.enabled || dismissed.includes(url)) return false;
  const host = hostOf(url);
  if (!host || noHintSites.includes(host)) return false;
  if (tier === 'national') return true;
  if (tier === 'bureau' ? !hints.bureaus : !hints.qa) return false;
  // The script may have come through activeTab: the card needs the granted permission as well.
  return browser.permissions.contains({ origins: tierHosts(tier) });
}

/** The card for a tab, from its stored detection; null when the page gets none. */
export async function hintFor(tabId: number, url: string): Promise<Hint | null> {
  const state = await loadTabState(tabId);
  const topic = state?.detection.topics[0];
  if (!state?.detection.relevant || !topic || state.url !== url) return null;
  if (!(await hintAllowed(url))) return null;
  const region = pageRegion(state.detection, await getHomeCity());
  const { city } = region;
  const found = await findAnswer(topic, region);
  if (!found) return null;
  // Which place the card answers for, and why: the page's host or text, else the home city.
  const placeCode = city ?? region.province;
  const placeName = placeCode ? getRegion(placeCode)?.name : undefined;
  const key =
    region.cityFrom !== 'page'
      ? 'cardPlaceHome'
      : region.placeFrom === 'host'
        ? 'cardPlaceHost'
        : 'cardPlacePage';
  const say = await translator(await settings.language.get());
  const place = placeName && region.cityFrom !== 'none' ? say(key, placeName) : '';
  return {
    recordId: found.record.id,
    conclusion: found.record.answer.conclusion.slice(0, LIMITS.hint.conclusion),
    scopeLabel: scopeLabel(found.scope, found.record.region, city).slice(0, LIMITS.hint.scopeLabel),
    city,
    place: place.slice(0, LIMITS.hint.place),
    dated: dateLine(found.record, found.items, today()).slice(0, LIMITS.hint.dated),
    stale: staleness(found.record, found.items, today()) !== null,
    largeFont: await settings.largeFont.get(),
    labels: cardLabels(say),
  };
}

/** The card's own words in the UI language (CardLabels' keys are messages.json keys). */
function cardLabels(say: Translate): CardLabels {
  const keys = Object.keys(CardLabels.shape) as (keyof CardLabels)[];
  return Object.fromEntries(keys.map((key) => [key, say(key).slice(0, LIMITS.hint.label)])) as CardLabels;
}

let errorWrites: Promise<unknown> = Promise.resolve();

/** Keeps the last errors content scripts caught, in storage.session (tests read them through the worker). */
export function recordContentError(message: string, url: string): Promise<void> {
  const write = errorWrites.then(() => appendError(message, url));
  errorWrites = write.catch(() => undefined);
  return write;
}

async function appendError(message: string, url: string): Promise<void> {
  const raw = (await browser.storage.session.get(CONTENT_ERRORS_KEY))[CONTENT_ERRORS_KEY];
  const errors = Array.isArray(raw) ? (raw as ContentError[]) : [];
  errors.push({ message, url: url.slice(0, LIMITS.errorText), at: Date.now() });
  await browser.storage.session.set({ [CONTENT_ERRORS_KEY]: errors.slice(-MAX_ERRORS) });
}

import cityNamesJson from '../../data/generated/city-names.json';
import { cityFinder, type CityFinder, type CityNames } from '../../lib/engine/cities';
import { detectPage } from '../../lib/engine/detect';
import { placeFromHost } from '../../lib/regions/host';
import type { PageDetection, PageSample } from '../../lib/messages';

// The background's half of page detection: the content script scored the capped sample with the engine's
// lexicon; for a relevant page the background scores the same sample again with the region-name table, which
// adds the page's city (a city named in the page overrides the home city for the card and the popup).

let finder: CityFinder | undefined;

export function completeDetection(
  detection: PageDetection,
  page: PageSample | undefined,
  url: string,
): PageDetection {
  if (!detection.relevant || !page) return detection;
  finder ??= cityFinder(cityNamesJson as CityNames);
  const full = detectPage({ ...page, url }, { cities: finder, hostPlace: placeFromHost });
  const { relevant, score, topics, city, province, placeFrom } = full;
  return { relevant, score, topics, city, province, placeFrom };
}

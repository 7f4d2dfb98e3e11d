import { shortName } from '../../lib/answer-place';
import { t } from '../../utils/i18n';

/** The lookup place in the popup's headings: a city's short name, or 全国 when no city is set. */
export function placeName(code: string | null): string {
  return code ? shortName(code) : t('nationwide');
}

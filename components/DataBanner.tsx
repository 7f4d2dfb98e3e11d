import type { DataState } from '../lib/messages';
import { t, type MessageKey } from '../utils/i18n';

const REASON: Record<Extract<DataState, { status: 'unavailable' }>['reason'], MessageKey> = {
  private: 'unavailablePrivate',
  quota: 'unavailableQuota',
  'open-failed': 'unavailableOpenFailed',
  forced: 'unavailableForced',
};

/** The data layer's state when it is not simply ready: an import in progress, or no database at all. */
export function DataBanner({ state }: { state: DataState }) {
  if (state.status === 'importing') {
    const percent = Math.round(state.progress * 100);
    return (
      <div className="banner importing" data-testid="importing">
        <p>
          <strong>{t('importingTitle', state.version)}</strong> {t('importingHelp')}
        </p>
        <progress max={100} value={percent} aria-label={t('importingProgress')}>
          {percent}%
        </progress>
        <span className="percent" aria-hidden="true">
          {percent}%
        </span>
      </div>
    );
  }
  if (state.status === 'unavailable') {
    return (
      <div className="banner unavailable" data-testid="unavailable">
        <p>
          <strong>{t('unavailableTitle')}</strong> {t(REASON[state.reason])} {t('unavailableHelp')}
        </p>
      </div>
    );
  }
  return null;
}

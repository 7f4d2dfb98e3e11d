import { Component, type ReactNode } from 'react';
import { t } from '../utils/i18n';

interface State {
  error: Error | null;
}

/** Shows a render failure as the error screen instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    return this.state.error ? (
      <ErrorScreen error={this.state.error} onRetry={() => location.reload()} />
    ) : (
      this.props.children
    );
  }
}

export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="screen error-screen" role="alert" data-testid="error-screen">
      <h2>{t('errorTitle')}</h2>
      <p>{t('errorHelp')}</p>
      <p className="cite">
        <code>{error instanceof Error ? error.message : String(error)}</code>
      </p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}

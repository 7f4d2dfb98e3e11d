import { h } from '../utils/dom';
import { t } from '../utils/i18n';

// When a page cannot even start (a chunk failed to load, React failed to mount), say so in plain DOM: there is
// no React to show the error screen. Kept apart from boot.tsx so the popup's first script need not load React.
export function showBootFailure(error: unknown): void {
  console.error('保知: page failed to start', error);
  const retry = h('button', { type: 'button' }, t('retry'));
  retry.addEventListener('click', () => location.reload());
  document
    .getElementById('root')
    ?.replaceChildren(
      h(
        'div',
        { class: 'screen error-screen', role: 'alert', 'data-testid': 'error-screen' },
        h('h2', null, t('errorTitle')),
        h('p', null, t('errorHelp')),
        h('p', { class: 'cite' }, h('code', null, error instanceof Error ? error.message : String(error))),
        retry,
      ),
    );
}

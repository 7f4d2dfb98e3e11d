import { browser } from '#imports';
import { DataBanner } from '../../components/DataBanner';
import { ErrorScreen } from '../../components/ErrorBoundary';
import type { PageDetection, PopupStart } from '../../lib/messages';
import { shortName } from '../../lib/answer-place';
import type { AnswerSource } from '../../utils/answers';
import { t } from '../../utils/i18n';
import { HomeCityLine } from './HomeCityLine';
import { PopupBody } from './PopupBody';
import { PopupTools } from './PopupTools';
import { usePopup } from './use-popup';
import { useTask } from '../../hooks/use-task';

export interface PopupProps {
  /** What the first paint got from the background (null when it failed: everything is asked for again). */
  start: PopupStart | null;
  /** The answer source, opened before mounting when the first paint showed an answer. */
  initialSource?: AnswerSource;
}

function PopupHeader({
  detected,
  home,
}: {
  detected: PageDetection | null;
  home: string | null | undefined;
}) {
  const { run } = useTask();
  return (
    <header className="bar">
      <h1>{t('appName')}</h1>
      <span className={detected ? 'tab-status detected' : 'tab-status'} data-testid="tab-status">
        {detected ? t('tabDetected') : t('tabNotDetected')}
      </span>
      {/* Without a home city the line above the answer offers the picker instead. */}
      {home && (
        <span className="home-line">
          <span>
            {t('homeCity')}: {shortName(home)}
          </span>{' '}
          <button type="button" className="link" onClick={() => run(browser.runtime.openOptionsPage())}>
            {t('changeHomeCity')}
          </button>
        </span>
      )}
    </header>
  );
}

/** The toolbar popup: the tab's answer, search, the most asked topics, browsing; state in usePopup. */
export function Popup({ start, initialSource }: PopupProps) {
  const model = usePopup(start, initialSource);
  const { state, actions, dataState, source, detected, error } = model;
  const header = <PopupHeader detected={detected} home={state.home} />;

  if (error) {
    return (
      <>
        {header}
        <main>
          <ErrorScreen error={error} onRetry={actions.retry} />
        </main>
      </>
    );
  }
  if (state.home === undefined || state.tab === undefined || !source) {
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
  return (
    <>
      {header}
      <main>
        {state.home === null && <HomeCityLine onChoose={actions.chooseHome} />}
        {/* Reserved at its height by the first paint (first-paint.ts), so the answer stays put. */}
        <PopupTools model={model} source={source} />
        {!state.searching && <PopupBody model={model} source={source} />}
      </main>
    </>
  );
}

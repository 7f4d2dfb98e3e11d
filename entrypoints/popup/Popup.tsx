import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { AnswerView } from '../../components/AnswerView';
import { type TabState, TabStateResponse } from '../../lib/messages';
import { getRegion } from '../../lib/regions';
import { scopeLabel } from '../../lib/scope';
import { db } from '../../utils/db';
import { t } from '../../utils/i18n';
import { type FoundAnswer, findAnswer } from '../../utils/lookup';
import { getHomeCity } from '../../utils/settings';

type View =
  | { kind: 'loading' }
  | {
      kind: 'ready';
      tab: TabState | null;
      homeCity: string | null;
      city: string | null;
      found: FoundAnswer | null;
    };

/** The tab the popup is about: `?tabId=` when opened in a tab (tests, "open in tab"), else the active tab. */
async function currentTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadView(): Promise<View> {
  const tabId = await currentTabId();
  const response =
    tabId === undefined ? null : await browser.runtime.sendMessage({ type: 'get-tab-state', tabId });
  const parsed = TabStateResponse.safeParse(response);
  const tab = parsed.success ? parsed.data : null;
  const [homeCity, meta] = await Promise.all([getHomeCity(), db.meta.get('dataset')]);
  const detected = tab?.detection.relevant ? tab.detection : null;
  const topic = detected?.topics[0] ?? meta?.ranking[0];
  const city = detected?.city ?? homeCity;
  const found = topic ? await findAnswer(db, topic, city) : null;
  return { kind: 'ready', tab, homeCity, city, found };
}

export function Popup() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  useEffect(() => {
    void loadView().then(setView);
  }, []);

  if (view.kind === 'loading') return <main aria-busy="true">{t('loading')}</main>;
  const { tab, homeCity, city, found } = view;
  const cityName = homeCity ? getRegion(homeCity)?.short : undefined;
  return (
    <main>
      <div className="status" role="status">
        <span className={tab?.detection.relevant ? 'detected' : ''} data-testid="tab-status">
          {tab?.detection.relevant ? t('tabDetected') : t('tabNotDetected')}
        </span>
        <span>
          {t('homeCity')}: {cityName ?? '—'}{' '}
          <a href="#" onClick={() => void browser.runtime.openOptionsPage()}>
            {cityName ? t('changeHomeCity') : t('setHomeCity')}
          </a>
        </span>
      </div>
      {!homeCity && <p>{t('noHomeCity')}</p>}
      {found ? (
        <AnswerView
          record={found.record}
          items={found.items}
          scopeLabel={scopeLabel(found.scope, found.record.region, city)}
        />
      ) : (
        <p>{t('noAnswer')}</p>
      )}
    </main>
  );
}

import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { CityCoverage } from '../../components/CityCoverage';
import { CityPicker } from '../../components/CityPicker';
import { HintSettings } from './HintSettings';
import { getRegion } from '../../lib/regions';
import { t } from '../../utils/i18n';
import { getHomeCity, type Language, setHomeCity, settings } from '../../utils/settings';
import { forgetInputs } from '../../utils/situation';
import { useAnswerSource } from '../../hooks/use-answer-source';
import { useDataState } from '../../hooks/use-data-state';
import { DataSection } from './DataSection';
import { useTask } from '../../hooks/use-task';

const welcome = new URLSearchParams(location.search).get('welcome') === '1';

export function Options() {
  const dataState = useDataState();
  const sourceState = useAnswerSource(dataState);
  const source = sourceState.status === 'ready' ? sourceState.source : null;
  const [selected, setSelected] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const { run, fail } = useTask();

  useEffect(() => {
    getHomeCity().then((code) => {
      setSelected(code);
      setSaved(code);
    }, fail);
  }, [reloads, fail]);

  async function save() {
    if (!selected) return;
    await setHomeCity(selected);
    setSaved(selected);
  }

  const savedName = saved ? getRegion(saved)?.name : undefined;
  return (
    <main>
      {welcome ? (
        <header className="welcome" data-testid="welcome">
          <h1>{t('welcomeTitle')}</h1>
          <p>{t('welcomeIntro')}</p>
          <ol className="welcome-steps">
            <li>{t('welcomeStepPin')}</li>
            <li>{t('welcomeStepCity')}</li>
            <li>{t('welcomeStepTry')}</li>
          </ol>
        </header>
      ) : (
        <h1>{t('optionsTitle')}</h1>
      )}

      <section aria-labelledby="home-city-title">
        <h2 id="home-city-title">{t('homeCity')}</h2>
        <p>{t('homeCityHelp')}</p>
        <div className="row picker-row">
          <CityPicker
            label={t('homeCity')}
            hideLabel
            value={selected}
            onSelect={setSelected}
            autoFocus={welcome}
            key={`picker-${reloads}`}
          />
          <button
            type="button"
            className="primary"
            onClick={() => run(save())}
            disabled={!selected || selected === saved}
          >
            {t('save')}
          </button>
        </div>
        {savedName && (
          <p className="saved" role="status">
            {t('saved', savedName)}
          </p>
        )}
        {selected && <CityCoverage source={source} city={selected} />}
      </section>

      <section aria-labelledby="hints-title">
        <h2 id="hints-title">{t('permissionsTitle')}</h2>
        <p>{t('permissionsHelp')}</p>
        <HintSettings />
      </section>

      <DisplaySection />
      <MemorySection />

      <DataSection dataState={dataState} onSettingsChanged={() => setReloads((n) => n + 1)} />

      <ShortcutSection />

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacyTitle')}</h2>
        <p>{t('privacy')}</p>
        <p>{t('privacyDetail')}</p>
      </section>
    </main>
  );
}

function DisplaySection() {
  const [language, setLanguage] = useState<Language>('auto');
  const [largeFont, setLargeFont] = useState(false);
  const { run, fail } = useTask();
  useEffect(() => {
    settings.language.get().then(setLanguage, fail);
    settings.largeFont.get().then(setLargeFont, fail);
    const unwatch = [settings.language.watch(setLanguage), settings.largeFont.watch(setLargeFont)];
    return () => unwatch.forEach((stop) => stop());
  }, [fail]);
  return (
    <section aria-labelledby="display-title">
      <h2 id="display-title">{t('displayTitle')}</h2>
      <div className="row">
        <label htmlFor="language">{t('languageLabel')}</label>
        <select
          id="language"
          value={language}
          onChange={(event) => {
            const next = event.target.value as Language;
            setLanguage(next);
            run(settings.language.set(next));
          }}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="zh_CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </div>
      <p className="cite">{t('languageNote')}</p>
      <div className="row">
        <input
          id="large-font"
          type="checkbox"
          checked={largeFont}
          onChange={(event) => {
            setLargeFont(event.target.checked);
            run(settings.largeFont.set(event.target.checked));
          }}
        />
        <label htmlFor="large-font">{t('largeFontLabel')}</label>
      </div>
      <p className="cite">{t('darkModeNote')}</p>
    </section>
  );
}

/** 「按我的情况算」 may remember its inputs on this device; turning it off forgets them. */
function MemorySection() {
  const [remember, setRemember] = useState(false);
  const { run, fail } = useTask();
  useEffect(() => {
    settings.rememberSituation.get().then(setRemember, fail);
    return settings.rememberSituation.watch(setRemember);
  }, [fail]);
  return (
    <section aria-labelledby="memory-title">
      <h2 id="memory-title">{t('calcTitle')}</h2>
      <div className="row">
        <input
          id="remember-situation"
          type="checkbox"
          checked={remember}
          onChange={(event) => {
            const on = event.target.checked;
            setRemember(on);
            run(
              on
                ? settings.rememberSituation.set(true)
                : settings.rememberSituation.set(false).then(forgetInputs),
            );
          }}
        />
        <label htmlFor="remember-situation">{t('rememberSituationLabel')}</label>
      </div>
      <p className="cite">{t('rememberSituationNote')}</p>
    </section>
  );
}

function ShortcutSection() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const { run } = useTask();
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  const page = 'chrome://extensions/shortcuts';
  return (
    <section aria-labelledby="shortcut-title">
      <h2 id="shortcut-title">{t('shortcutTitle')}</h2>
      <p data-testid="shortcut">
        {t('shortcutCurrent')}{' '}
        {shortcut === undefined ? '…' : shortcut ? <kbd>{shortcut}</kbd> : t('shortcutNone')}
      </p>
      <p>
        {t('shortcutChange')}{' '}
        <a
          href={page}
          onClick={(event) => {
            // Extension pages may not navigate to chrome:// URLs by link; a new tab is allowed.
            event.preventDefault();
            run(browser.tabs.create({ url: page }));
          }}
        >
          <code>{page}</code>
        </a>
      </p>
    </section>
  );
}

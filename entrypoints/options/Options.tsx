import { useEffect, useState } from 'react';
import { CitySelect } from '../../components/CitySelect';
import { getRegion } from '../../lib/regions';
import { t } from '../../utils/i18n';
import { getHomeCity, setHomeCity } from '../../utils/settings';

export function Options() {
  const [selected, setSelected] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    void getHomeCity().then((code) => {
      setSelected(code);
      setSaved(code);
    });
  }, []);

  async function save() {
    if (!selected) return;
    await setHomeCity(selected);
    setSaved(selected);
  }

  const savedName = saved ? getRegion(saved)?.name : undefined;
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="home-city-title">
        <h2 id="home-city-title">{t('homeCity')}</h2>
        <p>{t('homeCityHelp')}</p>
        <div className="row">
          <label htmlFor="home-city">{t('homeCity')}</label>
          <CitySelect id="home-city" value={selected} onChange={setSelected} />
          <button type="button" onClick={() => void save()} disabled={!selected || selected === saved}>
            {t('save')}
          </button>
          {savedName && (
            <span className="saved" role="status">
              {t('saved', savedName)}
            </span>
          )}
        </div>
      </section>
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacyTitle')}</h2>
        <p>{t('privacy')}</p>
      </section>
    </main>
  );
}

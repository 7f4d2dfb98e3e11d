import { CityPicker } from '../../components/CityPicker';
import { t } from '../../utils/i18n';

/**
 * No home city yet: one line above the answer offers the picker; choosing a city saves it. The answer below
 * does not wait for it (the page's city or the national rules answer meanwhile).
 */
export function HomeCityLine({ onChoose }: { onChoose: (code: string) => void }) {
  return (
    <section className="home-prompt" aria-label={t('setHomeCity')} data-testid="home-prompt">
      <span className="home-prompt-text">{t('homePrompt')}</span>
      <CityPicker label={t('homeCity')} hideLabel value={null} onSelect={onChoose} />
    </section>
  );
}

import { useEffect, useState } from 'react';
import { CityCoverage } from '../../components/CityCoverage';
import { CityPicker } from '../../components/CityPicker';
import type { AnswerSource } from '../../utils/answers';
import { t } from '../../utils/i18n';
import { markPainted } from './painted';

/** No home city yet: choose one (with what the data holds for it), or skip for now. */
export function FirstRun({
  source,
  onChoose,
  onSkip,
}: {
  source: AnswerSource;
  onChoose: (code: string) => void;
  onSkip: () => void;
}) {
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => markPainted('first-run'), []);
  return (
    <section className="first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{t('firstRunTitle')}</h2>
      <p>{t('homeCityHelp')}</p>
      <CityPicker label={t('homeCity')} value={picked} onSelect={setPicked} autoFocus />
      {picked && <CityCoverage source={source} city={picked} />}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!picked}
          onClick={() => picked && onChoose(picked)}
        >
          {t('save')}
        </button>
        <button type="button" className="link" onClick={onSkip}>
          {t('firstRunSkip')}
        </button>
      </div>
    </section>
  );
}

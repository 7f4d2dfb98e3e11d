import { useEffect, useState } from 'react';
import { getRegion, provinceOf } from '../lib/regions';
import { isBingtuan } from '../lib/regions/codes';
import { TOPICS, type TopicId } from '../lib/topics';
import type { AnswerSource } from '../utils/answers';
import { t } from '../utils/i18n';
import { useTask } from '../hooks/use-task';

interface Coverage {
  city: TopicId[];
  province: TopicId[];
}

function topicsOf(records: { topic: TopicId }[]): TopicId[] {
  return [...new Set(records.map((record) => record.topic))];
}

/** What the data holds for a city: its own topics, its province's, and that the rest is national. */
export function CityCoverage({ source, city }: { source: AnswerSource | null; city: string }) {
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  // A 兵团 city's province rules are not its own (lib/scope regionChain skips them too).
  const province = isBingtuan(city) ? undefined : provinceOf(city);
  const { fail } = useTask();
  useEffect(() => {
    if (!source) return;
    let live = true;
    const provinceCode = province && province.code !== city ? province.code : null;
    Promise.all([
      source.recordsForRegion(city),
      provinceCode ? source.recordsForRegion(provinceCode) : Promise.resolve([]),
    ]).then(
      ([own, provincial]) => live && setCoverage({ city: topicsOf(own), province: topicsOf(provincial) }),
      (error: unknown) => live && fail(error),
    );
    return () => {
      live = false;
    };
  }, [source, city, province, fail]);

  const name = getRegion(city)?.short ?? city;
  if (!coverage) return null;
  const list = (topics: TopicId[]) => topics.map((topic) => TOPICS[topic]).join('、');
  return (
    <div className="coverage" data-testid="city-coverage" aria-live="polite">
      {coverage.city.length > 0 ? (
        <p>
          <strong>{t('coverageCity', [name, String(coverage.city.length)])}</strong>
          <span lang="zh-CN">{list(coverage.city)}</span>
        </p>
      ) : (
        <p>
          <strong>{t('coverageNoCity', name)}</strong>
        </p>
      )}
      {coverage.province.length > 0 && province && (
        <p>
          {t('coverageProvince', province.name)}
          <span lang="zh-CN">{list(coverage.province)}</span>
        </p>
      )}
      {isBingtuan(city) && <p data-testid="bingtuan-note">{t('bingtuanNote')}</p>}
      <p className="cite">{t('coverageRest')}</p>
    </div>
  );
}

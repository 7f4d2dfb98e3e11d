import { useEffect, useState } from 'react';
import { ErrorScreen } from '../../components/ErrorBoundary';
import { scopeLabel, shortName } from '../../lib/answer-place';
import type { AnswerRegion } from '../../lib/scope';
import { TOPICS, type TopicId } from '../../lib/topics';
import type { AnswerSource, FoundAnswer } from '../../utils/answers';
import { t } from '../../utils/i18n';

interface Props {
  source: AnswerSource;
  /** Where the answers are for (lib/scope answerRegion). */
  region: AnswerRegion;
  topics: readonly TopicId[];
  /** Browse mode lists topics without any answer too, marked as such; the ranking skips them. */
  showMissing?: boolean;
  /** Show each answer's conclusion under its topic (browse). */
  showConclusion?: boolean;
  labelledBy: string;
  onOpen: (found: FoundAnswer) => void;
  onPainted?: () => void;
}

/** Topics for one city, each with the level its answer comes from (city, province or national). */
export function TopicList(props: Props) {
  const { source, region, topics, showMissing, showConclusion, labelledBy, onOpen, onPainted } = props;
  const { city, chain } = region;
  const [rows, setRows] = useState<{ topic: TopicId; found: FoundAnswer | null }[] | null>(null);
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all(topics.map(async (topic) => ({ topic, found: await source.findAnswer(topic, chain) }))).then(
      (loaded) => live && setRows(loaded),
      (error: unknown) => live && setFailed({ error }),
    );
    return () => {
      live = false;
    };
  }, [source, chain, topics, attempt]);
  useEffect(() => {
    if (rows) onPainted?.();
  }, [rows, onPainted]);

  if (failed) {
    const retry = () => {
      setFailed(null);
      setAttempt((n) => n + 1);
    };
    return <ErrorScreen error={failed.error} onRetry={retry} />;
  }
  if (!rows) return <p aria-busy="true">{t('loading')}</p>;
  const shown = showMissing ? rows : rows.filter((row) => row.found);
  // For a city, the long 「全国通用规则(本市暂无专门条目)」 is said once above the list, not on every row.
  const national = city !== null && shown.some((row) => row.found?.scope === 'national');
  const label = (found: FoundAnswer) =>
    national && found.scope === 'national'
      ? t('scopeNationalShort')
      : scopeLabel(found.scope, found.record.region, city);
  return (
    <>
      {national && (
        <p className="cite" data-testid="national-note">
          {t('nationalRowsNote', shortName(city))}
        </p>
      )}
      <ul className="topics" aria-labelledby={labelledBy}>
        {shown.map(({ topic, found }) => (
          <li key={topic}>
            {found ? (
              <button type="button" className="topic" onClick={() => onOpen(found)}>
                <span className="topic-name" lang="zh-CN">
                  {TOPICS[topic]}
                </span>
                <span className={`scope scope-${found.scope}`}>{label(found)}</span>
                {showConclusion && (
                  <span className="topic-conclusion" lang="zh-CN">
                    {found.record.answer.conclusion}
                  </span>
                )}
              </button>
            ) : (
              <div className="topic missing">
                <span className="topic-name" lang="zh-CN">
                  {TOPICS[topic]}
                </span>
                <span className="cite">{t('topicMissing')}</span>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

import { useEffect, useState } from 'react';
import { ErrorScreen } from '../../components/ErrorBoundary';
import { scopeLabel } from '../../lib/answer-place';
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
  return (
    <ul className="topics" aria-labelledby={labelledBy}>
      {shown.map(({ topic, found }) => (
        <li key={topic}>
          {found ? (
            <button type="button" className="topic" onClick={() => onOpen(found)}>
              <span className="topic-name" lang="zh-CN">
                {TOPICS[topic]}
              </span>
              <span className={`scope scope-${found.scope}`}>
                {scopeLabel(found.scope, found.record.region, city)}
              </span>
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
  );
}

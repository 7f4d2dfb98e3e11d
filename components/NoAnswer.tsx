import type { ReactNode } from 'react';
import { shortName } from '../lib/answer-place';
import type { AskResult } from '../lib/engine/match';
import { TOPICS, type TopicId } from '../lib/topics';
import { t } from '../utils/i18n';

interface Props {
  /** What the search understood; its coverage is anything but 'answered'. */
  result: AskResult;
  query: string;
  /** One way to open a suggested topic (a button in the popup, a link on the answer page). */
  renderSuggestion: (topic: TopicId) => ReactNode;
  /** More to try under the message (the popup's most-asked topics). */
  children?: ReactNode;
}

function Hotline({ number }: { number: '12393' | '12333' }) {
  return (
    <p>
      {t(number === '12393' ? 'hotline12393' : 'hotline12333')} <a href={`tel:${number}`}>{number}</a>
    </p>
  );
}

/**
 * A question without an answer, in the same words on every page (the popup, the answer page): not social
 * insurance; social insurance with no topic of ours (and the hotline that answers it); a topic with no record
 * on the whole chain; or unsure, with the two likeliest topics to choose from.
 */
export function NoAnswer({ result, query, renderSuggestion, children }: Props) {
  const topic = result.topics[0];
  return (
    <div className="no-results" data-testid="no-results" data-coverage={result.coverage} aria-live="polite">
      <p>
        <strong>{t('noResults', query)}</strong>
      </p>
      {result.coverage === 'out-of-scope' && <p>{t('coverageOutOfScope')}</p>}
      {result.coverage === 'uncovered' && (
        <>
          <p>{t('coverageUncovered')}</p>
          <Hotline number={result.hotline ?? '12333'} />
        </>
      )}
      {result.coverage === 'no-record' && topic && (
        <>
          <p lang="zh-CN">
            {t('coverageNoRecord', [TOPICS[topic], shortName(result.city ?? result.province)])}
          </p>
          <Hotline number="12393" />
        </>
      )}
      {result.coverage === 'unsure' && (
        <>
          <p>{t('coverageUnsure')}</p>
          <ul className="suggestions">
            {result.suggestions.map((suggested) => (
              <li key={suggested}>{renderSuggestion(suggested)}</li>
            ))}
          </ul>
        </>
      )}
      {result.coverage !== 'unsure' && <p>{t('noResultsHelp')}</p>}
      <p className="cite">{t('noResultsExamples')}</p>
      {children}
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type { AskHit, AskResult } from '../../lib/engine/match';
import { scopeLabel } from '../../lib/answer-place';
import { TOPICS, type TopicId } from '../../lib/topics';
import { NoAnswer } from '../../components/NoAnswer';
import type { AnswerSource } from '../../utils/answers';
import { loadSearch } from '../../utils/load-search';
import { t } from '../../utils/i18n';
import { ErrorScreen } from '../../components/ErrorBoundary';
import { SituationPanel } from '../../components/situation/SituationPanel';
import { isoDay } from '../../lib/dataset/validity';

interface Props {
  source: AnswerSource | null;
  home: string | null;
  /** The switcher's one-off city (lib/scope answerRegion weighs it against a city the question names). */
  choice: string | null;
  autoFocus: boolean;
  onOpen: (hit: AskHit, result: AskResult) => void;
  /** Results (or their absence) are shown in place of the page's main content while there is a query. */
  onQueryChange: (active: boolean) => void;
  /** Shown under "no results": the most-asked topics, as suggestions. */
  suggestions: React.ReactNode;
  /** Opens one of the two topics offered when the engine is unsure. */
  onSuggest: (topic: TopicId) => void;
}

const LIMIT = 8;

/**
 * Search as you type: an editable combobox whose listbox holds the engine's ranked answers (WAI-ARIA APG
 * combobox pattern). ↓/↑ move, Enter opens the highlighted answer, Escape clears the query.
 */
export function SearchBox(props: Props) {
  const { source, home, choice, autoFocus, onOpen, onQueryChange, suggestions, onSuggest } = props;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  /** An answer was opened from these results: the question stays in the box, the results step aside. */
  const [opened, setOpened] = useState(false);
  const [result, setResult] = useState<{ query: string; result: AskResult } | null>(null);
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const trimmed = query.trim();
  useEffect(() => {
    onQueryChange(trimmed !== '' && !opened);
    if (!trimmed || !source) return;
    let live = true;
    loadSearch()
      .then((search) =>
        search(source, trimmed, { homeCity: home, choice, limit: LIMIT, today: isoDay(new Date()) }),
      )
      .then(
        (found) => {
          if (!live) return;
          setFailed(null);
          setResult({ query: trimmed, result: found });
          setActive(0);
        },
        (error: unknown) => live && setFailed({ error }),
      );
    return () => {
      live = false;
    };
  }, [trimmed, source, home, choice, onQueryChange, attempt, opened]);

  const current = !opened && trimmed && result?.query === trimmed ? result.result : null;
  const hits = current?.results ?? [];
  const open = current !== null && hits.length > 0;

  function openHit(hit: AskHit) {
    if (!current) return;
    onOpen(hit, current);
    setOpened(true);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        if (!open) return;
        event.preventDefault();
        setActive((i) => Math.min(i + 1, hits.length - 1));
        break;
      case 'ArrowUp':
        if (!open) return;
        event.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter': {
        const hit = hits[active];
        if (hit) {
          event.preventDefault();
          openHit(hit);
        }
        break;
      }
      case 'Escape':
        if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
    }
  }

  const optionId = (i: number) => `${id}-hit-${i}`;
  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-q`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={t('searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-results`}
        aria-activedescendant={open ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpened(false);
        }}
        onKeyDown={onKeyDown}
      />
      {current?.calculation && source && (
        <SituationPanel
          key={trimmed}
          source={source}
          city={current.city}
          kinds={[current.calculation.kind]}
          calculation={current.calculation}
          folded={false}
        />
      )}
      <ul
        id={`${id}-results`}
        role="listbox"
        aria-label={t('searchResults')}
        className="results"
        hidden={!open}
      >
        {hits.map((hit, i) => (
          <li
            key={hit.record.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`result${i === active ? ' active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => openHit(hit)}
          >
            <span className="result-question" lang="zh-CN">
              {hit.record.questions[0]}
            </span>
            <span className={`scope scope-${hit.scope}`}>
              {scopeLabel(hit.scope, hit.region, current!.city)}
            </span>
          </li>
        ))}
      </ul>
      {failed && trimmed && (
        <ErrorScreen
          error={failed.error}
          onRetry={() => {
            setFailed(null);
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {current && hits.length === 0 && (
        <NoAnswer
          result={current}
          query={trimmed}
          renderSuggestion={(topic) => (
            <button
              type="button"
              className="topic"
              onClick={() => {
                onSuggest(topic);
                setOpened(true);
              }}
            >
              <span className="topic-name" lang="zh-CN">
                {TOPICS[topic]}
              </span>
            </button>
          )}
        >
          {suggestions}
        </NoAnswer>
      )}
      {open && (
        <p className="visually-hidden" aria-live="polite">
          {t('searchCount', String(hits.length))}
        </p>
      )}
      {current && current.topics.length > 0 && hits.length > 0 && (
        <p className="cite search-topics">
          {t('searchTopics')}
          <span lang="zh-CN">{current.topics.map((topic) => TOPICS[topic]).join('、')}</span>
        </p>
      )}
    </div>
  );
}

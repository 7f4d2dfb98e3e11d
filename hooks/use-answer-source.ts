import { useEffect, useRef, useState } from 'react';
import type { DataState } from '../lib/messages';
import type { AnswerSource } from '../utils/answers';

export type SourceState =
  { status: 'loading' } | { status: 'ready'; source: AnswerSource } | { status: 'error'; error: unknown };

let answersModule: Promise<typeof import('../utils/answers')> | undefined;

/**
 * utils/answers carries the bundled dataset and the matcher (the largest chunk). Pages load it lazily so their
 * frame paints first, and call this at startup so it downloads and parses while React mounts.
 */
export function preloadAnswers(): Promise<typeof import('../utils/answers')> {
  answersModule ??= import('../utils/answers');
  return answersModule;
}

/**
 * The answer source for the current data state (database when ready, else the bundled copy). `initial`, opened
 * before mounting for the mount-time state, is used until that state changes.
 */
export function useAnswerSource(dataState: DataState, attempt = 0, initial?: AnswerSource): SourceState {
  const [state, setState] = useState<SourceState>(
    initial ? { status: 'ready', source: initial } : { status: 'loading' },
  );
  // Only the status and dataset hash matter: progress updates during an import must not reopen the source.
  const key = `${dataState.status}|${dataState.status === 'ready' ? dataState.hash : ''}|${attempt}`;
  const initialKey = useRef(initial ? key : null);
  useEffect(() => {
    if (key === initialKey.current) return;
    initialKey.current = null;
    let live = true;
    preloadAnswers()
      .then(({ openAnswerSource, openAnswerSourceEarly }) =>
        dataState.status === 'initialising' ? openAnswerSourceEarly() : openAnswerSource(dataState),
      )
      .then(
        (source) => live && setState({ status: 'ready', source }),
        (error: unknown) => live && setState({ status: 'error', error }),
      );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on what changes the source, see above
  }, [key]);
  return state;
}

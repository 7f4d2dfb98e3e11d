import type { searchAnswers } from './search';

// Loads ./search, whose chunk carries the classifier, when a page first asks a question.
let loading: Promise<typeof searchAnswers> | undefined;

export function loadSearch(): Promise<typeof searchAnswers> {
  loading ??= import('./search').then((module) => module.searchAnswers);
  return loading;
}

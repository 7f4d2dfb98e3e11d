import type { PopupStart } from '../../lib/messages';
import { bootPage } from '../../ui/boot';
import { preloadAnswers } from '../../hooks/use-answer-source';
import { Popup } from './Popup';

/**
 * Mounts the React popup over the first paint. With a start from the background it waits for the answer
 * source too, so that React's first render already shows the same answer (no loading frame in between).
 */
export async function mountPopup(startPromise: Promise<PopupStart | null>): Promise<void> {
  const answers = preloadAnswers();
  const start = await startPromise;
  const source = start?.answer
    ? await (await answers).openAnswerSource(start.dataState).catch(() => undefined)
    : undefined;
  await bootPage(
    () => <Popup start={start} initialSource={source} />,
    start ? { language: start.language, largeFont: start.largeFont } : undefined,
  );
}

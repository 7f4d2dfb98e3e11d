import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { DataState, Message } from '../lib/messages';

/** The data layer's state as the background pushes it; asked for once on mount (`initial` until then). */
export function useDataState(initial?: DataState): DataState {
  const [state, setState] = useState<DataState>(initial ?? { status: 'initialising' });
  useEffect(() => {
    let live = true;
    const listener = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const message = Message.safeParse(raw);
      if (live && message.success && message.data.type === 'data-state') setState(message.data.state);
    };
    browser.runtime.onMessage.addListener(listener);
    browser.runtime.sendMessage({ type: 'get-data-state' }).then(
      (raw: unknown) => {
        const parsed = DataState.safeParse(raw);
        if (live && parsed.success) setState(parsed.data);
      },
      // No background to answer yet: it pushes its state when it starts, and the page answers meanwhile from
      // the bundled copy (utils/answers openAnswerSourceEarly).
      () => undefined,
    );
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(listener);
    };
  }, []);
  return state;
}

import { browser } from '#imports';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LIMITS } from '../../lib/limits';
import type { Message } from '../../lib/messages';

/** How the session talks to the background, and keeps its own errors from reaching the page. */
export interface Channel {
  /** Wraps every callback we hand the page or the browser: our errors are caught and reported. */
  guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void;
  /** Sends a message to the background; after the extension reloaded, never settles. */
  send(message: Message): Promise<unknown>;
}

export function openChannel(ctx: ContentScriptContext): Channel {
  const report = (error: unknown) => {
    if (ctx.isInvalid) return; // the extension was reloaded or updated: nothing left to tell
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    browser.runtime
      .sendMessage({ type: 'content-error', message: message.slice(0, LIMITS.errorText) } satisfies Message)
      .catch(() => undefined);
  };
  return {
    guard:
      <A extends unknown[]>(fn: (...args: A) => unknown) =>
      (...args: A): void => {
        try {
          const result = fn(...args);
          if (result instanceof Promise) result.catch(report);
        } catch (error) {
          report(error);
        }
      },
    send: (message) => (ctx.isInvalid ? ctx.block() : browser.runtime.sendMessage(message)),
  };
}

import { useCallback, useState } from 'react';

/**
 * Work a component starts and does not wait for (a click's storage write, an effect's read). A failure is
 * thrown into the next render, so the page's ErrorBoundary (ui/boot.tsx) shows the error screen with a retry:
 * no promise in the UI fails silently.
 */
export function useTask(): { run: (work: Promise<unknown>) => void; fail: (error: unknown) => void } {
  const [, setFailure] = useState<never>();
  const fail = useCallback((error: unknown) => {
    setFailure(() => {
      throw error instanceof Error ? error : new Error(String(error));
    });
  }, []);
  const run = useCallback((work: Promise<unknown>) => void work.then(undefined, fail), [fail]);
  return { run, fail };
}

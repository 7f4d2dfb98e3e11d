import { useState } from 'react';
import { t, type MessageKey } from '../utils/i18n';
import { useTask } from '../hooks/use-task';

/**
 * Copies a text (built on click) and says so, or that the clipboard refused, to screen readers too; `children`
 * are the caller's extra buttons beside it. Key it by what it copies, so a "copied" note never carries over.
 */
export function CopyButton(props: { text: () => string; label: MessageKey; children?: React.ReactNode }) {
  const [status, setStatus] = useState<'idle' | 'done' | 'failed'>('idle');
  const { run } = useTask();
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.text());
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <div className="answer-actions">
      <button type="button" onClick={() => run(copy())}>
        {t(props.label)}
      </button>
      {props.children}
      <span aria-live="polite" className="copied">
        {status === 'done' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
      </span>
    </div>
  );
}

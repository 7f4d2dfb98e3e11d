import { browser } from '#imports';
import type { Hint } from '../lib/messages';

const HOST_TAG = 'baozhi-hint';

// Sizes in px (rem follows the host page), `all: initial` so page CSS cannot leak in.
const STYLE = `
:host { all: initial; display: block; margin: 12px 0; }
.card { font: 15px/1.6 system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif;
  color: #1b1f24; background: #f3f8fe; border: 1px solid #9cc2ea; border-left: 4px solid #0b5cad;
  border-radius: 6px; padding: 10px 40px 10px 12px; position: relative; max-width: 720px; }
.label { font-size: 13px; font-weight: 700; color: #0b5cad; margin-right: 8px; }
.scope { font-size: 12px; color: #0b5cad; border: 1px solid #9cc2ea; border-radius: 4px; padding: 0 4px; }
.conclusion { display: block; font-weight: 600; margin: 4px 0; }
.more { font-size: 13px; color: #505a66; }
button { all: unset; position: absolute; top: 6px; right: 8px; cursor: pointer; font-size: 18px; line-height: 24px;
  width: 24px; text-align: center; color: #505a66; border-radius: 4px; }
button:focus-visible { outline: 3px solid #0b5cad; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8ebef; background: #1d2630; border-color: #3f5f80; }
  .label, .scope { color: #7db8ff; } .more, button { color: #aab4bf; }
}`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text; // text only: nothing from the page or the data becomes HTML
  return node;
}

/** Shows the hint card once per page, in flow after the page's first heading so it covers nothing. */
export function renderHintCard(hint: Hint): void {
  if (document.querySelector(HOST_TAG)) return;
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const card = el('div', 'card');
  card.setAttribute('role', 'note');
  card.setAttribute('lang', 'zh-CN');
  card.setAttribute('aria-label', browser.i18n.getMessage('hintLabel'));
  const close = el('button', 'close', '×');
  close.setAttribute('aria-label', browser.i18n.getMessage('hintClose'));
  close.addEventListener('click', () => host.remove());
  card.append(
    el('span', 'label', '保知'),
    el('span', 'scope', hint.scopeLabel),
    el('span', 'conclusion', hint.conclusion),
    el('span', 'more', browser.i18n.getMessage('hintMore')),
    close,
  );
  root.append(style, card);
  const heading = document.querySelector('h1');
  if (heading) heading.after(host);
  else document.body.prepend(host);
}

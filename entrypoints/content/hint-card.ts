import type { Hint } from '../../lib/messages';
import { h } from '../../utils/dom';
import { cardSpot } from './placement';

// The inline hint card: a shadow root (page CSS cannot reach in, ours cannot leak out), `all: initial`, sizes
// in px (rem follows the page's root font size), and a lang on every text (else CJK punctuation can take
// Japanese forms): the UI language's on the card's own words, which come with the hint in the language the user
// chose, and zh-CN on the answer's. It sits in the page's flow under the page's title (./placement.ts), so it
// pushes content down and covers nothing. Text is only ever set with textContent: nothing from the page or the
// data becomes HTML.

export const HOST_TAG = 'baozhi-hint';

const STYLE = `
:host { all: initial; display: block; margin: 12px 0; position: static; }
.card { box-sizing: border-box; position: relative; max-width: 720px; padding: 10px 44px 10px 12px;
  font: 15px/1.6 system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', sans-serif;
  color: #1b1f24; background: #f3f8fe; border: 1px solid #9cc2ea; border-left: 4px solid #0b5cad;
  border-radius: 6px; text-align: left; contain: content; }
.head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; font-size: 13px; }
.label { font-weight: 700; color: #0b5cad; }
.scope { color: #0b5cad; border: 1px solid #9cc2ea; border-radius: 4px; padding: 0 4px; }
.place { color: #505a66; }
.conclusion { margin: 4px 0 2px; font-size: 15px; font-weight: 600; }
.dated { margin: 0 0 6px; font-size: 13px; color: #505a66; }
.dated.stale { color: #8a4b00; }
.actions { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; }
button { all: unset; box-sizing: border-box; cursor: pointer; border-radius: 4px; }
button:focus-visible { outline: 3px solid #0b5cad; outline-offset: 1px; }
.details { color: #0b5cad; font-weight: 600; text-decoration: underline; }
.quiet { color: #505a66; }
.quiet:hover, .details:hover { text-decoration: underline; }
.close { position: absolute; top: 6px; right: 8px; width: 28px; height: 28px; font-size: 20px; line-height: 28px;
  text-align: center; color: #505a66; }
.close:hover { background: rgba(0, 0, 0, 0.08); }
.large { font-size: 18px; padding-right: 52px; }
.large .head, .large .actions { font-size: 16px; }
.large .conclusion { font-size: 19px; }
.large .dated { font-size: 16px; }
.large .close { width: 34px; height: 34px; font-size: 24px; line-height: 34px; }
.dark { color: #e8ebef; background: #1d2630; border-color: #3f5f80; border-left-color: #7db8ff; }
.dark .label, .dark .scope, .dark .details { color: #7db8ff; }
.dark .scope { border-color: #3f5f80; }
.dark .place, .dark .quiet, .dark .close, .dark .dated { color: #b4bec9; }
.dark .dated.stale { color: #ffc46b; }
.dark .close:hover { background: rgba(255, 255, 255, 0.12); }
.dark button:focus-visible { outline-color: #7db8ff; }
`;

export interface CardActions {
  details(): void;
  dismiss(): void;
  siteOff(): void;
  allOff(): void;
}

export interface HintCard {
  readonly host: HTMLElement;
  /** Inserts the card into the page (again, after the page removed it). */
  mount(): void;
  update(hint: Hint): void;
  remove(): void;
}

/** An element with one class and optional text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') {
  return h(tag, { class: className }, text);
}

function button(className: string, text: string, action: () => void): HTMLButtonElement {
  const node = el('button', className, text);
  node.type = 'button';
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    action();
  });
  return node;
}

/** Relative luminance of a computed CSS colour, or null when it is transparent or unparsable. */
function luminance(color: string): number | null {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3 || parts[3] === 0) return null;
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Dark card when the browser prefers dark, or when the page itself is dark (two getComputedStyle calls). */
export function prefersDark(): boolean {
  if (matchMedia('(prefers-color-scheme: dark)').matches) return true;
  for (const node of [document.body, document.documentElement]) {
    if (!node) continue;
    const lum = luminance(getComputedStyle(node).backgroundColor);
    if (lum !== null) return lum < 0.2;
  }
  return false;
}

/** Constructable stylesheets are CSSOM, not inline style, so a strict page CSP cannot block them. */
function applyStyle(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Engines without constructable stylesheets in content scripts get a <style> element.
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }
}

export function createHintCard(hint: Hint, actions: CardActions): HintCard {
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  applyStyle(root);
  const card = el('div', 'card');
  card.setAttribute('role', 'note');
  const brand = el('span', 'label', '保知');
  const scope = el('span', 'scope');
  const place = el('span', 'place');
  const conclusion = el('p', 'conclusion');
  const dated = el('p', 'dated');
  // The answer's own words are Chinese whatever the UI language.
  for (const node of [brand, scope, conclusion, dated]) node.lang = 'zh-CN';
  const close = button('close', '\u00d7', actions.dismiss);
  const details = button('details', '', actions.details);
  const siteOff = button('quiet', '', actions.siteOff);
  const allOff = button('quiet', '', actions.allOff);
  const head = el('div', 'head');
  head.append(brand, scope, place);
  const row = el('div', 'actions');
  row.append(details, siteOff, allOff);
  card.append(head, conclusion, dated, row, close);
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') actions.dismiss();
  });
  root.append(card);

  // Writes only what changed: a re-detection that brings the same hint must not relayout the card (a size
  // change under the heading moves the whole page below it).
  const setText = (node: HTMLElement, text: string) => {
    if (node.textContent !== text) node.textContent = text;
  };
  const setAttribute = (node: HTMLElement, name: string, value: string) => {
    if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  };
  const update = (next: Hint) => {
    const { labels } = next;
    setAttribute(card, 'lang', labels.langTag);
    setAttribute(card, 'aria-label', labels.hintLabel);
    setAttribute(close, 'aria-label', labels.hintClose);
    setAttribute(close, 'title', labels.hintClose);
    setText(details, labels.cardDetails);
    setText(siteOff, labels.cardSiteOff);
    setText(allOff, labels.cardAllOff);
    setText(scope, next.scopeLabel);
    scope.hidden = !next.scopeLabel;
    setText(place, next.place);
    place.hidden = !next.place;
    setText(conclusion, next.conclusion);
    setText(dated, next.stale ? `\u26a0 ${next.dated}` : next.dated);
    dated.classList.toggle('stale', next.stale);
    card.classList.toggle('large', next.largeFont);
    card.classList.toggle('dark', prefersDark());
  };
  update(hint);

  return {
    host,
    mount() {
      // At most one card per page: a leftover of an earlier (invalidated) script instance goes first.
      for (const old of document.querySelectorAll(HOST_TAG)) if (old !== host) old.remove();
      const [node, how] = cardSpot();
      node[how](host);
    },
    update,
    remove: () => host.remove(),
  };
}

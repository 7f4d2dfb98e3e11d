// Where the card goes (issue 18 §4): in the page's flow under its visible title, so it covers nothing and reads
// as a note on the article; never above the site's banner, where it would pass for an injected ad. Many gov.cn
// articles have no h1: their title is a large bold div, a strong, or a cell of a layout table, under a banner of
// logo and nav bars. Bounded work, once per mount: at most MAX_BANNER boxes measured for the banner, then at most
// MAX_NODES elements walked (a tag test and their own text) and MAX_MEASURED of them measured for the title.

/** A site's banner: its header and nav bars, by role or by the names gov.cn templates give them. */
const BANNER = 'header,nav,[role=banner],[role=navigation],#header,#top,#nav,.header,.top,.nav,.banner';
/** Where an article's own <header> and <nav> sit: they are not the site's banner. */
const ARTICLE = 'main,article,[role=main]';
/** The article's column, for a page whose title we cannot find. */
const COLUMN = `${ARTICLE},#content,.content,#main,.main`;
/** Elements a title is written in on the sites we run on. */
const TITLE_TAG = /^(H\d|DIV|P|SPAN|STRONG|B|FONT|TD|TH)$/;
/** A banner starts this near the top of the page (px) and spans at least half of it. */
const BANNER_TOP = 400;
const MAX_BANNER = 40;
const MAX_NODES = 3000;
const MAX_MEASURED = 300;
/** A title is one short line (4–60 characters); a longer one is body text. */
const TITLE_MIN = 4;
const TITLE_MAX = 60;
/** A title's font is this much larger than the body text's, where bold counts as BOLD times larger. */
const TITLE_SCALE = 1.25;
const BOLD = 1.15;

/** The node to insert the card at, and how. */
export type Spot = [Element, 'after' | 'append' | 'prepend'];

const pageTop = (node: Element) => node.getBoundingClientRect().top + scrollY;

/** The text directly in an element, not in its children. */
function ownText(node: Element): string {
  let text = '';
  for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue;
  return text.trim();
}

/** Where the site's banner ends (page px): the lowest of the banner boxes that start near the top. */
function bannerBottom(): number {
  let bottom = 0;
  for (const node of [...document.querySelectorAll(BANNER)].slice(0, MAX_BANNER)) {
    const box = node.getBoundingClientRect();
    if (box.top + scrollY < BANNER_TOP && box.width * 2 >= innerWidth && !node.closest(ARTICLE))
      bottom = Math.max(bottom, box.bottom + scrollY);
  }
  return bottom;
}

/**
 * Whether the card can go at this element: shown, below the banner, not in a link or button, and not in a
 * fixed or sticky bar (the card would then float over the page).
 */
function usable(node: Element, below: number): boolean {
  if (node.getBoundingClientRect().height < 8 || pageTop(node) < below - 2 || node.closest('a,button'))
    return false;
  for (let up: Element | null = node; up && up !== document.body; up = up.parentElement) {
    if (/fixed|sticky/.test(getComputedStyle(up).position)) return false;
  }
  return true;
}

/** The title h1: the page's first h1 with text that is usable (a logo h1 in the banner is not). */
export function titleHeading(below?: number): Element | null {
  for (const heading of document.getElementsByTagName('h1')) {
    if (heading.textContent!.trim() && usable(heading, (below ??= bannerBottom()))) return heading;
  }
  return null;
}

/** The largest heading-like short line in the page's upper part, below the banner; null when none stands out. */
function largestLine(below: number): Element | null {
  const end = below + Math.max(innerHeight, 600);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  let best: Element | null = null;
  let most = 0;
  /** The body text's font size: the first long paragraph's under the banner. */
  let body = 0;
  for (let seen = 0, measured = 0; seen < MAX_NODES && measured < MAX_MEASURED; seen++) {
    const node = walker.nextNode() as Element | null;
    if (!node) break;
    const length = TITLE_TAG.test(node.tagName) ? ownText(node).length : 0;
    if (length < TITLE_MIN || (length > TITLE_MAX && body)) continue;
    measured++;
    const top = pageTop(node);
    if (top > end) break;
    if (top < below) continue;
    const style = getComputedStyle(node);
    const size = parseFloat(style.fontSize);
    const score = parseInt(style.fontWeight) >= 600 ? size * BOLD : size;
    if (length > TITLE_MAX) body = size;
    else if (
      score > most &&
      style.visibility === 'visible' &&
      node.childElementCount < 4 &&
      usable(node, below)
    )
      [best, most] = [node, score];
  }
  body ||= parseFloat(getComputedStyle(document.body).fontSize);
  return most >= body * TITLE_SCALE ? best : null;
}

/** Under the title (inside it when it is a table cell); else at the top of the article's column; else the body's. */
export function cardSpot(): Spot {
  const below = bannerBottom();
  const title = titleHeading(below) ?? largestLine(below);
  if (title) return [title, /^T[DH]$/.test(title.tagName) ? 'append' : 'after'];
  const column = [...document.querySelectorAll(COLUMN)].find((node) => usable(node, below));
  return [column ?? document.body, 'prepend'];
}

import { LIMITS } from '../limits';

// Page text extraction, shared by the content script (live DOM) and the detect CLI (parse5 document through
// scripts/lib/engine-dom.ts), so both score exactly the same text. It needs only this much of a DOM.

/** The minimal DOM-like node: what both a browser `Node` and the CLI's parse5 adapter provide. */
export interface DomLike {
  /** 1 element, 3 text, 9 document (others are skipped, except that their children are walked). */
  readonly nodeType: number;
  /** Tag name for elements (any case), '#text' etc. otherwise. */
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomLike>;
  /** Text of a text node. */
  readonly nodeValue: string | null;
  getAttribute?(name: string): string | null;
}

export interface PageText {
  title: string;
  description: string;
  /** h1–h3 text, in document order. */
  headings: string[];
  /** Visible text sample, at most `cap` characters. */
  text: string;
}

export interface ExtractOptions {
  /** Characters of visible text to collect (default LIMITS.textSample). */
  cap?: number;
  /** Nodes visited at most, so a page of millions of empty elements cannot stall the tab. */
  maxNodes?: number;
}

const SKIP = 1;
const BLOCK = 2;
const HEADING = 3;
const TITLE = 4;
const META = 5;

const KINDS = new Map<string, number>();
for (const tag of 'SCRIPT STYLE NOSCRIPT TEMPLATE NAV ASIDE FOOTER IFRAME SVG CANVAS SELECT OBJECT HEAD'.split(
  ' ',
)) {
  KINDS.set(tag, SKIP);
}
for (const tag of 'P DIV LI UL OL TABLE TR TD TH BR SECTION ARTICLE MAIN HEADER DL DT DD BLOCKQUOTE PRE H4 H5 H6 FORM'.split(
  ' ',
)) {
  KINDS.set(tag, BLOCK);
}
for (const tag of ['H1', 'H2', 'H3']) KINDS.set(tag, HEADING);
KINDS.set('TITLE', TITLE);
KINDS.set('META', META);
for (const [tag, kind] of [...KINDS]) KINDS.set(tag.toLowerCase(), kind);

/** Navigation, footers and sidebars marked by class or id rather than by their element. */
const CHROME_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|breadcrumb|crumb|sidebar|topbar|copyright)(?:[\s_-]|$)/i;
const NON_SPACE = /\S/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const MAX_HEADINGS = 20;
const MAX_HEADING_CHARS = 200;

function isHidden(el: DomLike): boolean {
  const attr = el.getAttribute;
  if (!attr) return false;
  if (attr.call(el, 'hidden') !== null || attr.call(el, 'aria-hidden') === 'true') return true;
  const style = attr.call(el, 'style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = attr.call(el, 'class');
  if (cls && CHROME_CLASS.test(cls)) return true;
  const id = attr.call(el, 'id');
  if (id && CHROME_CLASS.test(id)) return true;
  const role = attr.call(el, 'role');
  return role === 'navigation' || role === 'contentinfo';
}

/** Text of a small subtree (title, headings), whitespace collapsed, bounded. */
function shortText(node: DomLike, limit: number): string {
  let out = '';
  const stack: DomLike[] = [node];
  while (stack.length > 0 && out.length < limit) {
    const current = stack.pop()!;
    if (current.nodeType === 3) out += current.nodeValue ?? '';
    else if (current.nodeType === 1 && KINDS.get(current.nodeName) === SKIP) continue;
    const children = current.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, limit);
}

/**
 * Collects title, meta description, h1–h3 and a capped visible-text sample, skipping script, style,
 * noscript, template, nav/aside/footer (and class/id-marked navigation), and hidden elements. The walk stops
 * once the sample is full, so its cost does not grow with the page beyond the cap.
 */
export function extractPage(root: DomLike, options: ExtractOptions = {}): PageText {
  const cap = options.cap ?? LIMITS.textSample;
  let budget = options.maxNodes ?? 50_000;
  let title = '';
  let description = '';
  const headings: string[] = [];
  const parts: string[] = [];
  let length = 0;
  // Depth-first walk with one frame per open element (child index, not a copy of its children), so work is
  // proportional to the nodes visited; it ends as soon as the sample is full. Head elements (title, meta)
  // are found by the same walk; HEAD is skipped for text only.
  const frames: { nodes: ArrayLike<DomLike>; next: number; head: boolean }[] = [
    { nodes: [root], next: 0, head: false },
  ];
  while (frames.length > 0 && budget-- > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      frames.pop();
      continue;
    }
    const node = frame.nodes[frame.next++]!;
    const head = frame.head;
    if (node.nodeType === 3) {
      if (head) continue;
      const value = node.nodeValue;
      if (!value || !NON_SPACE.test(value)) continue;
      const room = cap - length;
      parts.push(value.length > room ? value.slice(0, room) : value);
      length += Math.min(value.length, room);
      if (length >= cap) break;
      continue;
    }
    let childInHead = head;
    if (node.nodeType === 1) {
      const kind = KINDS.get(node.nodeName) ?? KINDS.get(node.nodeName.toUpperCase());
      if (kind === TITLE) {
        if (!title) title = shortText(node, MAX_HEADING_CHARS);
        continue;
      }
      if (kind === META) {
        const get = node.getAttribute;
        if (!description && get && get.call(node, 'name')?.toLowerCase() === 'description') {
          description = (get.call(node, 'content') ?? '').slice(0, 500);
        }
        continue;
      }
      if (kind === SKIP) {
        if (node.nodeName.toUpperCase() !== 'HEAD') continue;
        childInHead = true;
      } else if (isHidden(node)) continue;
      else if (kind === HEADING) {
        if (headings.length < MAX_HEADINGS) {
          const text = shortText(node, MAX_HEADING_CHARS);
          if (text) headings.push(text);
        }
        parts.push(' ');
      } else if (kind === BLOCK) parts.push(' ');
    } else if (node.nodeType !== 9 && node.nodeType !== 11) continue;
    frames.push({ nodes: node.childNodes, next: 0, head: childInHead });
  }
  const text = parts.join('').replace(/\s+/g, ' ').trim().slice(0, cap);
  return { title, description, headings, text };
}

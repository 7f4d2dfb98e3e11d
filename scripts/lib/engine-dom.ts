// Node side of page detection: decode an HTML file in its declared charset (gov.cn pages are often GBK) and
// expose the parse5 tree through the DomLike interface that lib/engine/extract.ts walks in the browser too.
import iconv from 'iconv-lite';
import { parse } from 'parse5';
import type { DomLike } from '../../lib/engine/extract';

/** The charset a page declares: BOM, then <meta charset> or http-equiv Content-Type in the first 4 KB. */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const charset = meta?.[1]?.toLowerCase() ?? 'utf-8';
  // GB2312 and GBK pages routinely contain GB18030-only characters; GB18030 decodes all three.
  if (charset === 'gb2312' || charset === 'gbk' || charset === 'x-gbk') return 'gb18030';
  return iconv.encodingExists(charset) ? charset : 'utf-8';
}

export function decodeHtml(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), sniffCharset(bytes));
}

interface P5Node {
  nodeName: string;
  value?: string;
  data?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
}

class Node implements DomLike {
  readonly childNodes: Node[] = [];
  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    readonly nodeValue: string | null,
    private readonly attrs: { name: string; value: string }[] | undefined,
  ) {}

  getAttribute(name: string): string | null {
    return this.attrs?.find((a) => a.name === name)?.value ?? null;
  }
}

function nodeTypeOf(p: P5Node): number {
  if (p.nodeName === '#text') return 3;
  if (p.nodeName === '#document') return 9;
  if (p.nodeName === '#document-fragment') return 11;
  if (p.nodeName === '#comment') return 8;
  if (p.nodeName === '#documentType') return 10;
  return 1;
}

/** Parses HTML into a DomLike tree (converted once, like the browser's DOM that exists before detection). */
export function parseHtml(html: string): DomLike {
  const doc = parse(html) as unknown as P5Node;
  const root = new Node(9, '#document', null, undefined);
  // Iterative: real pages nest deeper than a comfortable recursion depth.
  const stack: [P5Node, Node][] = [[doc, root]];
  while (stack.length > 0) {
    const [p, n] = stack.pop()!;
    for (const c of p.childNodes ?? []) {
      const type = nodeTypeOf(c);
      const child = new Node(type, c.nodeName, type === 3 ? (c.value ?? '') : null, c.attrs);
      n.childNodes.push(child);
      stack.push([c, child]);
    }
  }
  return root;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractPage, type DomLike } from '../../../lib/engine/extract';
import { decodeHtml, parseHtml, sniffCharset } from '../../../scripts/lib/engine-dom';
import { PAGES_DIR } from '../../../scripts/lib/engine-eval';

/** A hand-built DOM in the browser's shape (upper-case tag names), to show extraction needs nothing else. */
function el(tag: string, attrs: Record<string, string>, ...children: (DomLike | string)[]): DomLike {
  return {
    nodeType: 1,
    nodeName: tag,
    nodeValue: null,
    childNodes: children.map((c) =>
      typeof c === 'string' ? { nodeType: 3, nodeName: '#text', nodeValue: c, childNodes: [] } : c,
    ),
    getAttribute: (name) => attrs[name] ?? null,
  };
}

const doc = (...children: DomLike[]): DomLike => ({
  nodeType: 9,
  nodeName: '#document',
  nodeValue: null,
  childNodes: children,
});

describe('extractPage', () => {
  it('collects title, description, headings and visible text, skipping scripts, navigation and hidden parts', () => {
    const page = doc(
      el(
        'HTML',
        {},
        el(
          'HEAD',
          {},
          el('TITLE', {}, '医保断缴怎么办'),
          el('META', { name: 'description', content: '余额不清零' }),
          el('SCRIPT', {}, 'var a = "社保";'),
        ),
        el(
          'BODY',
          {},
          el('NAV', {}, '首页 异地就医'),
          el('DIV', { class: 'top-nav menu' }, '导航 生育津贴'),
          el('H1', {}, '断缴后', el('B', {}, '余额'), '怎么用'),
          el('P', {}, '余额', el('SPAN', {}, '不会'), '清零。'),
          el('STYLE', {}, '.a{color:red}'),
          el('NOSCRIPT', {}, '请开启脚本'),
          el('TEMPLATE', {}, '模板内容'),
          el('DIV', { hidden: '' }, '隐藏一'),
          el('DIV', { 'aria-hidden': 'true' }, '隐藏二'),
          el('DIV', { style: 'display: none' }, '隐藏三'),
          el('H2', {}, '补缴'),
          el('DIV', { id: 'footer' }, '版权所有'),
        ),
      ),
    );
    const text = extractPage(page);
    expect(text.title).toBe('医保断缴怎么办');
    expect(text.description).toBe('余额不清零');
    expect(text.headings).toEqual(['断缴后余额怎么用', '补缴']);
    expect(text.text).toBe('断缴后余额怎么用 余额不会清零。 补缴');
  });

  it('caps the text sample and stops walking once it is full', () => {
    const paragraphs = Array.from({ length: 1000 }, (_, i) => el('P', {}, `第${i}段医保政策说明文字`));
    const page = doc(el('BODY', {}, ...paragraphs, el('H1', {}, '很靠后的标题')));
    const text = extractPage(page, { cap: 100 });
    expect(text.text.length).toBeLessThanOrEqual(100);
    expect(text.headings).toEqual([]);
    expect(extractPage(page, { maxNodes: 10 }).text.length).toBeLessThan(60);
  });

  it('sees the same text in a parse5 document as in a browser-shaped tree', () => {
    const html =
      '<html><head><title>医保断缴怎么办</title><meta name="description" content="余额不清零"><script>var a="社保"</script></head>' +
      '<body><nav>首页 异地就医</nav><div class="top-nav menu">导航 生育津贴</div><h1>断缴后<b>余额</b>怎么用</h1>' +
      '<p>余额<span>不会</span>清零。</p><style>.a{color:red}</style><div hidden>隐藏一</div><h2>补缴</h2></body></html>';
    expect(extractPage(parseHtml(html))).toEqual({
      title: '医保断缴怎么办',
      description: '余额不清零',
      headings: ['断缴后余额怎么用', '补缴'],
      text: '断缴后余额怎么用 余额不会清零。 补缴',
    });
  });
});

describe('charset', () => {
  it('decodes GBK and GB2312 pages by their declared charset', () => {
    const gbk = readFileSync(join(PAGES_DIR, 'xian-payment-deadline-gbk.html'));
    expect(sniffCharset(gbk)).toBe('gb18030');
    expect(decodeHtml(gbk)).toContain('西安市2026年度城乡居民基本医疗保险集中缴费');
    const gb2312 = readFileSync(join(PAGES_DIR, 'sanming-contribution-base-gb2312.html'));
    expect(decodeHtml(gb2312)).toContain('三明市2025年度社会保险缴费基数上下限');
  });

  it('honours meta charset, BOM and defaults to UTF-8', () => {
    const html = '<meta charset="gbk"><p>医保</p>';
    expect(decodeHtml(iconv.encode(html, 'gbk'))).toBe(html);
    expect(sniffCharset(Buffer.from('\ufeff<p>医保</p>'))).toBe('utf-8');
    expect(sniffCharset(Buffer.from('<p>医保</p>'))).toBe('utf-8');
    expect(sniffCharset(Buffer.from('<meta charset="no-such-charset">'))).toBe('utf-8');
  });
});

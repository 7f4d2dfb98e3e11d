import type { AnswerPlace } from '../lib/answer-place';
import type { Answer, GlossaryTerm, NumberFact } from '../lib/dataset/schema';
import type { CityFrom } from '../lib/scope';
import { type Child, h } from '../utils/dom';
import { t, type MessageKey } from '../utils/i18n';

// The small pieces ui/answer-dom.ts builds an answer from: figures, formulas in words, lists, glossary terms
// and the note that says whose city an answer is for.

export const CHANNEL_KIND: Record<Answer['channels'][number]['kind'], MessageKey> = {
  hotline: 'channelHotline',
  app: 'channelApp',
  miniprogram: 'channelMiniprogram',
  website: 'channelWebsite',
  counter: 'channelCounter',
  employer: 'channelEmployer',
};

const CITY_FROM: Record<Exclude<CityFrom, 'home' | 'none'>, MessageKey> = {
  page: 'cityFromPage',
  question: 'cityFromQuestion',
  choice: 'cityFromChoice',
};

/** One formatter for every figure: toLocaleString would build a new one per number (~0.1 ms each). */
let numberFormat: Intl.NumberFormat | undefined;

export function formatValue(value: number): string {
  numberFormat ??= new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
  return numberFormat.format(value);
}

/** "base_high * rate / 100" → "基数上限 × 费率 ÷ 100": a derived figure explained with its inputs' labels. */
export function formulaInWords(formula: string, numbers: NumberFact[]): string {
  const labels = new Map(numbers.map((n) => [n.id, n.label]));
  return formula
    .replace(/[a-z][a-z0-9_]*/g, (id) => labels.get(id) ?? id)
    .replace(/\*/g, '×')
    .replace(/\//g, '÷');
}

/** 「按页面中的石家庄作答(你的常住城市: 郑州)」, or null when the answer is for the home city. */
export function placeNote(place: AnswerPlace): string | null {
  const { other } = place;
  if (!other) return null;
  if (!other.home) return t('cityFromNoHome', other.city);
  const key =
    other.cityFrom === 'page' && other.placeFrom === 'host' ? 'cityFromPageHost' : CITY_FROM[other.cityFrom];
  return t(key, [other.city, other.home]);
}

export function list<T>(
  tag: 'ul' | 'ol',
  values: T[],
  item: (value: T) => Child | Child[],
  attrs?: Record<string, string>,
) {
  const node = h(tag, attrs ?? null);
  for (const value of values) node.append(h('li', null, ...[item(value)].flat()));
  return node;
}

/**
 * Marks each glossary term at its first use (in reading order) with its explanation: a focusable span that
 * shows the explanation on hover and focus and names it to screen readers (aria-describedby).
 */
export function glossed(terms: GlossaryTerm[], idPrefix: string) {
  const used = new Set<string>();
  return (text: string): Child[] => {
    const out: Child[] = [];
    let rest = text;
    for (;;) {
      let first: { at: number; term: GlossaryTerm } | null = null;
      for (const term of terms) {
        if (used.has(term.term)) continue;
        const at = rest.indexOf(term.term);
        if (at >= 0 && (!first || at < first.at)) first = { at, term };
      }
      if (!first) break;
      used.add(first.term.term);
      const tipId = `${idPrefix}-term-${used.size}`;
      out.push(
        rest.slice(0, first.at),
        h(
          'span',
          { class: 'term', tabindex: '0', 'aria-describedby': tipId },
          first.term.term,
          h('span', { class: 'term-tip', role: 'tooltip', id: tipId }, first.term.explanation),
        ),
      );
      rest = rest.slice(first.at + first.term.term.length);
    }
    out.push(rest);
    return out;
  };
}

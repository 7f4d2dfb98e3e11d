import type { AnswerPlace } from '../lib/answer-place';
import type { CitedReference } from '../lib/dataset/resolve';
import type { CompiledRecord, GlossaryTerm, NumberFact, SourceItem } from '../lib/dataset/schema';
import { dateLine, isoDay, periodEnded, periodLabel, staleness } from '../lib/dataset/validity';
import type { Scope } from '../lib/scope';
import { type Child, h } from '../utils/dom';
import { t } from '../utils/i18n';
import { CHANNEL_KIND, formatValue, formulaInWords, glossed, list, placeNote } from './answer-parts';

// One answer as DOM: what a worried person needs first (the conclusion, where it applies, how old it is, the one
// next step, whether sources disagree), then the rest: points, what changes it, how to act, figures, the
// official basis and what posts say. Plain DOM rather than JSX so that the popup can paint it before React has
// loaded, and React pages render the very same nodes (components/AnswerView.tsx). In the popup ('compact') the
// rest opens on demand (<details>, keyboard reachable as such); the answer page ('full') shows everything.
// Text only ever goes in through text nodes and attributes, never as HTML.

export interface AnswerContent {
  record: CompiledRecord;
  items: SourceItem[];
  /** The documents the record cites, resolved (lib/dataset/resolve.ts). */
  refs: CitedReference[];
  /** The glossary terms its text uses. */
  terms: GlossaryTerm[];
  scope: Scope;
  origin: 'database' | 'bundled';
  place: AnswerPlace;
  /** Today, for the date line and past deadlines (tests and printing may pin it). */
  today?: Date;
  /** compact: the popup's first view with the rest on demand; full: everything open (the answer page). */
  mode?: 'compact' | 'full';
}

export function buildAnswer(content: AnswerContent): HTMLElement {
  const { record, items, refs, terms, scope, origin, place, mode = 'compact' } = content;
  const today = isoDay(content.today ?? new Date());
  const { answer } = record;
  const itemById = new Map(items.map((item) => [item.item, item]));
  // Sources are numbered once so that disagreement claims can cite them compactly.
  const sourceNumber = new Map(record.sources.map((id, i) => [id, i + 1]));
  const id = `answer-${record.id}`;
  const gloss = glossed(terms, id);
  const note = placeNote(place);
  const stale = staleness(record, items, today);
  const full = mode === 'full';

  /** A part of the answer: open under a heading on the full page, a disclosure in the popup. */
  const part = (key: string, title: string, ...body: Child[]): HTMLElement => {
    const headingId = `${id}-${key}`;
    if (full)
      return h(
        'section',
        { class: `part part-${key}`, 'aria-labelledby': headingId },
        h('h3', { id: headingId }, title),
        ...body,
      );
    return h(
      'details',
      { class: `part part-${key}`, 'data-part': key },
      h('summary', { id: headingId }, title),
      ...body,
    );
  };

  const cite = (ids: string[]) =>
    h(
      'span',
      { class: 'cite' },
      ...ids.map((itemId) => {
        const item = itemById.get(itemId);
        return h(
          'span',
          { class: 'cite-ref', title: item ? `${item.title} (${itemId})` : itemId },
          `[${sourceNumber.get(itemId) ?? itemId}]`,
        );
      }),
    );

  const conflicts = record.conflicts.length > 0;
  const header = h(
    'header',
    null,
    h('h2', { class: 'question', id }, record.questions[0]),
    h(
      'p',
      { class: 'badges' },
      h('span', { class: `scope scope-${scope}`, 'data-testid': 'scope-label' }, place.label),
      origin === 'bundled' &&
        h('span', { class: 'badge bundled', 'data-testid': 'bundled-label' }, t('bundledData')),
    ),
    note && h('p', { class: 'override', 'data-testid': 'city-override' }, note),
    place.bingtuan && h('p', { class: 'override', 'data-testid': 'bingtuan-note' }, t('bingtuanNote')),
    h('p', { class: 'conclusion' }, ...gloss(answer.conclusion)),
    h(
      'p',
      {
        class: stale ? 'date-line stale' : 'date-line',
        'data-testid': 'date-line',
        ...(stale ? { role: 'note' } : {}),
      },
      stale && h('span', { 'aria-hidden': 'true' }, '⚠ '),
      dateLine(record, items, today),
    ),
    answer.steps[0] &&
      h(
        'p',
        { class: 'next-step', 'data-testid': 'next-step' },
        h('strong', null, `${t('nextStep')}:`),
        answer.steps[0],
      ),
    conflicts &&
      !full &&
      h(
        'p',
        { class: 'conflict-flag' },
        h('button', { type: 'button', class: 'link', 'data-open': 'posts' }, `⚠ ${t('conflictFlag')}`),
      ),
  );

  const parts: Child[] = [];
  if (answer.points.length > 0)
    parts.push(
      part(
        'points',
        t('points'),
        list('ul', answer.points, (p) => gloss(p)),
      ),
    );
  if (answer.conditions.length > 0) {
    parts.push(
      part(
        'conditions',
        t('conditions'),
        h(
          'dl',
          { class: 'conditions' },
          ...answer.conditions.map((c) =>
            h('div', null, h('dt', null, ...gloss(c.when)), h('dd', null, ...gloss(c.then))),
          ),
        ),
      ),
    );
  }
  if (answer.steps.length > 0 || answer.channels.length > 0 || record.deadlines.length > 0) {
    parts.push(
      part(
        'steps',
        t('steps'),
        record.deadlines.length > 0 &&
          list(
            'ul',
            record.deadlines,
            (d) => {
              const passed = d.until < today;
              return h(
                'span',
                { class: passed ? 'deadline passed' : 'deadline' },
                `${d.text} `,
                h('span', { class: 'cite' }, t(passed ? 'deadlinePassed' : 'deadlineOpen', d.until)),
              );
            },
            { class: 'deadlines', 'aria-label': t('deadlines') },
          ),
        answer.steps.length > 0 && list('ol', answer.steps, (step) => gloss(step)),
        answer.channels.length > 0 &&
          list(
            'ul',
            answer.channels,
            (channel) => [
              h('span', { class: 'channel-kind' }, t(CHANNEL_KIND[channel.kind])),
              ' ',
              channel.tel
                ? h('a', { href: `tel:${channel.tel}` }, `${channel.name} ${channel.tel}`)
                : channel.name,
            ],
            { class: 'channels', 'aria-label': t('channels') },
          ),
      ),
    );
  }
  if (answer.numbers.length > 0) {
    const row = (n: NumberFact) =>
      h(
        'tr',
        null,
        h('th', { scope: 'row' }, n.label),
        h(
          'td',
          { class: 'value' },
          formatValue(n.value),
          h('span', { class: 'unit' }, n.unit),
          n.period &&
            h(
              'span',
              { class: periodEnded(n.period, today) ? 'period ended' : 'period' },
              `${periodLabel(n.period)}${periodEnded(n.period, today) ? t('figureExpired') : ''}`,
            ),
          n.formula && h('span', { class: 'formula' }, `= ${formulaInWords(n.formula, answer.numbers)}`),
        ),
      );
    parts.push(
      part(
        'numbers',
        t('numbers'),
        h('table', { class: 'numbers' }, h('tbody', null, ...answer.numbers.map(row))),
      ),
    );
  }
  parts.push(
    part(
      'basis',
      t('basis'),
      refs.length > 0
        ? list(
            'ul',
            refs,
            (r) => [
              h(
                'span',
                { class: 'ref-title' },
                `《${r.title}》${r.number ? `(${r.number})` : ''}${r.article ? ` ${r.article}` : ''}`,
              ),
              h('span', { class: 'cite' }, ` ${r.issuer} · ${r.date}`),
              h('span', { class: 'ref-rule' }, r.rule),
            ],
            { class: 'references' },
          )
        : h('p', { class: 'cite' }, record.referencesNote ?? t('basisNone')),
    ),
  );
  const posts = part(
    'posts',
    t('posts'),
    ...record.conflicts.map((conflict) =>
      h(
        'div',
        { class: 'conflict-item' },
        h('p', { class: 'conflict-summary' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), conflict.summary),
        // Majority view first: the claim more sources make (data:check keeps them stored in that order too).
        list(
          'ul',
          [...conflict.claims].sort((a, b) => b.items.length - a.items.length),
          (claim) => [`${claim.text} `, cite(claim.items)],
        ),
        h('p', null, h('strong', null, `${t('ourView')}:`), conflict.position),
      ),
    ),
    record.unverified.length > 0 &&
      h(
        'div',
        { class: 'unverified' },
        h('p', { class: 'cite' }, t('unverified')),
        list('ul', record.unverified, (u) => [`${u.text} `, cite(u.items)]),
      ),
    list(
      'ol',
      record.sources,
      (itemId) => {
        const item = itemById.get(itemId);
        return [
          `${item?.title ?? itemId} `,
          h('span', { class: 'cite' }, `(${itemId})`),
          ' ',
          h('span', { class: 'source-date' }, item?.date ?? t('noDate')),
          item && !item.complete && h('span', { class: 'incomplete' }, t('incompleteSource')),
        ];
      },
      { class: 'sources', 'aria-label': t('sources') },
    ),
    record.notes.length > 0 &&
      h(
        'div',
        { class: 'source-notes' },
        h('p', { class: 'cite' }, t('sourceNotes')),
        list('ul', record.notes, (n) => n),
      ),
  );
  if (conflicts) posts.classList.add('has-conflicts');
  parts.push(posts);
  if (terms.length > 0) {
    parts.push(
      part(
        'terms',
        t('glossary'),
        h(
          'dl',
          { class: 'glossary' },
          ...terms.map((g) => h('div', null, h('dt', null, g.term), h('dd', null, g.explanation))),
        ),
      ),
    );
  }

  const article = h(
    'article',
    {
      class: full ? 'answer full' : 'answer compact',
      lang: 'zh-CN',
      'aria-labelledby': id,
      'data-record': record.id,
    },
    header,
    h('div', { class: 'parts' }, ...parts),
    h('p', { class: 'meta disclaimer' }, t('disclaimer')),
  );
  // The disagreement flag opens (and moves to) the part with the posts and their conflicts.
  article.querySelector('[data-open="posts"]')?.addEventListener('click', () => {
    const target = article.querySelector<HTMLDetailsElement>('details[data-part="posts"]');
    if (!target) return;
    target.open = true;
    target.querySelector('summary')?.focus();
    target.scrollIntoView({ block: 'nearest' });
  });
  return article;
}

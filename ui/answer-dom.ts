import type { Answer, CompiledRecord, NumberFact, SourceItem } from '../lib/dataset/schema';
import type { AnswerPlace } from '../lib/answer-place';
import type { CityFrom, Scope } from '../lib/scope';
import { type Child, h } from '../utils/dom';
import { t, type MessageKey } from '../utils/i18n';

// One answer as DOM: conclusion and where it applies first, then what changes it, what to do, figures,
// sources. Plain DOM rather than JSX so that the popup can paint it before React has loaded (its first
// paint), and React pages render the very same nodes (components/AnswerView.tsx). Text only ever goes in
// through text nodes and attributes, never as HTML.

export interface AnswerContent {
  record: CompiledRecord;
  items: SourceItem[];
  scope: Scope;
  origin: 'database' | 'bundled';
  place: AnswerPlace;
  /** Today, for the staleness warning (tests and printing may pin it). */
  today?: Date;
}

const CHANNEL_KIND: Record<Answer['channels'][number]['kind'], MessageKey> = {
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

/** Months after which the newest source is called stale (the rule: more than 12 months). */
const STALE_MONTHS = 12;

/** One formatter for every figure: toLocaleString would build a new one per number (~0.1 ms each). */
let numberFormat: Intl.NumberFormat | undefined;

function formatValue(value: number): string {
  numberFormat ??= new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
  return numberFormat.format(value);
}

/** "base_high * rate / 100" → "基数上限 × 费率 ÷ 100": a derived figure explained with its inputs' labels. */
function formulaInWords(formula: string, numbers: NumberFact[]): string {
  const labels = new Map(numbers.map((n) => [n.id, n.label]));
  return formula
    .replace(/[a-z][a-z0-9_]*/g, (id) => labels.get(id) ?? id)
    .replace(/\*/g, '×')
    .replace(/\//g, '÷');
}

/** The newest dated source: the date the answer's data is as of. */
export function dataDate(items: SourceItem[]): string | null {
  let newest: string | null = null;
  for (const item of items) if (item.date && (!newest || item.date > newest)) newest = item.date;
  return newest;
}

function isStale(date: string, today: Date): boolean {
  const limit = new Date(today);
  limit.setMonth(limit.getMonth() - STALE_MONTHS);
  return date < limit.toISOString().slice(0, 10);
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

/** A section labelled by its heading. */
function section(id: string, title: string, ...body: Child[]): HTMLElement {
  return h('section', { 'aria-labelledby': id }, h('h3', { id }, title), ...body);
}

function list<T>(
  tag: 'ul' | 'ol',
  values: T[],
  item: (value: T) => HTMLLIElement,
  attrs?: Record<string, string>,
) {
  const node = h(tag, attrs ?? null);
  for (const value of values) node.append(item(value));
  return node;
}

/** The whole answer as one <article>; the caller adds its action buttons after it. */
export function buildAnswer(content: AnswerContent): HTMLElement {
  const { record, items, scope, origin, place, today = new Date() } = content;
  const { answer } = record;
  const itemById = new Map(items.map((item) => [item.item, item]));
  // Sources are numbered once so that disagreement claims can cite them compactly.
  const sourceNumber = new Map(record.sources.map((id, i) => [id, i + 1]));
  const newest = dataDate(items);
  const stale = newest !== null && isStale(newest, today);
  const note = placeNote(place);
  const id = `answer-${record.id}`;
  const bundled = origin === 'bundled';

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

  const header = h(
    'header',
    null,
    h('h2', { class: 'question', id }, record.questions[0]),
    h(
      'p',
      { class: 'badges' },
      h('span', { class: `scope scope-${scope}`, 'data-testid': 'scope-label' }, place.label),
      bundled && h('span', { class: 'badge bundled', 'data-testid': 'bundled-label' }, t('bundledData')),
    ),
    note && h('p', { class: 'override', 'data-testid': 'city-override' }, note),
    h('p', { class: 'conclusion' }, answer.conclusion),
  );

  const points =
    answer.points.length > 0 &&
    section(
      `${id}-points`,
      t('points'),
      list('ul', answer.points, (point) => h('li', null, point)),
    );

  const conditions =
    answer.conditions.length > 0 &&
    section(
      `${id}-conditions`,
      t('conditions'),
      h(
        'dl',
        { class: 'conditions' },
        ...answer.conditions.map((condition) =>
          h('div', null, h('dt', null, condition.when), h('dd', null, condition.then)),
        ),
      ),
    );

  const steps =
    (answer.steps.length > 0 || answer.channels.length > 0) &&
    section(
      `${id}-steps`,
      t('steps'),
      answer.steps.length > 0 && list('ol', answer.steps, (step) => h('li', null, step)),
      answer.channels.length > 0 &&
        list(
          'ul',
          answer.channels,
          (channel) =>
            h(
              'li',
              { class: 'channel' },
              h('span', { class: 'channel-kind' }, t(CHANNEL_KIND[channel.kind])),
              ' ',
              channel.tel
                ? h('a', { href: `tel:${channel.tel}` }, `${channel.name} ${channel.tel}`)
                : channel.name,
            ),
          { class: 'channels', 'aria-label': t('channels') },
        ),
    );

  const numbers =
    answer.numbers.length > 0 &&
    section(
      `${id}-numbers`,
      t('numbers'),
      h(
        'table',
        { class: 'numbers' },
        h(
          'tbody',
          null,
          ...answer.numbers.map((number) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, number.label),
              h(
                'td',
                { class: 'value' },
                formatValue(number.value),
                h('span', { class: 'unit' }, number.unit),
                number.formula &&
                  h('span', { class: 'formula' }, `= ${formulaInWords(number.formula, answer.numbers)}`),
              ),
            ),
          ),
        ),
      ),
    );

  const conflicts =
    record.conflicts.length > 0 &&
    h(
      'aside',
      { class: 'conflict', 'aria-labelledby': `${id}-conflicts` },
      h('h3', { id: `${id}-conflicts` }, h('span', { 'aria-hidden': 'true' }, '⚠ '), t('conflicts')),
      ...record.conflicts.map((conflict) =>
        h(
          'div',
          { class: 'conflict-item' },
          h('p', { class: 'conflict-summary' }, conflict.summary),
          // Majority view first: the claim more sources make.
          list(
            'ul',
            [...conflict.claims].sort((a, b) => b.items.length - a.items.length),
            (claim) => h('li', null, `${claim.text} `, cite(claim.items)),
          ),
          h('p', null, h('strong', null, `${t('ourView')}:`), conflict.position),
        ),
      ),
    );

  const footer = h(
    'footer',
    null,
    h('h3', { id: `${id}-sources` }, t('sources')),
    list(
      'ol',
      record.sources,
      (itemId) => {
        const item = itemById.get(itemId);
        return h(
          'li',
          null,
          `${item?.title ?? itemId} `,
          h('span', { class: 'cite' }, `(${itemId})`),
          ' ',
          h('span', { class: 'source-date' }, item?.date ?? t('noDate')),
          item && !item.complete && h('span', { class: 'incomplete' }, t('incompleteSource')),
        );
      },
      { class: 'sources', 'aria-labelledby': `${id}-sources` },
    ),
    h(
      'p',
      { class: 'meta', 'data-testid': 'data-date' },
      `${newest ? t('dataAsOf', newest) : t('dataUndated')} · ${t('reviewedAt', record.reviewedAt)}`,
      bundled && ` · ${t('bundledData')}`,
    ),
    stale &&
      h(
        'p',
        { class: 'stale', role: 'note', 'data-testid': 'stale-warning' },
        h('span', { 'aria-hidden': 'true' }, '⚠ '),
        t('staleWarning', newest ?? ''),
      ),
    h('p', { class: 'meta' }, t('disclaimer')),
  );

  return h(
    'article',
    { class: 'answer', lang: 'zh-CN', 'aria-labelledby': id, 'data-record': record.id },
    header,
    points,
    conditions,
    steps,
    numbers,
    conflicts,
    footer,
  );
}

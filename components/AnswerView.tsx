import { useState } from 'react';
import type { Answer, CompiledRecord, NumberFact, SourceItem } from '../lib/dataset/schema';
import { answerToPlainText } from '../lib/engine/plain-text';
import { getRegion } from '../lib/regions';
import { scopeLabel as labelOf, type Scope } from '../lib/scope';
import { t, type MessageKey } from '../utils/i18n';

/** Why the answer is for this city: named in the page or question, chosen in the city switcher, or home. */
export type CityFrom = 'page' | 'question' | 'choice' | 'home';

export interface AnswerViewProps {
  record: CompiledRecord;
  items: SourceItem[];
  scope: Scope;
  origin: 'database' | 'bundled';
  /** The city the answer is for (null: none known, national rules). */
  city: string | null;
  homeCity: string | null;
  cityFrom: CityFrom;
  /** Extra buttons next to "copy" (the popup's "open in tab"). */
  actions?: React.ReactNode;
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

const CITY_FROM: Record<Exclude<CityFrom, 'home'>, MessageKey> = {
  page: 'cityFromPage',
  question: 'cityFromQuestion',
  choice: 'cityFromChoice',
};

/** Months after which the newest source is called stale (the rule: more than 12 months). */
const STALE_MONTHS = 12;

function formatValue(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
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

export function isStale(date: string, today: Date): boolean {
  const limit = new Date(today);
  limit.setMonth(limit.getMonth() - STALE_MONTHS);
  return date < limit.toISOString().slice(0, 10);
}

function cityShort(code: string | null): string {
  return (code && getRegion(code)?.short) || '';
}

/** One answer: conclusion and where it applies first, then what changes it, what to do, figures, sources. */
export function AnswerView(props: AnswerViewProps) {
  const { record, items, scope, origin, city, homeCity, cityFrom, actions, today = new Date() } = props;
  const { answer } = record;
  // Remembered per record, so a "copied" note never carries over to the next answer shown.
  const [copiedState, setCopiedState] = useState<{ id: string; status: 'done' | 'failed' } | null>(null);
  const copied = copiedState?.id === record.id ? copiedState.status : 'idle';
  const setCopied = (status: 'done' | 'failed') => setCopiedState({ id: record.id, status });

  const itemById = new Map(items.map((item) => [item.item, item]));
  // Sources are numbered once so that disagreement claims can cite them compactly.
  const sourceNumber = new Map(record.sources.map((id, i) => [id, i + 1]));
  const label = labelOf(scope, record.region, city);
  const newest = dataDate(items);
  const stale = newest !== null && isStale(newest, today);
  const overridden = cityFrom !== 'home' && city !== null && city !== homeCity;
  const headingId = `answer-${record.id}`;

  async function copy() {
    const text = [
      answerToPlainText(record, items, label),
      '',
      newest ? t('dataAsOf', newest) : '',
      t('disclaimer'),
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n');
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  }

  const cite = (ids: string[]) =>
    ids.map((id) => {
      const item = itemById.get(id);
      return (
        <span key={id} className="cite-ref" title={item ? `${item.title} (${id})` : id}>
          [{sourceNumber.get(id) ?? id}]
        </span>
      );
    });

  return (
    <article className="answer" lang="zh-CN" aria-labelledby={headingId} data-record={record.id}>
      <header>
        <h2 className="question" id={headingId}>
          {record.questions[0]}
        </h2>
        <p className="badges">
          <span className={`scope scope-${scope}`} data-testid="scope-label">
            {label}
          </span>
          {origin === 'bundled' && (
            <span className="badge bundled" data-testid="bundled-label">
              {t('bundledData')}
            </span>
          )}
        </p>
        {overridden && (
          <p className="override" data-testid="city-override">
            {homeCity
              ? t(CITY_FROM[cityFrom as Exclude<CityFrom, 'home'>], [cityShort(city), cityShort(homeCity)])
              : t('cityFromNoHome', cityShort(city))}
          </p>
        )}
        <p className="conclusion">{answer.conclusion}</p>
      </header>

      {answer.points.length > 0 && (
        <section aria-labelledby={`${headingId}-points`}>
          <h3 id={`${headingId}-points`}>{t('points')}</h3>
          <ul>
            {answer.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      )}

      {answer.conditions.length > 0 && (
        <section aria-labelledby={`${headingId}-conditions`}>
          <h3 id={`${headingId}-conditions`}>{t('conditions')}</h3>
          <dl className="conditions">
            {answer.conditions.map((condition) => (
              <div key={condition.when}>
                <dt>{condition.when}</dt>
                <dd>{condition.then}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {(answer.steps.length > 0 || answer.channels.length > 0) && (
        <section aria-labelledby={`${headingId}-steps`}>
          <h3 id={`${headingId}-steps`}>{t('steps')}</h3>
          {answer.steps.length > 0 && (
            <ol>
              {answer.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          )}
          {answer.channels.length > 0 && (
            <ul className="channels" aria-label={t('channels')}>
              {answer.channels.map((channel) => (
                <li key={channel.name} className="channel">
                  <span className="channel-kind">{t(CHANNEL_KIND[channel.kind])}</span>{' '}
                  {channel.tel ? (
                    <a href={`tel:${channel.tel}`}>
                      {channel.name} {channel.tel}
                    </a>
                  ) : (
                    channel.name
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {answer.numbers.length > 0 && (
        <section aria-labelledby={`${headingId}-numbers`}>
          <h3 id={`${headingId}-numbers`}>{t('numbers')}</h3>
          <table className="numbers">
            <tbody>
              {answer.numbers.map((number) => (
                <tr key={number.id}>
                  <th scope="row">{number.label}</th>
                  <td className="value">
                    {formatValue(number.value)}
                    <span className="unit">{number.unit}</span>
                    {number.formula && (
                      <span className="formula">= {formulaInWords(number.formula, answer.numbers)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {record.conflicts.length > 0 && (
        <aside className="conflict" aria-labelledby={`${headingId}-conflicts`}>
          <h3 id={`${headingId}-conflicts`}>
            <span aria-hidden="true">⚠ </span>
            {t('conflicts')}
          </h3>
          {record.conflicts.map((conflict) => (
            <div key={conflict.summary} className="conflict-item">
              <p className="conflict-summary">{conflict.summary}</p>
              <ul>
                {/* Majority view first: the claim more sources make. */}
                {[...conflict.claims]
                  .sort((a, b) => b.items.length - a.items.length)
                  .map((claim) => (
                    <li key={claim.text}>
                      {claim.text} <span className="cite">{cite(claim.items)}</span>
                    </li>
                  ))}
              </ul>
              <p>
                <strong>{t('ourView')}:</strong>
                {conflict.position}
              </p>
            </div>
          ))}
        </aside>
      )}

      <footer>
        <h3 id={`${headingId}-sources`}>{t('sources')}</h3>
        <ol className="sources" aria-labelledby={`${headingId}-sources`}>
          {record.sources.map((id) => {
            const item = itemById.get(id);
            return (
              <li key={id}>
                {item?.title ?? id} <span className="cite">({id})</span>{' '}
                <span className="source-date">{item?.date ?? t('noDate')}</span>
                {item && !item.complete && <span className="incomplete">{t('incompleteSource')}</span>}
              </li>
            );
          })}
        </ol>
        <p className="meta" data-testid="data-date">
          {newest ? t('dataAsOf', newest) : t('dataUndated')} · {t('reviewedAt', record.reviewedAt)}
          {origin === 'bundled' && <> · {t('bundledData')}</>}
        </p>
        {stale && (
          <p className="stale" role="note" data-testid="stale-warning">
            <span aria-hidden="true">⚠ </span>
            {t('staleWarning', newest ?? '')}
          </p>
        )}
        <p className="meta">{t('disclaimer')}</p>
      </footer>

      <div className="answer-actions">
        <button type="button" onClick={() => void copy()}>
          {t('copyText')}
        </button>
        {actions}
        <span aria-live="polite" className="copied">
          {copied === 'done' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </article>
  );
}

import type { CompiledRecord, SourceItem } from '../lib/dataset/schema';
import { t } from '../utils/i18n';

interface Props {
  record: CompiledRecord;
  items: SourceItem[];
  scopeLabel: string;
}

/** One answer: conclusion first, then what changes it, what to do, figures, sources and disagreements. */
export function AnswerView({ record, items, scopeLabel }: Props) {
  const { answer } = record;
  const itemById = new Map(items.map((item) => [item.item, item]));
  return (
    <article className="answer" lang="zh-CN" aria-labelledby={`answer-${record.id}`}>
      <header>
        <span className={`scope scope-${record.region === '000000' ? 'national' : 'local'}`}>
          {scopeLabel}
        </span>
        <p className="conclusion" id={`answer-${record.id}`}>
          {answer.conclusion}
        </p>
      </header>
      {answer.points.length > 0 && (
        <section aria-label={t('points')}>
          <h2>{t('points')}</h2>
          <ul>
            {answer.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      )}
      {answer.conditions.length > 0 && (
        <section aria-label={t('conditions')}>
          <h2>{t('conditions')}</h2>
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
      {answer.steps.length > 0 && (
        <section aria-label={t('steps')}>
          <h2>{t('steps')}</h2>
          <ol>
            {answer.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p className="channels">
            {answer.channels.map((channel) =>
              channel.tel ? (
                <a key={channel.name} href={`tel:${channel.tel}`} className="channel">
                  {channel.name} {channel.tel}
                </a>
              ) : (
                <span key={channel.name} className="channel">
                  {channel.name}
                </span>
              ),
            )}
          </p>
        </section>
      )}
      {answer.numbers.length > 0 && (
        <section aria-label={t('numbers')}>
          <h2>{t('numbers')}</h2>
          <table className="numbers">
            <tbody>
              {answer.numbers.map((number) => (
                <tr key={number.id}>
                  <th scope="row">{number.label}</th>
                  <td>
                    {number.value.toLocaleString('zh-CN')} {number.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {record.conflicts.length > 0 && (
        <aside className="conflict" aria-labelledby={`conflicts-${record.id}`}>
          <h2 id={`conflicts-${record.id}`}>⚠ {t('conflicts')}</h2>
          {record.conflicts.map((conflict) => (
            <div key={conflict.summary} className="conflict-item">
              <p className="conflict-summary">{conflict.summary}</p>
              <ul>
                {conflict.claims.map((claim) => (
                  <li key={claim.text}>
                    {claim.text} <span className="cite">({claim.items.join('、')})</span>
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
        <h2>{t('sources')}</h2>
        <ul className="sources">
          {record.sources.map((id) => {
            const item = itemById.get(id);
            return (
              <li key={id}>
                <span className="cite">{id}</span> {item?.title ?? ''} · {item?.date ?? t('noDate')}
                {item && !item.complete && <span className="incomplete">({t('incompleteSource')})</span>}
              </li>
            );
          })}
        </ul>
        <p className="meta">
          {t('reviewedAt', record.reviewedAt)} · {t('disclaimer')}
        </p>
      </footer>
    </article>
  );
}

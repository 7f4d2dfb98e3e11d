import { useId, useMemo } from 'react';
import { isoDay, periodLabel } from '../../lib/dataset/validity';
import {
  computeContribution,
  CONTRIBUTION_SCHEMES,
  type Contribution,
  type ContributionItem,
} from '../../lib/situation/contribution';
import { SituationInputError } from '../../lib/situation/input-error';
import type { RegionParams } from '../../lib/situation/region-params';
import { t } from '../../utils/i18n';
import type { SituationInputs } from '../../utils/situation';
import { type CalcProps, ResultClose, SchemeField } from './calc-parts';
import { contributionText, itemName, money, regionLine, ruleLevel } from './situation-text';

type Inputs = SituationInputs['contribution'];

/** 6000, 6,000, ６０００, 1.2万 → yuan; null for blank; NaN for text that is no amount. */
function parseBase(text: string): number | null {
  const s = text.normalize('NFKC').replace(/[,\s元]/g, '');
  if (!s) return null;
  const m = /^(\d+(?:\.\d+)?)(万)?$/.exec(s);
  return m ? Number(m[1]) * (m[2] ? 10000 : 1) : Number.NaN;
}

function compute(inputs: Inputs, params: RegionParams, today: string) {
  const base = parseBase(inputs.base);
  if (base === null && inputs.scheme === 'employee') return { result: null, error: false };
  try {
    return { result: computeContribution({ base, scheme: inputs.scheme, today }, params), error: false };
  } catch (error) {
    if (!(error instanceof SituationInputError)) throw error;
    return { result: null, error: true };
  }
}

/** An amount with its rate; an unknown amount still shows a known rate (a base is missing, not the rule). */
function Rate({ rate, value }: { rate: number | null; value: number | null }) {
  return (
    <>
      {value === null ? (
        <span className="unknown">{t('calcUnknown')}</span>
      ) : (
        <span className="amount">{money(value)}</span>
      )}
      {rate !== null && rate > 0 && <span className="cite rate"> {t('calcRate', String(rate))}</span>}
    </>
  );
}

function ItemNotes({ item, city }: { item: ContributionItem; city: string | null }) {
  const notes = [
    item.personalRate === null && item.personal !== null ? t('calcMonthlyFixed') : null,
    item.baseFrom === 'region' && item.base !== null ? t('calcRegionBase', String(item.base)) : null,
    item.recordIds.length > 0 ? ruleLevel(item.scope, city, true) : null,
    item.ended && item.period ? t('calcEnded', periodLabel(item.period)) : null,
    item.unverified ? t('calcUnverified') : null,
  ].filter((n): n is string => n !== null);
  return notes.length > 0 ? <div className="cite item-notes">{notes.join(' · ')}</div> : null;
}

function Result({ c, city }: { c: Contribution; city: string | null }) {
  const employee = c.scheme === 'employee';
  const clamp =
    c.clamp.applied === 'floor'
      ? t('calcClampFloor', String(c.clampedBase))
      : c.clamp.applied === 'ceiling'
        ? t('calcClampCeiling', String(c.clampedBase))
        : null;
  return (
    <div className="calc-result" data-testid="contribution-result">
      {clamp && (
        <p className="calc-status" role="status">
          {clamp}
        </p>
      )}
      <table className="calc-table">
        <caption className="visually-hidden">{t('calcContributionTab')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calcInsurance')}</th>
            <th scope="col">{t('calcPersonal')}</th>
            {employee && <th scope="col">{t('calcEmployer')}</th>}
          </tr>
        </thead>
        <tbody>
          {c.items.map((item) => (
            <tr key={item.insurance}>
              <th scope="row">
                {itemName(item)}
                <ItemNotes item={item} city={city} />
              </th>
              <td>
                <Rate rate={item.personalRate} value={item.personal} />
              </td>
              {employee && (
                <td>
                  <Rate rate={item.employerRate} value={item.employer} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              {t(c.complete.personal && c.complete.employer ? 'calcTotal' : 'calcPartialTotal')}
            </th>
            <td className="amount" aria-live="polite">
              {money(c.personalTotal)}
            </td>
            {employee && <td className="amount">{money(c.employerTotal)}</td>}
          </tr>
        </tfoot>
      </table>
      {!employee && <p className="cite">{t('calcNoEmployer')}</p>}
      {c.accountCredit !== null && (
        <p>
          {t('calcAccountCredit')}: <strong>{money(c.accountCredit)}</strong>
        </p>
      )}
      {c.baseShare ? (
        <p className="cite">{t('calcBaseShare', String(c.baseShare.value))}</p>
      ) : (
        c.unknown.includes('base') && <p className="cite">{t('calcBasePrompt')}</p>
      )}
      <ResultClose unknown={c.unknown} text={() => contributionText(c, city)} />
    </div>
  );
}

export function ContributionCalc(props: CalcProps<Inputs>) {
  const { inputs, onChange, params, city, today } = props;
  const id = useId();
  const day = isoDay(today);
  const { result, error } = useMemo(
    () => (params ? compute(inputs, params, day) : { result: null, error: false }),
    [inputs, params, day],
  );
  const flexible = inputs.scheme === 'flexible';
  return (
    <div className="calc" data-testid="contribution-calc">
      <p className="cite">{regionLine(city)}</p>
      <div className="calc-fields">
        <SchemeField
          id={`${id}-scheme`}
          value={inputs.scheme}
          schemes={CONTRIBUTION_SCHEMES}
          onChange={(scheme) => onChange({ ...inputs, scheme })}
        />
        <label htmlFor={`${id}-base`}>{t(flexible ? 'calcBaseOptional' : 'calcBase')}</label>
        <input
          id={`${id}-base`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder="6000"
          value={inputs.base}
          aria-invalid={error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ ...inputs, base: e.target.value })}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="calc-error" role="alert">
          {t('calcErrBase')}
        </p>
      )}
      {!error && !result && <p className="cite">{t('calcBasePrompt')}</p>}
      {result && <Result c={result} city={city} />}
    </div>
  );
}

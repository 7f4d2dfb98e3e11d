import { useEffect, useId, useRef, useState } from 'react';
import type { RegionParams } from '../../lib/situation/region-params';
import type { Calculation, CalculatorKind } from '../../lib/situation/route';
import type { AnswerSource } from '../../utils/answers';
import { t } from '../../utils/i18n';
import {
  EMPTY_INPUTS,
  loadRegionParams,
  rememberedInputs,
  rememberInputs,
  type SituationInputs,
} from '../../utils/situation';
import { useTask } from '../../hooks/use-task';
import { ContributionCalc } from './ContributionCalc';
import { TimelineCalc } from './TimelineCalc';

// 「按我的情况算」 (issue 17): under the answers of the related topics, in the popup and on the answer page; a
// question that carries numbers or dates opens it with those inputs filled in.

/** The inputs a routed question fills in, over what was there. */
function withCalculation(inputs: SituationInputs, calc: Calculation | null | undefined): SituationInputs {
  if (!calc) return inputs;
  if (calc.kind === 'timeline') {
    const { scheme, lastPaid } = calc.inputs;
    return { ...inputs, timeline: { scheme, lastPaid, resume: '' } };
  }
  const { scheme, base } = calc.inputs;
  return { ...inputs, contribution: { scheme, base: base === null ? '' : String(base) } };
}

export interface SituationPanelProps {
  source: AnswerSource;
  /** The answer's city (null: national rules). */
  city: string | null;
  kinds: readonly CalculatorKind[];
  /** A routed question: its calculator is shown first, filled in, and the panel opens. */
  calculation?: Calculation | null;
  /** The popup folds it under its heading to keep the first screen short; the answer page shows it open. */
  folded: boolean;
  today?: Date;
}

export function SituationPanel(props: SituationPanelProps) {
  const { source, city, kinds, calculation, folded } = props;
  const id = useId();
  const { run, fail } = useTask();
  const [kind, setKind] = useState<CalculatorKind>(calculation?.kind ?? kinds[0] ?? 'timeline');
  const [inputs, setInputs] = useState<SituationInputs>(() => withCalculation(EMPTY_INPUTS, calculation));
  const [params, setParams] = useState<Record<string, RegionParams>>({});
  const touched = useRef(false);
  const today = props.today ?? new Date();
  const scheme = kind === 'timeline' ? inputs.timeline.scheme : inputs.contribution.scheme;
  const paramsKey = `${city ?? ''}|${scheme}`;

  // Remembered inputs (when the setting is on) fill the form unless a question or the user already did.
  useEffect(() => {
    rememberedInputs().then((saved) => {
      if (saved && !touched.current) setInputs(withCalculation(saved, calculation));
    }, fail);
  }, [calculation, fail]);

  useEffect(() => {
    if (params[paramsKey]) return;
    let live = true;
    // An 灵活就业 contribution reads the same records as the 灵活就业 timeline.
    loadRegionParams(source, city, scheme).then(
      (loaded) => live && setParams((all) => ({ ...all, [paramsKey]: loaded })),
      fail,
    );
    return () => {
      live = false;
    };
  }, [source, city, scheme, paramsKey, params, fail]);

  function change(next: SituationInputs) {
    touched.current = true;
    setInputs(next);
    run(rememberInputs(next));
  }

  const shown = kinds.includes(kind) ? kind : (kinds[0] ?? 'timeline');
  const body = (
    <>
      {kinds.length > 1 && (
        <fieldset className="calc-kinds">
          <legend className="visually-hidden">{t('calcKinds')}</legend>
          {kinds.map((k) => (
            <label key={k} className={k === shown ? 'chosen' : undefined}>
              <input type="radio" name={`${id}-kind`} checked={k === shown} onChange={() => setKind(k)} />
              {t(k === 'timeline' ? 'calcTimelineTab' : 'calcContributionTab')}
            </label>
          ))}
        </fieldset>
      )}
      {shown === 'timeline' ? (
        <TimelineCalc
          inputs={inputs.timeline}
          onChange={(timeline) => change({ ...inputs, timeline })}
          params={params[paramsKey] ?? null}
          city={city}
          today={today}
        />
      ) : (
        <ContributionCalc
          inputs={inputs.contribution}
          onChange={(contribution) => change({ ...inputs, contribution })}
          params={params[paramsKey] ?? null}
          city={city}
          today={today}
        />
      )}
    </>
  );

  if (folded)
    return (
      <details className="situation no-print" open={Boolean(calculation)} data-testid="situation">
        <summary>
          <h2 id={id}>{t('calcTitle')}</h2>
        </summary>
        {body}
      </details>
    );
  return (
    <section className="situation" aria-labelledby={id} data-testid="situation">
      <h2 id={id}>{t('calcTitle')}</h2>
      {body}
    </section>
  );
}

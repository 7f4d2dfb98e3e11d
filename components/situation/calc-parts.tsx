import type { RegionParams } from '../../lib/situation/region-params';
import { t, type MessageKey } from '../../utils/i18n';
import { CopyButton } from '../CopyButton';
import { unknownLine } from './situation-text';

// What both calculators share: their props, the scheme field, and the close of a result (the rules the data
// lacks, the disclaimer, copy).

export interface CalcProps<I> {
  inputs: I;
  onChange: (inputs: I) => void;
  /** The region's parameters; null while they are read. */
  params: RegionParams | null;
  city: string | null;
  today: Date;
}

const SCHEME_KEY: Record<'employee' | 'flexible' | 'resident', MessageKey> = {
  employee: 'schemeEmployee',
  flexible: 'schemeFlexible',
  resident: 'schemeResident',
};

export function SchemeField<S extends keyof typeof SCHEME_KEY>(props: {
  id: string;
  value: S;
  schemes: readonly S[];
  onChange: (scheme: S) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>{t('calcScheme')}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value as S)}>
        {props.schemes.map((s) => (
          <option key={s} value={s}>
            {t(SCHEME_KEY[s])}
          </option>
        ))}
      </select>
    </>
  );
}

export function ResultClose({ unknown, text }: { unknown: readonly string[]; text: () => string }) {
  const missing = unknownLine(unknown);
  return (
    <>
      {missing && <p className="cite">{missing}</p>}
      <p className="cite">{t('calcDisclaimer')}</p>
      <CopyButton text={text} label="calcCopy" />
    </>
  );
}

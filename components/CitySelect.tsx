import { useMemo } from 'react';
import { homeCities, provinces } from '../lib/regions';
import { t } from '../utils/i18n';

interface Props {
  id: string;
  value: string | null;
  onChange: (code: string) => void;
}

/** Every home city of China, grouped by province, in a native (keyboard- and screen-reader-friendly) select. */
export function CitySelect({ id, value, onChange }: Props) {
  const groups = useMemo(() => {
    const cities = homeCities();
    return provinces().map((province) => ({
      province,
      cities: cities.filter((city) => city.province === province.code),
    }));
  }, []);
  return (
    <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
      <option value="" disabled>
        {t('chooseCity')}
      </option>
      {groups.map(({ province, cities }) => (
        <optgroup key={province.code} label={province.name}>
          {cities.map((city) => (
            <option key={city.code} value={city.code}>
              {city.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

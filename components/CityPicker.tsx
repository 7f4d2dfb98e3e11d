import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { getRegion, homeCities, provinces, type Region, searchCities } from '../lib/regions';
import { t } from '../utils/i18n';

interface Props {
  /** The label (the combobox's accessible name); visible unless a heading above already says it. */
  label: string;
  hideLabel?: boolean;
  value: string | null;
  onSelect: (code: string) => void;
  autoFocus?: boolean;
}

interface Group {
  province: Region;
  cities: Region[];
}

/** How many ranked hits a typed query shows; enough to scroll past every 苏州/宿州-style namesake. */
const RESULT_LIMIT = 30;

/**
 * The home-city picker: an editable combobox with a listbox (WAI-ARIA APG "combobox with listbox popup").
 * Empty, it lists every home city grouped by province. Typed, it shows searchCities() hits in that function's
 * rank order (lib/regions/index.ts): exact hanzi name or code, then exact full pinyin, exact initials, then
 * prefixes of hanzi, pinyin and initials, then hanzi contained; within a tier provincial capitals and 直辖市
 * first, then code order — so "zz" lists 郑州 first and "shijiazhuang" finds 石家庄.
 * Keys: ↓/↑ move, Home/End jump, Enter chooses, Escape closes the list (a second Escape clears the text).
 */
export function CityPicker({ label, hideLabel = false, value, onSelect, autoFocus }: Props) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // While the user edits, the box shows what they typed; otherwise the chosen city's name.
  const [typedQuery, setQuery] = useState('');
  const [typed, setTyped] = useState(false);
  const query = typed ? typedQuery : value ? (getRegion(value)?.name ?? '') : '';
  // Closed until the user types, clicks or presses ↓: an autofocused picker must not cover the page.
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const groups = useMemo<Group[]>(() => {
    const cities = homeCities();
    return provinces().map((province) => ({
      province,
      cities: cities.filter((city) => city.province === province.code),
    }));
  }, []);

  const searching = typed && query.trim() !== '';
  const hits = useMemo(() => (searching ? searchCities(query, RESULT_LIMIT) : []), [searching, query]);
  const flat = useMemo(() => (searching ? hits : groups.flatMap((g) => g.cities)), [searching, hits, groups]);

  useEffect(() => {
    if (!open) return;
    listRef.current
      ?.querySelector<HTMLElement>(`[data-index="${active}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [active, open, flat]);

  function choose(city: Region) {
    onSelect(city.code);
    setTyped(false);
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const last = flat.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((i) => Math.min(i + 1, last));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (!open) return;
        event.preventDefault();
        setActive(event.key === 'Home' ? 0 : last);
        break;
      case 'Enter': {
        const city = open ? flat[active] : undefined;
        if (city) {
          event.preventDefault();
          choose(city);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (query) {
          event.preventDefault();
          setQuery('');
          setTyped(true);
        }
        break;
    }
  }

  const optionId = (index: number) => `${id}-opt-${index}`;
  const renderOption = (city: Region, index: number, withProvince: boolean) => (
    <li
      key={city.code}
      id={optionId(index)}
      role="option"
      data-index={index}
      aria-selected={index === active}
      className={`option${index === active ? ' active' : ''}${city.code === value ? ' chosen' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => choose(city)}
    >
      {city.name}
      {withProvince && <span className="option-note"> · {getRegion(city.province!)?.name}</span>}
    </li>
  );

  let index = 0;
  return (
    <div className="city-picker">
      <label htmlFor={`${id}-input`} className={hideLabel ? 'visually-hidden' : 'picker-label'}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        placeholder={t('cityPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && flat[active] ? optionId(active) : undefined}
        aria-describedby={`${id}-help`}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setTyped(true);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-help`} className="visually-hidden">
        {t('cityPickerHelp')}
      </span>
      <ul
        ref={listRef}
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        className="listbox"
        hidden={!open}
      >
        {searching
          ? hits.map((city, i) => renderOption(city, i, true))
          : groups.map(({ province, cities }) => (
              <li key={province.code} role="presentation">
                <ul role="group" aria-labelledby={`${id}-g-${province.code}`}>
                  <li role="presentation" id={`${id}-g-${province.code}`} className="group-label">
                    {province.name}
                  </li>
                  {cities.map((city) => renderOption(city, index++, false))}
                </ul>
              </li>
            ))}
        {searching && hits.length === 0 && (
          <li role="presentation" className="option-empty">
            {t('cityNoMatch')}
          </li>
        )}
      </ul>
    </div>
  );
}

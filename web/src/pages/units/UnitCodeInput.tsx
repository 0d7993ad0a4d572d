/**
 * A unit code field that also finds units by name: type "thuc phan" or "01273" and pick
 * "Phường Thục Phán · 01273". The value stays the code (`VN`, 2 or 5 digits); the chosen unit's name is
 * shown under the field.
 */
import { AutoComplete, type AutoCompleteProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitSearch } from './api';
import { useUnitLabels } from './labels';

/** Form.Item gives the field its `id`, value and change handler, and its aria attributes; all pass through. */
type Props = Omit<AutoCompleteProps<string>, 'value' | 'onChange' | 'options' | 'onSelect'> & {
  value?: string;
  onChange?: (value: string) => void;
};

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function UnitCodeInput({ value = '', onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const labels = useUnitLabels();
  const [text, setText] = useState(value);
  const [names, setNames] = useState<Record<string, string>>({ VN: t('units.national') });
  const query = useDebounced(text.trim(), 250);
  const search = useUnitSearch({ q: query, limit: 10, offset: 0 }, query.length >= 2 && query !== 'VN');

  useEffect(() => setText(value), [value]);

  const options = useMemo(() => {
    const found = (search.data?.items ?? []).map((unit) => ({
      value: unit.code,
      name: unit.name,
      label: (
        <span>
          {unit.name} · <span className="code">{unit.code}</span>{' '}
          <span className="option-note">({labels.level(unit.level)})</span>
        </span>
      ),
    }));
    const national = 'vn'.startsWith(query.toLowerCase()) || 'viet nam'.startsWith(query.toLowerCase());
    return national && query !== ''
      ? [{ value: 'VN', name: t('units.national'), label: <span>{t('units.national')}</span> }, ...found]
      : found;
  }, [search.data, query, labels, t]);

  const chosen = names[value];
  return (
    <>
      <AutoComplete
        {...rest}
        value={text}
        options={options}
        onChange={(next: string) => {
          setText(next);
          onChange?.(next.trim());
        }}
        onSelect={(code: string) => {
          const option = options.find((o) => o.value === code);
          if (option) setNames((known) => ({ ...known, [code]: option.name }));
          setText(code);
          onChange?.(code);
        }}
        style={{ width: '100%' }}
      />
      {chosen ? (
        <div className="unit-code-name" aria-live="polite">
          {chosen}
        </div>
      ) : null}
    </>
  );
}

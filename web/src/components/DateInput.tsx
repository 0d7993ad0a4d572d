/**
 * A calendar day typed or picked as the administrative form writes it, dd/mm/yyyy in both languages (issue 15 §7),
 * whatever the browser's own language: a native date input shows the browser's format (mm/dd/yyyy in an English
 * browser, even on the Vietnamese page). The value stays an ISO day, YYYY-MM-DD, as the API takes it.
 */
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export interface DateInputProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string) => void;
  /** The earliest day offered (ISO). */
  min?: string;
  disabled?: boolean;
  'data-testid'?: string;
  'aria-label'?: string;
}

export function DateInput({ value, onChange, min, ...rest }: DateInputProps) {
  return (
    <DatePicker
      {...rest}
      format="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      value={value ? dayjs(value) : null}
      minDate={min ? dayjs(min) : undefined}
      onChange={(day) => onChange?.(day ? day.format('YYYY-MM-DD') : '')}
      style={{ width: '100%' }}
    />
  );
}

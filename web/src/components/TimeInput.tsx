/**
 * A time of day typed or picked on the 24-hour clock, hh:mm (issue 15 §7), whatever the browser's language: a
 * native time input shows the browser's format ("09:00 AM" in an English browser, even on the Vietnamese page).
 * The value stays "HH:mm", as the API takes it.
 */
import { TimePicker } from 'antd';
import dayjs from 'dayjs';

export interface TimeInputProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string) => void;
  disabled?: boolean;
  'data-testid'?: string;
}

export function TimeInput({ value, onChange, ...rest }: TimeInputProps) {
  return (
    <TimePicker
      {...rest}
      format="HH:mm"
      placeholder="hh:mm"
      needConfirm={false}
      value={value ? dayjs(`2000-01-01T${value}`) : null}
      onChange={(time) => onChange?.(time ? time.format('HH:mm') : '')}
      style={{ width: '100%' }}
    />
  );
}

/**
 * A labelled search box with its button, as a real form (Enter submits). Emptying the box (typing or the
 * browser's clear button) submits the empty search, so the full list comes back.
 */
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: (value: string) => void;
  button: string;
  placeholder?: string;
  maxLength?: number;
  testId: string;
  className?: string;
};

export function SearchField({
  id,
  label,
  value,
  onChange,
  onSubmit,
  button,
  placeholder,
  maxLength,
  testId,
  className,
}: Props) {
  return (
    <form
      className={className ?? 'search-field'}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value.trim());
      }}
    >
      <label htmlFor={id}>{label}</label>
      <Space.Compact className="full-width">
        <Input
          id={id}
          type="search"
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          onChange={(event) => {
            onChange(event.target.value);
            if (event.target.value === '') onSubmit('');
          }}
          data-testid={testId}
        />
        <Button
          type="primary"
          htmlType="submit"
          icon={<SearchOutlined aria-hidden />}
          data-testid={`${testId}-submit`}
        >
          {button}
        </Button>
      </Space.Compact>
    </form>
  );
}

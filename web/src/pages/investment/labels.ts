/** Money and rates as people read them: billions of đồng in tables, whole đồng in details, in the UI language. */
import { useTranslation } from 'react-i18next';

export function useMoney() {
  const { i18n } = useTranslation();
  const tag = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN';
  const billions = new Intl.NumberFormat(tag, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const rate = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  return {
    /** "1.234,5" — tỷ đồng (display only; the amount itself stays whole đồng). */
    bn: (value: string) => billions.format(Number(BigInt(value) / 1_000_000n) / 1000),
    /** "1.234.500.000" đồng. */
    dong: (value: string) => whole.format(BigInt(value)),
    percent: (value: number | null) => (value === null ? '—' : `${rate.format(value)} %`),
  };
}

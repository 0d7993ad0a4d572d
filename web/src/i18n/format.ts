/**
 * The one place the web app writes numbers, shares, money, dates and periods (issue 15 §7; STYLE.md "Vietnamese
 * formats from one place"): Vietnamese by default — "1.000", "75,1 %", "Quý IV/2026", "9 tháng đầu năm 2025",
 * dd/mm/yyyy — and English under the switch — "1,000", "75.1%", "Q4 2026". The server's exports follow the same
 * rules (src/platform/formats.ts).
 */
import { useTranslation } from 'react-i18next';

export type FormatLanguage = 'vi' | 'en';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Formatters for a language; `useFormat()` gives the UI language's. */
export function formatFor(language: string | undefined) {
  const en = language === 'en';
  const tag = en ? 'en-GB' : 'vi-VN';
  const number = (digits: number) =>
    new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const count = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const upTo = (digits: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
  const percentOf = (value: number, digits: number, signed: boolean) => {
    const sign = signed && value > 0 ? '+' : '';
    const text = `${sign}${number(digits).format(value)}`;
    return en ? `${text}%` : `${text} %`;
  };
  const day = (iso: string) =>
    /^\d{4}-\d{2}-\d{2}/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
  return {
    language: (en ? 'en' : 'vi') as FormatLanguage,
    /** A whole count: "1.000" / "1,000". */
    count: (n: number | null | undefined) => (n === null || n === undefined ? '—' : count.format(n)),
    /** A number with exactly `digits` decimals: "6,6" / "6.6". */
    decimal: (n: number | null | undefined, digits = 1) =>
      n === null || n === undefined ? '—' : number(digits).format(n),
    /** A number with at most `digits` decimals: "1.234,5" / "1,234.5". */
    number: (n: number | null | undefined, digits = 2) =>
      n === null || n === undefined ? '—' : upTo(digits).format(n),
    /** A share 0–1 as a percent with one decimal: "75,1 %" / "75.1%". */
    percent: (ratio: number | null | undefined, signed = false) =>
      ratio === null || ratio === undefined ? '—' : percentOf(ratio * 100, 1, signed),
    /** A value already in percent (0–100): "75,1 %" / "75.1%". */
    percentValue: (value: number | null | undefined, digits = 1) =>
      value === null || value === undefined ? '—' : percentOf(value, digits, false),
    /** Money in đồng: "1.500.000 đồng" / "1,500,000 VND". */
    dong: (amount: number) => `${count.format(amount)} ${en ? 'VND' : 'đồng'}`,
    /** Large money in tỷ đồng (10⁹ đồng), as provincial reports give it: "22.900 tỷ đồng" / "VND 22,900 billion". */
    billionDong: (amount: number) => {
      const text = upTo(2).format(amount / 1e9);
      return en ? `VND ${text} billion` : `${text} tỷ đồng`;
    },
    /** A calendar day YYYY-MM-DD as dd/mm/yyyy (the administrative form, in both languages). */
    day,
    /**
     * A report period: "2026" → "Năm 2026" / "2026"; "2026-Q4" → "Quý IV/2026" / "Q4 2026"; "2026-07" →
     * "Tháng 7/2026" / "July 2026"; days from 1 January to a month's end → "9 tháng đầu năm 2025" /
     * "First 9 months of 2025"; other days → "01/02/2025 – 30/09/2025".
     */
    period: (label: string, to?: string): string => {
      if (to) return periodOfDays(label, to, en, day);
      const year = /^(\d{4})$/.exec(label);
      if (year) return en ? label : `Năm ${label}`;
      const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
      if (quarter)
        return en ? `Q${quarter[2]} ${quarter[1]}` : `Quý ${ROMAN[Number(quarter[2]) - 1]}/${quarter[1]}`;
      const month = /^(\d{4})-(\d{2})$/.exec(label);
      if (month) {
        if (!en) return `Tháng ${Number(month[2])}/${month[1]}`;
        const name = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleString('en-GB', {
          month: 'long',
          timeZone: 'UTC',
        });
        return `${name} ${month[1]}`;
      }
      const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(label);
      if (range) return periodOfDays(range[1]!, range[2]!, en, day);
      return label;
    },
    /**
     * A target period of a year (Resolution reporting): M3 → "Tháng 3/2025", Q4 → "Quý IV/2025", H1 → "6 tháng
     * đầu năm 2025", 9M → "9 tháng đầu năm 2025", Y → "Năm 2025" (English: "March 2025", "Q4 2025", …).
     */
    yearPart: (part: string, year: number): string => {
      if (part.startsWith('M'))
        return formatFor(language).period(`${year}-${part.slice(1).padStart(2, '0')}`);
      if (part.startsWith('Q')) return formatFor(language).period(`${year}-${part}`);
      if (part === 'H1') return en ? `First half of ${year}` : `6 tháng đầu năm ${year}`;
      if (part === '9M') return en ? `First 9 months of ${year}` : `9 tháng đầu năm ${year}`;
      return en ? `Year ${year}` : `Năm ${year}`;
    },
  };
}

function periodOfDays(from: string, to: string, en: boolean, day: (iso: string) => string): string {
  const month = Number(to.slice(5, 7));
  const monthEnd = new Date(Date.UTC(Number(to.slice(0, 4)), month, 0)).getUTCDate();
  if (
    from.slice(0, 4) === to.slice(0, 4) &&
    from.endsWith('-01-01') &&
    Number(to.slice(8, 10)) === monthEnd &&
    month < 12
  )
    return en ? `First ${month} months of ${from.slice(0, 4)}` : `${month} tháng đầu năm ${from.slice(0, 4)}`;
  return `${day(from)} – ${day(to)}`;
}

export type Format = ReturnType<typeof formatFor>;

/** The formatters of the UI language. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  return formatFor(i18n.resolvedLanguage);
}

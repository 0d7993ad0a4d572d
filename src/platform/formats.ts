/**
 * How numbers, shares, dates and periods read in what the server writes for people — PDF, Excel and CSV
 * exports, notices (issue 15 §7): Vietnamese by default ("1.000", "75,1 %", "07/12/2026", "Quý IV/2026",
 * "9 tháng đầu năm 2025"), English on request ("1,000", "75.1%", "Q4 2026"). The web app has its own twin
 * (web/src/i18n/format.ts) with the same rules.
 */
import type { Language } from './http/messages.js';

const tagOf = (language: Language) => (language === 'en' ? 'en-GB' : 'vi-VN');

/** A whole count: "1.000" (vi), "1,000" (en). */
export function formatCount(n: number, language: Language = 'vi'): string {
  return new Intl.NumberFormat(tagOf(language), { maximumFractionDigits: 0 }).format(n);
}

/** A number with `digits` decimals: "6,6" (vi), "6.6" (en). */
export function formatDecimal(n: number, language: Language = 'vi', digits = 1): string {
  return new Intl.NumberFormat(tagOf(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

/** A share 0–1 as a percent with one decimal: "75,1 %" (vi, with the space Vietnamese style puts), "75.1%" (en). */
export function formatPercent(ratio: number, language: Language = 'vi'): string {
  const value = formatDecimal(ratio * 100, language);
  return language === 'en' ? `${value}%` : `${value} %`;
}

/** A calendar day YYYY-MM-DD as dd/mm/yyyy (both languages: the administrative form). */
export function formatDay(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * A report period label: "2026" → "Năm 2026" / "2026"; "2026-Q4" → "Quý IV/2026" / "Q4 2026"; "2026-07" →
 * "Tháng 7/2026" / "July 2026"; a custom range "from..to" → "01/01/2025 – 30/09/2025", or "9 tháng đầu năm 2025"
 * / "First 9 months of 2025" when it runs from 1 January to the end of a month of the same year.
 */
export function formatPeriod(label: string, language: Language = 'vi'): string {
  const en = language === 'en';
  const year = /^(\d{4})$/.exec(label);
  if (year) return en ? year[1]! : `Năm ${year[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) {
    const [, y, q] = quarter;
    return en ? `Q${q} ${y}` : `Quý ${ROMAN[Number(q) - 1]}/${y}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) {
    const [, y, m] = month;
    if (!en) return `Tháng ${Number(m)}/${y}`;
    const name = new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-GB', {
      month: 'long',
      timeZone: 'UTC',
    });
    return `${name} ${y}`;
  }
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (range) {
    const [, from, to] = range as unknown as [string, string, string];
    const months = Number(to.slice(5, 7));
    const monthEnd = new Date(Date.UTC(Number(to.slice(0, 4)), months, 0)).getUTCDate();
    const sameYear = from.slice(0, 4) === to.slice(0, 4);
    if (sameYear && from.endsWith('-01-01') && Number(to.slice(8, 10)) === monthEnd && months < 12)
      return en
        ? `First ${months} months of ${from.slice(0, 4)}`
        : `${months} tháng đầu năm ${from.slice(0, 4)}`;
    return `${formatDay(from)} – ${formatDay(to)}`;
  }
  return label;
}

/**
 * Recipient checks on the way in, so a notice that can never be delivered is refused when the caller writes it,
 * not discovered by the job later.
 */

/** A pragmatic address check (one @, a dot in the domain, no spaces); the SMTP server has the last word. */
export function normalizeEmail(value: string): string | undefined {
  const email = value.normalize('NFC').trim();
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return undefined;
  return email;
}

/**
 * A Vietnamese mobile number in E.164 (+84 and 9 digits; Decision 798/QĐ-BTTTT 2018 moved mobiles to 10-digit
 * numbers 03x, 05x, 07x, 08x, 09x). Accepts 0912345678, 84912345678, +84 912 345 678.
 */
export function normalizeVietnamesePhone(value: string): string | undefined {
  const digits = value.replace(/[\s.()-]/g, '');
  const match = /^(?:\+?84|0)([35789]\d{8})$/.exec(digits);
  return match ? `+84${match[1]}` : undefined;
}

/** Vietnamese without diacritics, for SMS gateways that send only GSM-7 (a Unicode SMS holds 70 characters, not 160). */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

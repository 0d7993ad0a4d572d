/**
 * Removing personal data before a text is shown on public pages, in Open311 answers, in exports, or to officials
 * who may not know a denouncer (Decree 13/2023/NĐ-CP on personal data; Decree 20/2008 art. 14 publishes the
 * result, not the person; Law on Denunciations 2018 art. 47–48). Two passes:
 * - the parties' own data, when known (names, identity and phone numbers, e-mails, addresses), found however
 *   they are written: with or without diacritics, in any case, with any spaces, dots or dashes between digits;
 * - any e-mail address, Vietnamese phone number and identity number (9 or 12 digits, any separators), whoever's.
 */
export const REDACTED = '[đã ẩn]';

/** What is known of the people a text may name. */
export interface PersonalData {
  names?: ReadonlyArray<string | null | undefined>;
  idNumbers?: ReadonlyArray<string | null | undefined>;
  phones?: ReadonlyArray<string | null | undefined>;
  emails?: ReadonlyArray<string | null | undefined>;
  addresses?: ReadonlyArray<string | null | undefined>;
}

/** A submitter's or denouncer's stored data, as the masks know it; `names` adds others (the account's). */
export function personalDataOf(
  person:
    | {
        fullName: string | null;
        idNumber: string | null;
        phone: string | null;
        email: string | null;
        address: string | null;
      }
    | undefined,
  names: string[] = [],
): PersonalData {
  return {
    names: [person?.fullName, ...names],
    idNumbers: [person?.idNumber],
    phones: [person?.phone],
    emails: [person?.email],
    addresses: [person?.address],
  };
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Money is not personal data: "150.000.000 đồng", "2 000 000 000đ", "12 tỷ". */
const MONEY_AFTER = /^\s*(?:đồng|đ|vnđ|vnd|nghìn|ngàn|triệu|tỷ)(?!\p{L})/iu;
/**
 * A run of digits with up to three spaces, dots, dashes or brackets between them, optionally after `+`: a
 * phone number (0 / +84 / (84) and 9–10 more), a CMND (9 digits) or CCCD (12 digits), a bank account — however
 * it is grouped. Not a piece of a code such as `TC-04-261207-0001` (digits right after a letter and a dash).
 */
const NUMBER_RUN = /(?<!\p{N}[\s.\-–()]{0,3})(?<!\p{L}-)\+?\(?\d(?:[\s.\-–()]{0,3}\d)*/gu;
/** A run with this many digits or more is taken for a personal number. */
const PERSONAL_DIGITS = 9;

function redactNumbers(text: string): string {
  return text.replace(NUMBER_RUN, (run: string, offset: number) => {
    const digits = run.replace(/\D/g, '').length;
    const money = MONEY_AFTER.test(text.slice(offset + run.length));
    return digits >= PERSONAL_DIGITS && !money ? REDACTED : run;
  });
}
/** Between the words of a name or an address, or the digits of a known number: any few non-alphanumerics. */
const SEPARATOR = String.raw`[^\p{L}\p{N}]{0,4}`;

interface Folded {
  text: string;
  /** For each character of `text`, where it starts and ends in the original. */
  starts: number[];
  ends: number[];
}

/** Lowercase, without diacritics, đ → d — keeping where each folded character came from. */
function fold(original: string): Folded {
  const out: Folded = { text: '', starts: [], ends: [] };
  let i = 0;
  for (const ch of original) {
    const folded = ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    for (const unit of folded) {
      out.text += unit;
      for (let k = 0; k < unit.length; k++) {
        out.starts.push(i);
        out.ends.push(i + ch.length);
      }
    }
    i += ch.length;
  }
  return out;
}

const foldText = (text: string) => fold(text).text;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const present = (values: ReadonlyArray<string | null | undefined> | undefined) =>
  (values ?? []).flatMap((v) => (v?.trim() ? [v.normalize('NFC').trim()] : []));

/** The words of a value, folded, to be found with any separators between them. */
function wordsPattern(value: string): string | null {
  const words = foldText(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.join('').length < 3) return null;
  return `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join(SEPARATOR)}(?![\\p{L}\\p{N}])`;
}

const joinDigits = (digits: string) => [...digits].join(SEPARATOR);

/** The digits of an identity number, to be found with any separators between them. */
function digitsPattern(digits: string): string | null {
  return digits.length < 6 ? null : `(?<!\\p{N})${joinDigits(digits)}(?!\\p{N})`;
}

/** A phone number with or without its 0 / +84 / (84) prefix, with any separators. */
function phonePattern(phone: string): string | null {
  const national = phone.replace(/\D/g, '').replace(/^(?:84|0)/, '');
  if (national.length < 6) return null;
  return `(?<!\\p{N})(?:(?:\\(?\\+?84\\)?|0)${SEPARATOR})?${joinDigits(national)}(?!\\p{N})`;
}

/** An address, and each of its comma-separated parts that holds a number (a house, a lane): "Số 7 ngõ 12". */
function addressPatterns(address: string): string[] {
  const parts = address.split(/[,;]/).filter((p) => /\d/.test(p) && p.trim().split(/\s+/).length >= 2);
  return [address, ...parts].flatMap((p) => wordsPattern(p) ?? []);
}

function knownPatterns(people: PersonalData): string[] {
  return [
    ...present(people.addresses).flatMap(addressPatterns),
    ...present(people.names).flatMap((n) => wordsPattern(n) ?? []),
    ...present(people.emails).map((e) => escapeRegExp(foldText(e))),
    ...present(people.idNumbers).flatMap((n) => digitsPattern(n.replace(/\D/g, '')) ?? []),
    ...present(people.phones).flatMap((p) => phonePattern(p) ?? []),
  ];
}

/** Replace the spans of `text` where any pattern matches its folded form. */
function redactKnown(text: string, patterns: string[]): string {
  if (patterns.length === 0) return text;
  const folded = fold(text);
  const spans: Array<[number, number]> = [];
  for (const pattern of patterns) {
    for (const m of folded.text.matchAll(new RegExp(pattern, 'gu'))) {
      if (m[0].length === 0) continue;
      spans.push([folded.starts[m.index]!, folded.ends[m.index + m[0].length - 1]!]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    out += start >= at ? `${text.slice(at, start)}${REDACTED}` : '';
    at = Math.max(at, end);
  }
  return out + text.slice(at);
}

/** The text with personal data replaced by `[đã ẩn]`. */
export function redactPersonalData(text: string, people: PersonalData = {}): string {
  return redactNumbers(redactKnown(text.normalize('NFC'), knownPatterns(people)).replace(EMAIL, REDACTED));
}

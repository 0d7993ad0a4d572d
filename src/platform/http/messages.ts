/**
 * Server messages in the user's language (issue 15 §2: "every message a user can see comes in the user's
 * language, Vietnamese by default"). A module defines its messages once, in Vietnamese and English, with
 * `{name}` placeholders; a use case puts a message (key + params) on its domain error; the HTTP edge renders it
 * by the request's `accept-language` (problem.ts). The English text doubles as the error's `detail` in logs
 * and in code that never reaches HTTP.
 */

export type Language = 'vi' | 'en';
/** A placeholder's value; a message as a value is told in the same language (`Dòng {row}: {why}`). */
export type MessageParams = Record<string, string | number | Message>;

/** A message to show a person: a key of a defined catalogue and the values of its placeholders. */
export interface Message {
  key: string;
  params?: MessageParams;
}

export interface MessageText {
  vi: string;
  en: string;
}

const catalogue = new Map<string, MessageText>();

/**
 * Define a module's messages (keys are prefixed by the module's name, e.g. `dossiers.noProcessingTime`);
 * returns a maker of messages for those keys only, so a misspelt key does not compile.
 */
export function defineMessages<K extends string>(
  texts: Record<K, MessageText>,
): (key: K, params?: MessageParams) => Message {
  for (const [key, text] of Object.entries(texts) as Array<[K, MessageText]>) {
    const known = catalogue.get(key);
    if (known && (known.vi !== text.vi || known.en !== text.en))
      throw new Error(`message ${key} is defined twice with different texts`);
    catalogue.set(key, text);
  }
  return (key, params) => (params ? { key, params } : { key });
}

/**
 * A fixed English text (no placeholders) the catalogue defines, in the language: for the plain texts older code
 * still puts on a problem (`{ field, message: 'required' }`), so that the reader never gets the English of a
 * message the catalogue knows. Any other text is returned as it is.
 */
export function translateKnown(text: string, language: Language): string {
  if (language === 'en') return text;
  for (const entry of catalogue.values())
    if (entry.en === text && !/\{\w+\}/.test(entry.en)) return entry[language];
  return text;
}

/** The text of a message in a language; placeholders without a value stay visible, as a bug should. */
export function renderMessage(message: Message, language: Language): string {
  const text = catalogue.get(message.key);
  if (!text) return message.key;
  return text[language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? renderMessage(value, language) : String(value);
  });
}

/**
 * The language to answer in from an `accept-language` header: English when English is preferred over
 * Vietnamese (by order and q-value), Vietnamese otherwise — the default of a Vietnamese public service.
 */
export function languageOf(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: { language: Language; q: number } | null = null;
  for (const part of value.split(',')) {
    const [tag = '', ...rest] = part.trim().toLowerCase().split(';');
    const base = tag.split('-')[0];
    if (base !== 'vi' && base !== 'en') continue;
    const qParam = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { language: base, q };
  }
  return best?.language ?? 'vi';
}

/**
 * Open311 GeoReport v2 wire formats (pure): the format suffix of a resource (`services.xml`, `requests/ID.json`),
 * XML written by the Spark convention the spec maps JSON from (arrays become repeated elements named by their
 * item), the standard error array, form-encoded POST bodies with `attribute[code]` keys, and w3 datetimes with
 * their offset. Spec: http://wiki.open311.org/GeoReport_v2 ("Format Support", "Errors").
 */
import { formatLocal } from '../../platform/vietnam-time.js';

export type Open311Format = 'json' | 'xml';

/** `ID.json` → { id: 'ID', format: 'json' }; undefined when the suffix is missing or unknown. */
export function splitFormat(file: string): { id: string; format: Open311Format } | undefined {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { id: m[1]!, format: m[2] as Open311Format } : undefined;
}

/** The format a URL asks for (its last path segment's suffix); JSON when it names none. */
export function formatOfUrl(url: string): Open311Format {
  const path = url.split('?')[0] ?? '';
  return /\.xml$/i.test(path) ? 'xml' : 'json';
}

export const CONTENT_TYPE: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** The element name of an array's items (Spark convention, as the spec's examples name them). */
const ITEM_NAMES: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** XML 1.0 allows no control characters but tab, line feed and carriage return: leave the others out. */
function xmlText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) out += ch;
  }
  return escapeXml(out);
}

function element(name: string, value: unknown, indent: string): string {
  if (value === null || value === undefined) return `${indent}<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_NAMES[name] ?? 'item';
    if (value.length === 0) return `${indent}<${name}/>`;
    return `${indent}<${name}>\n${value.map((v) => element(item, v, `${indent}  `)).join('\n')}\n${indent}</${name}>`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value as Record<string, unknown>).map(([k, v]) =>
      element(k, v, `${indent}  `),
    );
    return children.length
      ? `${indent}<${name}>\n${children.join('\n')}\n${indent}</${name}>`
      : `${indent}<${name}/>`;
  }
  return `${indent}<${name}>${xmlText(String(value))}</${name}>`;
}

/** An XML document with the UTF-8 declaration the spec requires, root element `root`. */
export function toXml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value, '')}\n`;
}

export interface Open311Error {
  code: number;
  description: string;
  /** 429 only: sent as the Retry-After header, not in the body. */
  retryAfterSeconds?: number;
}

/** The body of an error answer: the standard array of { code, description }. */
export function errorBody(format: Open311Format, errors: Open311Error[]): string {
  const body = errors.map(({ code, description }) => ({ code, description }));
  return format === 'xml' ? toXml('errors', body) : JSON.stringify(body);
}

/** A w3 datetime with the Vietnamese offset, e.g. `2025-03-12T09:15:00+07:00`. */
export function w3(at: Date | null): string | null {
  if (!at) return null;
  return formatLocal(at.getTime());
}

/** At most this many distinct parameters in a form body (a defence against junk). */
const MAX_FORM_KEYS = 100;

/**
 * A form-encoded body as an object: plain keys as strings (the last one wins), `attribute[code]` and
 * `attribute[code][]` collected under `attribute` (a list when repeated or written with `[]`).
 */
export function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const attribute: Record<string, string | string[]> = {};
  let keys = 0;
  for (const [rawKey, value] of new URLSearchParams(body)) {
    if (++keys > MAX_FORM_KEYS) break;
    const m = /^attribute\[([^\]]{1,100})\](\[\])?$/.exec(rawKey);
    if (m) {
      const code = m[1]!;
      const existing = attribute[code];
      if (m[2] || existing !== undefined) {
        attribute[code] = [
          ...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]),
          value,
        ];
      } else attribute[code] = value;
    } else out[rawKey] = value;
  }
  if (Object.keys(attribute).length) out.attribute = attribute;
  return out;
}

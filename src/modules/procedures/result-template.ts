/**
 * Mẫu kết quả — the result document a procedure version issues (issue 16 §3): the birth certificate with its
 * register number and book, the marriage certificate, a certified copy's attestation… Each field is filled from
 * the declaration (a JSON pointer into the form) or left for the officer to write, and may be marked editable
 * where the law lets the officer decide. A template that reads a field the form lacks cannot be stored.
 */
import { type FieldError, fieldError } from '../../platform/result.js';
import { msg } from './form-messages.js';

export interface ResultField {
  label: string;
  /** A JSON pointer into the declaration (`/child/fullName`), or null: written by the officer. */
  from: string | null;
  /** The officer may change the filled value before the leader signs. */
  editable: boolean;
}

export interface ResultTemplate {
  /** birth_certificate | marriage_certificate | death_certificate | certified_copy | extract | confirmation */
  kind: string;
  /** As printed, e.g. "GIẤY KHAI SINH". */
  title: string;
  /** The official template and its legal source. */
  legalSource: string;
  /** The symbol after the number ("15/2026/GKS" → "GKS"). */
  symbol: string;
  /** A civil-status register book: the number is printed with "Quyển số: 01/{year}" (Law 60/2014 art. 16(2)). */
  book: boolean;
  fields: ResultField[];
  /** The sentence under the fields, if the template has one. */
  statement?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a JSON pointer of a declaration. */
export function valueAt(data: unknown, pointer: string): unknown {
  let here = data;
  for (const part of pointer.split('/').filter(Boolean)) {
    if (!isRecord(here)) return undefined;
    here = here[part];
  }
  return here;
}

/** A declared value as the document prints it: dates dd/mm/yyyy, ticks "Có". */
export function printed(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
  return String(value);
}

/**
 * The template filled from a declaration (issue 16 §3): each field's value, with the officer's changes applied
 * where the field is editable or written by the officer; a change to a field the law fixes is ignored.
 */
export function fillTemplate(
  template: ResultTemplate,
  declaration: Record<string, unknown> | null,
  changes: Record<string, string> = {},
): Array<{ label: string; value: string; editable: boolean }> {
  return template.fields.map((f) => {
    const filled = f.from && declaration ? printed(valueAt(declaration, f.from)) : '';
    const mayChange = f.editable || f.from === null;
    const changed = changes[f.label];
    return {
      label: f.label,
      value: mayChange && changed !== undefined ? changed : filled,
      editable: mayChange,
    };
  });
}

/** A template's errors against the form it is stored with: every pointer must name a field of the form. */
export function templateErrors(template: ResultTemplate, fields: Set<string>, at: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!template.title.trim()) errors.push(fieldError(`${at}.title`, msg('procedures.form.templateTitle')));
  template.fields.forEach((f, i) => {
    if (f.from !== null && !fields.has(f.from))
      errors.push(
        fieldError(
          `${at}.fields.${i}.from`,
          msg('procedures.form.templateField', { label: f.label, field: f.from }),
        ),
      );
  });
  return errors;
}

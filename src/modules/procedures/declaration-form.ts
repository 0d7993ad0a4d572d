/**
 * Tờ khai điện tử — the declaration form of a procedure version (issue 16 §1): a JSON Schema (draft-07, what the
 * browser's react-jsonschema-form speaks) and its UI layout, stored on the version so that a change of form is a
 * new version like every other change. The server validates a declaration with Ajv against the very schema the
 * browser rendered, and refuses it whole with each field's error, naming the field by its title.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Message } from '../../platform/http/messages.js';
import {
  type DomainError,
  type FieldError,
  fieldError,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { msg } from './form-messages.js';
import { type ResultTemplate, templateErrors } from './result-template.js';

/** What a citizen's profile can fill in (issue 16 §2): name, date of birth, ID number, address. */
export const PREFILL_SOURCES = ['name', 'dateOfBirth', 'idNumber', 'address'] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export interface DeclarationForm {
  /** The official template the form follows, with its legal source (e.g. "Thông tư 04/2024/TT-BTP, Mẫu …"). */
  legalSource: string;
  /** JSON Schema draft-07 of the declared data: an object of sections, each an object of fields. */
  schema: Record<string, unknown>;
  /** react-jsonschema-form's layout (order, widgets, help texts). */
  uiSchema: Record<string, unknown>;
  /** Which field (JSON pointer, e.g. `/requester/fullName`) the citizen's profile fills in, and from what. */
  prefill: Record<string, PrefillSource>;
  /** The result document issued from this declaration, when the procedure has a template (issue 16 §3). */
  resultTemplate?: ResultTemplate | null;
}

export type Declaration = Record<string, unknown>;

// ajv-formats ships CommonJS: its default export is the function under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function newAjv(): Ajv {
  // allErrors: a declaration is refused whole with every field's error at once (issue 16 §6).
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  return ajv;
}

const ajv = newAjv();
/** Compiled validators by the schema's text: a version's schema never changes, so one compile serves all. */
const compiled = new Map<string, ValidateFunction>();

function validatorOf(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  let fn = compiled.get(key);
  if (!fn) {
    fn = ajv.compile(schema);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, fn);
  }
  return fn;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema of the value at a JSON pointer, following `properties` and `items`. */
export function schemaAt(schema: Record<string, unknown>, pointer: string): Record<string, unknown> | null {
  let here: unknown = schema;
  for (const part of pointer.split('/').filter(Boolean)) {
    if (!isRecord(here)) return null;
    const props = here.properties;
    if (isRecord(props) && isRecord(props[part])) here = props[part];
    else if (/^\d+$/.test(part) && isRecord(here.items)) here = here.items;
    else return null;
  }
  return isRecord(here) ? here : null;
}

/** The field's name as the form shows it: its title, with its section's ("Người được khai sinh › Họ tên"). */
export function fieldTitle(schema: Record<string, unknown>, pointer: string): string {
  const parts = pointer.split('/').filter(Boolean);
  const titles: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const s = schemaAt(schema, `/${parts.slice(0, i).join('/')}`);
    const title =
      s && typeof s.title === 'string' ? s.title : /^\d+$/.test(parts[i - 1]!) ? null : parts[i - 1];
    if (title) titles.push(title);
  }
  return titles.join(' › ') || pointer;
}

function messageOf(error: ErrorObject, field: string): Message {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return msg('procedures.form.required', { field });
    case 'minLength':
      return msg('procedures.form.minLength', { field, limit: Number(p.limit) });
    case 'maxLength':
      return msg('procedures.form.maxLength', { field, limit: Number(p.limit) });
    case 'minimum':
    case 'exclusiveMinimum':
      return msg('procedures.form.minimum', { field, limit: Number(p.limit) });
    case 'maximum':
    case 'exclusiveMaximum':
      return msg('procedures.form.maximum', { field, limit: Number(p.limit) });
    case 'format':
      return p.format === 'date'
        ? msg('procedures.form.date', { field })
        : msg('procedures.form.format', { field });
    case 'const':
      return p.allowedValue === true
        ? msg('procedures.form.mustAccept', { field })
        : msg('procedures.form.choice', { field });
    case 'enum':
      return msg('procedures.form.choice', { field });
    case 'additionalProperties':
      return msg('procedures.form.unknownField', { field });
    case 'type':
      return msg('procedures.form.type', { field });
    default:
      return msg('procedures.form.invalid', { field });
  }
}

/** A declaration checked against its form: every field's error (empty when valid). */
export function declarationErrors(form: DeclarationForm, data: unknown): FieldError[] {
  const validate = validatorOf(form.schema);
  if (validate(data)) return [];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const e of validate.errors ?? []) {
    const p = e.params as Record<string, unknown>;
    const pointer =
      e.keyword === 'required'
        ? `${e.instancePath}/${String(p.missingProperty)}`
        : e.keyword === 'additionalProperties'
          ? `${e.instancePath}/${String(p.additionalProperty)}`
          : e.instancePath;
    if (seen.has(pointer)) continue; // one error per field: the first is the one to fix
    seen.add(pointer);
    const name = e.keyword === 'additionalProperties' ? pointer.slice(1) : fieldTitle(form.schema, pointer);
    errors.push(fieldError(`declaration${pointer.replaceAll('/', '.')}`, messageOf(e, name)));
  }
  return errors;
}

/** Every field pointer the form declares (leaves: strings, numbers, booleans, enums), e.g. `/child/fullName`. */
export function formFields(schema: Record<string, unknown>, at = ''): string[] {
  const props = schema.properties;
  if (!isRecord(props)) return at ? [at] : [];
  return Object.entries(props).flatMap(([key, sub]) =>
    isRecord(sub) ? formFields(sub, `${at}/${key}`) : [`${at}/${key}`],
  );
}

/**
 * Whether a form definition can be stored: a schema Ajv compiles (strict: no misspelt keywords), of an object,
 * a UI layout that is an object, a legal source, and pre-fills that name fields of the form.
 */
export function formDefinitionErrors(form: DeclarationForm, at = 'declarationForm'): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.legalSource.trim())
    errors.push(fieldError(`${at}.legalSource`, msg('procedures.form.needsLegalSource')));
  if (form.schema.type !== 'object' || !isRecord(form.schema.properties))
    errors.push(fieldError(`${at}.schema`, msg('procedures.form.schemaNotObject')));
  else {
    try {
      newAjv().compile(form.schema);
    } catch (error) {
      errors.push(
        fieldError(
          `${at}.schema`,
          msg('procedures.form.schemaInvalid', { reason: error instanceof Error ? error.message : '' }),
        ),
      );
    }
  }
  const fields = new Set(isRecord(form.schema.properties) ? formFields(form.schema) : []);
  for (const [pointer, source] of Object.entries(form.prefill)) {
    if (!fields.has(pointer) || !PREFILL_SOURCES.includes(source))
      errors.push(fieldError(`${at}.prefill`, msg('procedures.form.badPrefill', { field: pointer })));
  }
  if (form.resultTemplate)
    errors.push(...templateErrors(form.resultTemplate, fields, `${at}.resultTemplate`));
  return errors;
}

/** Strings NFC-normalised and trimmed, empty ones dropped (an untouched optional field is not "declared"). */
function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value.trim());
  if (Array.isArray(value)) return value.map(cleanValue);
  if (isRecord(value))
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, cleanValue(v)] as const)
        .filter(([, v]) => v !== '' && v !== undefined && v !== null),
    );
  return value;
}

/**
 * A declaration for a procedure version (issue 16 §1, §6): required when the version has a form, refused when it
 * has none, and refused whole with every field's error when it fails the schema. Returns it cleaned.
 */
export function checkDeclaration(
  form: DeclarationForm | null,
  data: Declaration | undefined,
): Result<Declaration | null, DomainError> {
  if (!form) {
    if (data === undefined) return ok(null);
    return invalidBecause(msg('procedures.form.none'), [
      fieldError('declaration', msg('procedures.form.none')),
    ]);
  }
  if (data === undefined)
    return invalidBecause(msg('procedures.form.missing'), [
      fieldError('declaration', msg('procedures.form.missing')),
    ]);
  const cleaned = cleanValue(data) as Declaration;
  const errors = declarationErrors(form, cleaned);
  return errors.length ? invalidBecause(msg('procedures.form.refused'), errors) : ok(cleaned);
}

/** Small builders of the JSON Schema of a declaration form, so each official form reads like its paper. */
import type { DeclarationForm, PrefillSource } from '../declaration-form.js';
import type { ResultTemplate } from '../result-template.js';

type Schema = Record<string, unknown>;

export const text = (title: string, max = 200, extra: Schema = {}): Schema => ({
  type: 'string',
  title,
  minLength: 1,
  maxLength: max,
  ...extra,
});
export const longText = (title: string, max = 2000): Schema => text(title, max);
export const date = (title: string): Schema => ({ type: 'string', title, format: 'date' });
export const year = (title: string): Schema => ({ type: 'integer', title, minimum: 1900, maximum: 2200 });
export const count = (title: string, max = 100): Schema => ({
  type: 'integer',
  title,
  minimum: 1,
  maximum: max,
});
export const choice = (title: string, options: string[]): Schema => ({
  type: 'string',
  title,
  enum: options,
});
export const idNumber = (title = 'Số định danh cá nhân'): Schema =>
  text(title, 12, { pattern: '^[0-9]{9,12}$', minLength: 9 });
export const check = (title: string): Schema => ({ type: 'boolean', title, const: true });

export const SEX = ['Nam', 'Nữ'];
export const RELATION = ['Cha', 'Mẹ', 'Ông', 'Bà', 'Người thân thích khác', 'Người đang nuôi dưỡng'];

/** A section of the form (an object of fields), with the fields that must be filled. */
export function section(title: string, properties: Record<string, Schema>, required: string[]): Schema {
  return { type: 'object', title, properties, required, additionalProperties: false };
}

/** The requester's block common to civil-status forms (người yêu cầu), filled from the citizen's profile. */
export const requester = (title = 'Người yêu cầu') =>
  section(
    title,
    {
      fullName: text('Họ, chữ đệm, tên'),
      dateOfBirth: date('Ngày, tháng, năm sinh'),
      idNumber: idNumber('Số định danh cá nhân/CCCD'),
      residence: text('Nơi cư trú', 500),
    },
    ['fullName', 'idNumber', 'residence'],
  );

export const REQUESTER_PREFILL: Record<string, PrefillSource> = {
  '/requester/fullName': 'name',
  '/requester/dateOfBirth': 'dateOfBirth',
  '/requester/idNumber': 'idNumber',
  '/requester/residence': 'address',
};

/** The commitment clause every civil-status declaration ends with. */
export const COMMITMENT = check(
  'Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình',
);

/** A whole form: sections in order, all required, the commitment last. */
export function form(
  legalSource: string,
  title: string,
  sections: Record<string, Schema>,
  extra: {
    prefill?: Record<string, PrefillSource>;
    ui?: Record<string, unknown>;
    result?: ResultTemplate;
  } = {},
): DeclarationForm {
  return {
    legalSource,
    schema: {
      type: 'object',
      title,
      properties: { ...sections, commitment: COMMITMENT },
      required: [...Object.keys(sections), 'commitment'],
      additionalProperties: false,
    },
    uiSchema: { 'ui:order': [...Object.keys(sections), 'commitment'], ...extra.ui },
    prefill: extra.prefill ?? REQUESTER_PREFILL,
    ...(extra.result ? { resultTemplate: extra.result } : {}),
  };
}

/** A template field filled from the declaration (fixed by law unless `editable`). */
export const from = (label: string, pointer: string, editable = false) => ({
  label,
  from: pointer,
  editable,
});
/** A template field the officer writes. */
export const officer = (label: string) => ({ label, from: null, editable: true });

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMessage } from '../../platform/http/messages.js';
import {
  checkDeclaration,
  type DeclarationForm,
  fieldTitle,
  formDefinitionErrors,
  formFields,
} from './declaration-form.js';
import { DECLARATION_FORMS } from './forms/catalogue.js';
import { BIRTH_REGISTRATION_FORM } from './forms/civil-status.js';
import { SAMPLE_BIRTH_DECLARATION } from './forms/samples.js';

const clone = <T>(v: T): T => structuredClone(v);

describe('declaration e-forms validated on the server with the browser’s schema (issue 16 §1, §6)', () => {
  it('accepts the filled birth-registration declaration and cleans its text (NFC, trimmed)', () => {
    const data = clone(SAMPLE_BIRTH_DECLARATION) as { child: { fullName: string } };
    data.child.fullName = '  Nguye\u0302\u0303n Minh Khôi ';
    const checked = checkDeclaration(BIRTH_REGISTRATION_FORM, data);
    assert.ok(checked.ok, JSON.stringify(checked));
    assert.equal((checked.value as typeof data).child.fullName, 'Nguyễn Minh Khôi');
  });

  it('refuses a declaration whole, with one error per wrong field naming it by its title, in vi and en', () => {
    const data = clone(SAMPLE_BIRTH_DECLARATION) as Record<string, Record<string, unknown>>;
    delete data.child!.fullName;
    data.child!.dateOfBirth = '2026-02-31';
    data.child!.sex = 'Khác';
    data.requester!.idNumber = '12';
    data.commitment = false as never;
    const checked = checkDeclaration(BIRTH_REGISTRATION_FORM, data);
    assert.ok(!checked.ok);
    assert.equal(checked.error.kind, 'invalid');
    const errors = checked.error.kind === 'invalid' ? (checked.error.errors ?? []) : [];
    const byField = new Map(errors.map((e) => [e.field, e]));
    assert.deepEqual([...byField.keys()].sort(), [
      'declaration.child.dateOfBirth',
      'declaration.child.fullName',
      'declaration.child.sex',
      'declaration.commitment',
      'declaration.requester.idNumber',
    ]);
    const name = byField.get('declaration.child.fullName')!.localized!;
    assert.equal(renderMessage(name, 'vi'), '“Người được khai sinh › Họ, chữ đệm, tên” là bắt buộc.');
    assert.equal(renderMessage(name, 'en'), '“Người được khai sinh › Họ, chữ đệm, tên” is required.');
    assert.match(
      renderMessage(byField.get('declaration.child.dateOfBirth')!.localized!, 'vi'),
      /ngày hợp lệ/,
    );
    assert.match(renderMessage(byField.get('declaration.commitment')!.localized!, 'en'), /^Tick/);
  });

  it('refuses fields the form does not have, and a missing declaration where the version has a form', () => {
    const extra = { ...clone(SAMPLE_BIRTH_DECLARATION), note: 'x' };
    const checked = checkDeclaration(BIRTH_REGISTRATION_FORM, extra);
    assert.ok(!checked.ok && checked.error.kind === 'invalid');
    assert.equal(checked.error.errors?.[0]?.field, 'declaration.note');
    assert.equal(checkDeclaration(BIRTH_REGISTRATION_FORM, undefined).ok, false);
    assert.equal(checkDeclaration(null, { a: 1 }).ok, false, 'no form, no declaration');
    assert.deepEqual(checkDeclaration(null, undefined), { ok: true, value: null });
  });

  it('lists the form’s fields and names nested ones by their section', () => {
    const fields = formFields(BIRTH_REGISTRATION_FORM.schema);
    assert.ok(fields.includes('/child/placeOfBirth') && fields.includes('/commitment'));
    assert.equal(fieldTitle(BIRTH_REGISTRATION_FORM.schema, '/mother/birthYear'), 'Mẹ › Năm sinh');
  });

  it('refuses a definition Ajv cannot compile, without a legal source, or pre-filling a field it lacks', () => {
    assert.deepEqual(formDefinitionErrors(BIRTH_REGISTRATION_FORM), []);
    const bad: DeclarationForm = {
      legalSource: ' ',
      schema: { type: 'object', properties: { a: { type: 'strin' } } },
      uiSchema: {},
      prefill: { '/b': 'name' },
    };
    const fields = formDefinitionErrors(bad).map((e) => e.field);
    assert.deepEqual(fields, [
      'declarationForm.legalSource',
      'declarationForm.schema',
      'declarationForm.prefill',
    ]);
    const misspelt = {
      ...bad,
      legalSource: 'x',
      schema: { type: 'object', properties: { a: { tyep: 'string' } } },
    };
    assert.ok(
      formDefinitionErrors(misspelt).some((e) => e.field === 'declarationForm.schema'),
      'strict mode',
    );
  });

  it('ships at least 20 commune procedures’ forms, each valid, citing its template’s legal source (issue 16 §2)', () => {
    const codes = Object.keys(DECLARATION_FORMS);
    assert.ok(codes.length >= 20, `${codes.length} forms`);
    for (const [code, form] of Object.entries(DECLARATION_FORMS)) {
      assert.deepEqual(formDefinitionErrors(form), [], code);
      assert.match(form.legalSource, /(Thông tư|Nghị định|Luật) \d/, code);
    }
  });
});

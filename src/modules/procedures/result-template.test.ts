import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formDefinitionErrors, formFields } from './declaration-form.js';
import { BIRTH_REGISTRATION_FORM } from './forms/civil-status.js';
import { SAMPLE_BIRTH_DECLARATION } from './forms/samples.js';
import { fillTemplate, type ResultTemplate, templateErrors } from './result-template.js';

const template = BIRTH_REGISTRATION_FORM.resultTemplate as ResultTemplate;

describe('result templates filled from the declaration (issue 16 §3, §6)', () => {
  it('fills the birth certificate from the declaration: dates as dd/mm/yyyy, the officer’s field empty', () => {
    const filled = new Map(fillTemplate(template, SAMPLE_BIRTH_DECLARATION).map((f) => [f.label, f]));
    assert.equal(filled.get('Họ, chữ đệm, tên')?.value, 'Nguyễn Minh Khôi');
    assert.equal(filled.get('Ngày, tháng, năm sinh')?.value, '20/11/2026');
    assert.equal(filled.get('Năm sinh người mẹ')?.value, '1995');
    assert.equal(filled.get('Số định danh cá nhân')?.value, '', 'written by the officer');
    assert.equal(filled.get('Họ, chữ đệm, tên người cha')?.value, '', 'no father declared');
  });

  it('applies the officer’s changes only where the template lets the officer decide', () => {
    const filled = new Map(
      fillTemplate(template, SAMPLE_BIRTH_DECLARATION, {
        'Nơi sinh': 'Trạm Y tế xã Hòa An',
        'Họ, chữ đệm, tên': 'Tên khác',
        'Số định danh cá nhân': '004226000123',
      }).map((f) => [f.label, f.value]),
    );
    assert.equal(filled.get('Nơi sinh'), 'Trạm Y tế xã Hòa An', 'editable');
    assert.equal(filled.get('Họ, chữ đệm, tên'), 'Nguyễn Minh Khôi', 'fixed by the declaration');
    assert.equal(filled.get('Số định danh cá nhân'), '004226000123');
  });

  it('cannot be stored when it reads a field the form lacks', () => {
    const fields = new Set(formFields(BIRTH_REGISTRATION_FORM.schema));
    assert.deepEqual(templateErrors(template, fields, 'resultTemplate'), []);
    const broken = {
      ...template,
      fields: [...template.fields, { label: 'Nhóm máu', from: '/child/bloodType', editable: false }],
    };
    const errors = formDefinitionErrors({ ...BIRTH_REGISTRATION_FORM, resultTemplate: broken });
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.field, `declarationForm.resultTemplate.fields.${template.fields.length}.from`);
    assert.match(
      errors[0]!.message,
      /reads “Nhóm máu” from \/child\/bloodType, which the form does not have/,
    );
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { samplePdf } from '../../platform/files/test-fixtures.js';
import { findAgencyOfUnit } from '../units/index.js';
import { SAMPLE_BIRTH_DECLARATION } from './forms/samples.js';

/**
 * Issue 16 §1, §2, §6 over HTTP: the birth registration's e-form travels with its version, an online application
 * is checked against it and refused whole with each field named in the reader's language, officials read the
 * declaration back with its form, and a province's administrator changes the form as a new version.
 */
describe('declaration e-forms over the API (issue 16 §1, §2, §6)', () => {
  let t: TestApp;
  let citizen: Session;
  let officer: Session;
  let admin: Session;
  let centreId: string;
  let fileId: string;

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    session?: Session,
    payload?: object,
    lang = 'vi',
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(session?.headers ?? {}), 'accept-language': lang },
      ...(payload ? { payload } : {}),
    });

  const application = (declaration: unknown) => ({
    procedureCode: '1.001193',
    receivingAgencyId: centreId,
    applicant: { name: 'Nguyễn Thị Hoa', email: 'hoa@example.vn' },
    declaration,
    resultMethod: 'online',
    documents: [
      { name: 'Tờ khai đăng ký khai sinh theo mẫu', fileId },
      { name: 'Giấy chứng sinh', fileId },
    ],
  });

  before(async () => {
    t = await startTestApp();
    [citizen, officer, admin] = (await Promise.all(
      ['congdan', 'chuyenvien', 'quantri.tinh'].map((u) => t.signIn(u)),
    )) as [Session, Session, Session];
    centreId = (await findAgencyOfUnit(t.db.db, '01273', 'pas_centre'))!.id;
    const boundary = 'xxBOUNDARYxx';
    const uploaded = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers/uploads',
      headers: { ...citizen.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        samplePdf(),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    fileId = uploaded.json().fileId;
  });
  after(() => t.close());

  it('sends the version’s form with its legal source and pre-fills in the public catalogue', async () => {
    const entry = (await call('GET', '/procedures/catalogue/1.001193?province=04')).json();
    const form = entry.procedure.declarationForm;
    assert.match(form.legalSource, /Thông tư 04\/2020\/TT-BTP/);
    assert.equal(form.prefill['/requester/fullName'], 'name');
    assert.equal(form.schema.properties.child.title, 'Người được khai sinh');
  });

  it('refuses an application whose declaration fails the schema, whole, naming each field in vi and en', async () => {
    const bad = structuredClone(SAMPLE_BIRTH_DECLARATION) as Record<string, Record<string, unknown>>;
    delete bad.child!.placeOfBirth;
    bad.mother!.birthYear = 1800;
    const count = async () => (await call('GET', '/dossiers/mine', citizen)).json().total as number;
    const before = await count();
    const vi = await call('POST', '/dossiers', citizen, application(bad));
    assert.equal(vi.statusCode, 400, vi.body);
    const problem = vi.json();
    assert.equal(problem.detail, 'Tờ khai chưa hợp lệ: hãy sửa các trường được nêu rồi nộp lại.');
    assert.deepEqual(
      problem.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
      [
        ['declaration.child.placeOfBirth', '“Người được khai sinh › Nơi sinh” là bắt buộc.'],
        ['declaration.mother.birthYear', '“Mẹ › Năm sinh” không được nhỏ hơn 1900.'],
      ],
    );
    const en = (await call('POST', '/dossiers', citizen, application(bad), 'en')).json();
    assert.equal(en.errors[0].message, '“Người được khai sinh › Nơi sinh” is required.');
    const none = await call('POST', '/dossiers', citizen, { ...application(undefined) });
    assert.equal(none.statusCode, 400, 'online, the declaration is the application');
    assert.equal(await count(), before, 'nothing half-written');
  });

  it('takes a valid declaration and shows it back to the official with its form', async () => {
    const made = await call('POST', '/dossiers', citizen, application(SAMPLE_BIRTH_DECLARATION));
    assert.equal(made.statusCode, 201, made.body);
    const view = (await call('GET', `/dossiers/${made.json().id}`, officer)).json();
    assert.equal(view.declaration.data.child.fullName, 'Nguyễn Minh Khôi');
    assert.equal(view.declaration.form.schema.title, 'Tờ khai đăng ký khai sinh');
  });

  it('lets the province’s administrator change the form as a new version, and refuses a broken one', async () => {
    const entry = (await call('GET', '/procedures/catalogue/1.001193?province=04')).json();
    const form = entry.procedure.declarationForm;
    const url = '/procedures/admin/04/publications/1.001193/declaration-form';
    const broken = await call('PUT', url, admin, {
      baseVersionNo: entry.procedure.versionNo,
      declarationForm: { ...form, schema: { type: 'object', properties: { a: { type: 'strin' } } } },
      legalBasis: { number: '12/QĐ-UBND' },
    });
    assert.equal(broken.statusCode, 400, broken.body);
    assert.equal(broken.json().errors[0].field, 'declarationForm.schema');
    const changed = structuredClone(form);
    changed.schema.properties.child.properties.nickname = {
      type: 'string',
      title: 'Tên gọi khác',
      maxLength: 100,
    };
    const saved = await call('PUT', url, admin, {
      baseVersionNo: entry.procedure.versionNo,
      declarationForm: changed,
      legalBasis: { number: '12/QĐ-UBND', date: '2026-12-01' },
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().versionNo, entry.procedure.versionNo + 1, 'a form change is a new version');
    const stale = await call('PUT', url, admin, {
      baseVersionNo: entry.procedure.versionNo,
      declarationForm: null,
      legalBasis: { number: '13/QĐ-UBND' },
    });
    assert.equal(stale.statusCode, 409);
    const denied = await call('PUT', url, officer, {
      baseVersionNo: entry.procedure.versionNo + 1,
      declarationForm: null,
      legalBasis: { number: '13/QĐ-UBND' },
    });
    assert.equal(denied.statusCode, 403);
  });
});

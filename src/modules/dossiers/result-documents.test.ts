import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { hasPoppler, runPoppler } from '../../platform/testing/poppler.js';
import { findAgencyOfUnit } from '../units/index.js';
import { nextResultNumber } from './result-register.js';
import { resultDocuments, resultRegisters } from './schema.js';
import { receivedBirthRegistration } from './test-support.js';

/**
 * Issue 16 §3, §4, §6: result documents numbered in the agency's register (Decree 30/2020 art. 15: per agency
 * and year, no gaps, no duplicates), the birth certificate drafted from the declaration, previewed by the leader,
 * signed once, and verifiable by anyone by its number and code or by the file — a changed byte says so.
 */
describe('result documents: the register, the birth certificate, verification (issue 16 §3, §4, §6)', () => {
  let t: TestApp;
  let citizen: Session;
  let clerk: Session;
  let officer: Session;
  let leader: Session;
  let centreId: string;

  const call = (method: 'GET' | 'POST', url: string, session?: Session, payload?: object, lang = 'vi') =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(session?.headers ?? {}), 'accept-language': lang },
      ...(payload ? { payload } : {}),
    });

  before(async () => {
    t = await startTestApp();
    [citizen, clerk, officer, leader] = (await Promise.all(
      ['congdan', 'motcua', 'chuyenvien', 'lanhdao.xa'].map((u) => t.signIn(u)),
    )) as [Session, Session, Session, Session];
    centreId = (await findAgencyOfUnit(t.db.db, '01273', 'pas_centre'))!.id;
  });
  after(() => t.close());

  it('numbers 40 issues at once 1…n per agency and year, none twice, and a rolled-back issue leaves no gap', async () => {
    const agencyId = '01900000-0000-7000-8000-000000000001';
    const register = { agencyId, provinceCode: '04', year: 2031 };
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        t.db.db.transaction(async (tx) => {
          const n = await nextResultNumber(tx, register);
          if (i % 8 === 3) throw new Error('the signature failed: the issue rolls back with its number');
          return n;
        }),
      ),
    );
    const numbers = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    assert.equal(numbers.length, 35);
    assert.deepEqual(
      [...numbers].sort((a, b) => a - b),
      Array.from({ length: 35 }, (_, i) => i + 1),
      'unique and gapless',
    );
    const [row] = await t.db.db
      .select()
      .from(resultRegisters)
      .where(and(eq(resultRegisters.agencyId, agencyId), eq(resultRegisters.year, 2031)));
    assert.equal(row?.lastNumber, 35);
    const next = await t.db.db.transaction((tx) => nextResultNumber(tx, { ...register, year: 2032 }));
    assert.equal(next, 1, 'a new year starts again from 1');
  });

  it('drafts the birth certificate from the declaration, lets the leader preview it, signs it once with its number, and verifies it', async () => {
    let view = await receivedBirthRegistration(t, { citizen, clerk, officer }, centreId);
    const forwarded = await call('POST', `/dossiers/${view.id}/actions`, officer, {
      version: view.version,
      action: { type: 'forward' },
    });
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    assert.equal(forwarded.json().version, view.version + 1, 'the answer is the new state and version');
    view = (await call('GET', `/dossiers/${view.id}`, leader)).json();

    const preview = await call('GET', `/dossiers/${view.id}/result-preview`, leader);
    assert.equal(preview.statusCode, 200, preview.body);
    assert.equal(preview.headers['content-type'], 'application/pdf');
    assert.equal((await call('GET', `/dossiers/${view.id}/result-preview`, citizen)).statusCode, 403);
    if (hasPoppler()) {
      const text = runPoppler('pdftotext', [], preview.rawPayload).output;
      assert.match(text, /GIẤY KHAI SINH/);
      assert.match(text, /Nguyễn Minh Khôi/, 'filled from the declaration');
      assert.match(text, /20\/11\/2026/, 'the date of birth as dd/mm/yyyy');
      assert.match(text, /BẢN XEM TRƯỚC/);
    }

    const approved = await call('POST', `/dossiers/${view.id}/actions`, leader, {
      version: view.version,
      action: { type: 'approve' },
    });
    assert.equal(approved.statusCode, 200, approved.body);
    const afterApproval = (await call('GET', `/dossiers/${view.id}`, leader)).json();
    assert.equal(approved.json().version, afterApproval.version, 'the answer is the version with the result');
    const result = afterApproval.documents.find((d: { kind: string }) => d.kind === 'result');
    assert.equal(result.name, 'GIẤY KHAI SINH');
    const [issued] = await t.db.db
      .select()
      .from(resultDocuments)
      .where(eq(resultDocuments.dossierId, view.id));
    assert.ok(issued, 'registered');
    assert.equal(issued.kind, 'birth_certificate');
    assert.match(issued.numberText, new RegExp(`^${issued.number}, quyển số 01/\\d{4}$`));
    assert.equal(issued.signerTitle, 'Chủ tịch');
    const pdf = (await call('GET', `/dossiers/${view.id}/documents/${result.position}`, citizen)).rawPayload;
    if (hasPoppler()) {
      assert.match(runPoppler('pdfsig', [], pdf).output, /Signature is Valid/);
      const text = runPoppler('pdftotext', [], pdf).output;
      assert.match(text.replace(/\u2011/g, '-'), new RegExp(issued.verificationCode), 'the code, unbroken');
      assert.match(text, /ĐÃ KÝ SỐ/, 'the visible signature stamp');
      assert.equal(text.includes('BẢN XEM TRƯỚC'), false);
    }

    // Anyone: by number and code (as the QR opens it), then by the file; a changed byte is not intact.
    const byCode = await call('POST', '/results/verify', undefined, {
      number: String(issued.number),
      code: issued.verificationCode.toLowerCase().replace('-', ''),
    });
    assert.equal(byCode.statusCode, 200, byCode.body);
    const verdict = byCode.json();
    assert.equal(verdict.intact, true);
    assert.equal(verdict.registered.title, 'GIẤY KHAI SINH');
    assert.equal(verdict.registered.dossierCode, view.code);
    assert.equal(
      JSON.stringify(verdict).includes('Nguyễn Minh Khôi'),
      false,
      'no personal data in the answer',
    );
    const byFile = (
      await call('POST', '/results/verify', undefined, { pdf: Buffer.from(pdf).toString('base64') })
    ).json();
    assert.equal(byFile.intact, true);
    assert.equal(byFile.registered.numberText, issued.numberText);
    const tampered = Buffer.from(pdf);
    tampered[300] = tampered[300]! ^ 1;
    const changed = (
      await call('POST', '/results/verify', undefined, { pdf: tampered.toString('base64') })
    ).json();
    assert.equal(changed.intact, false);
    assert.equal(changed.registered, null);
    const wrong = await call(
      'POST',
      '/results/verify',
      undefined,
      { number: '999', code: issued.verificationCode },
      'en',
    );
    assert.equal(wrong.statusCode, 404);
    assert.match(wrong.json().detail, /No document has this number/);

    // Signed once: a second issue finds the result there and does nothing.
    const again = await call('POST', `/dossiers/${view.id}/actions`, leader, {
      version: approved.json().version,
      action: { type: 'approve' },
    });
    assert.notEqual(again.statusCode, 200);
    const all = await t.db.db.select().from(resultDocuments).where(eq(resultDocuments.dossierId, view.id));
    assert.equal(all.length, 1);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { hasPoppler, runPoppler } from '../../platform/testing/poppler.js';
import { findAgencyOfUnit } from '../units/index.js';
import { resultDocuments } from './schema.js';
import { receivedBirthRegistration } from './test-support.js';

/**
 * Issue 16 §3: a dossier refused after appraisal gets its written refusal (Phiếu từ chối giải quyết hồ sơ,
 * Decree 61/2018 art. 19 as amended by Decree 107/2021) as its result — the agency, the dossier, the applicant,
 * the procedure, the reasons and the legal basis the official wrote — numbered in the agency's register like
 * every result (Decree 30/2020 art. 15), signed by the leader who refused after previewing the exact PDF,
 * downloadable by the applicant and verifiable by anyone.
 */
describe('the written refusal: previewed, numbered, signed by the leader, verifiable (issue 16 §3)', () => {
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

  /** A birth registration received at the commune and waiting at the officer's appraisal step. */
  const appraised = () => receivedBirthRegistration(t, { citizen, clerk, officer }, centreId);

  const REASONS = [
    'Giấy chứng sinh không do cơ sở y tế cấp',
    'Người đi đăng ký không phải cha, mẹ hoặc người thân thích của trẻ',
  ];
  const BASIS = 'Điều 16 Luật Hộ tịch 60/2014/QH13';

  it('leaves the refusal to the leader at the decision step: the officer appraising may not refuse or preview it', async () => {
    const d = await appraised();
    const officerView = (await call('GET', `/dossiers/${d.id}`, officer)).json();
    assert.equal(officerView.actions.includes('refuse'), false, 'no refuse button at the appraisal step');
    const tried = await call('POST', `/dossiers/${d.id}/actions`, officer, {
      version: d.version,
      action: { type: 'refuse', reasons: REASONS },
    });
    assert.equal(tried.statusCode, 403, tried.body);
    const preview = await call(
      'POST',
      `/dossiers/${d.id}/refusal-preview`,
      officer,
      { reasons: REASONS },
      'en',
    );
    assert.equal(preview.statusCode, 403);
    assert.match(preview.headers['content-type'] as string, /application\/problem\+json/);
    assert.match(preview.json().detail, /Only the official who decides the dossier/);
  });

  it('previews the exact refusal with the reasons being written, then signs it numbered in the register; the applicant downloads it and anyone verifies it', async () => {
    const d = await appraised();
    const forwarded = await call('POST', `/dossiers/${d.id}/actions`, officer, {
      version: d.version,
      action: { type: 'forward', note: 'Đề nghị từ chối: giấy chứng sinh không hợp lệ' },
    });
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    const view = (await call('GET', `/dossiers/${d.id}`, leader)).json();
    assert.ok(view.actions.includes('refuse'), 'the leader decides at the decision step');

    // The preview: the reasons as typed, no number, no signature; nobody else may see it.
    const preview = await call('POST', `/dossiers/${d.id}/refusal-preview`, leader, {
      reasons: REASONS,
      legalBasis: BASIS,
    });
    assert.equal(preview.statusCode, 200, preview.body);
    assert.equal(preview.headers['content-type'], 'application/pdf');
    assert.equal(
      (await call('POST', `/dossiers/${d.id}/refusal-preview`, citizen, { reasons: REASONS })).statusCode,
      403,
    );
    const empty = await call('POST', `/dossiers/${d.id}/refusal-preview`, leader, { reasons: [] });
    assert.equal(empty.statusCode, 400);
    if (hasPoppler()) {
      const text = runPoppler('pdftotext', [], preview.rawPayload).output;
      assert.match(text, /PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ/);
      assert.match(text, /1\. Giấy chứng sinh không do cơ sở y tế cấp/);
      assert.match(text, /Điều 16 Luật Hộ tịch/);
      assert.match(text, /Nghị định 61\/2018\/NĐ-CP/);
      assert.match(text, new RegExp(d.code));
      assert.match(text, /Nguyễn Thị Hoa/);
      assert.match(text, /BẢN XEM TRƯỚC/);
    }

    // A refusal without reasons is refused whole: nothing changes, no number is taken.
    const bare = await call('POST', `/dossiers/${d.id}/actions`, leader, {
      version: view.version,
      action: { type: 'refuse', reasons: [] },
    });
    assert.equal(bare.statusCode, 400, bare.body);
    assert.equal((await call('GET', `/dossiers/${d.id}`, leader)).json().version, view.version);

    const refused = await call('POST', `/dossiers/${d.id}/actions`, leader, {
      version: view.version,
      action: { type: 'refuse', reasons: REASONS, legalBasis: BASIS },
    });
    assert.equal(refused.statusCode, 200, refused.body);
    const after = (await call('GET', `/dossiers/${d.id}`, citizen)).json();
    assert.equal(after.status, 'refused');
    assert.equal(refused.json().version, after.version, 'the answer is the version with the refusal issued');
    const document = after.documents.find((x: { kind: string }) => x.kind === 'result');
    assert.equal(document?.name, 'PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ');

    const [issued] = await t.db.db.select().from(resultDocuments).where(eq(resultDocuments.dossierId, d.id));
    assert.ok(issued, 'registered in the agency register');
    assert.equal(issued.kind, 'refusal');
    assert.match(issued.numberText, new RegExp(`^${String(issued.number).padStart(2, '0')}/\\d{4}/TCGQ$`));
    assert.equal(issued.signerTitle, 'Chủ tịch');
    const audited = await t.db.db.execute<{ action: string }>(
      sql`select action from audit.entries where entity_id = ${d.id} order by seq`,
    );
    assert.deepEqual(
      audited.rows.map((r) => r.action).slice(-2),
      ['dossier.refused', 'dossier.result_issued'],
      'the refusal and its document are audited',
    );

    const pdf = (await call('GET', `/dossiers/${d.id}/documents/${document.position}`, citizen)).rawPayload;
    if (hasPoppler()) {
      assert.match(runPoppler('pdfsig', [], pdf).output, /Signature is Valid/);
      const text = runPoppler('pdftotext', [], pdf).output;
      assert.match(text, /2\. Người đi đăng ký không phải cha, mẹ/);
      assert.match(text.replace(/\u2011/g, '-'), new RegExp(issued.verificationCode), 'the code, unbroken');
      assert.match(text, /ĐÃ KÝ SỐ/);
      assert.equal(text.includes('BẢN XEM TRƯỚC'), false);
    }
    const verdict = (
      await call('POST', '/results/verify', undefined, {
        number: String(issued.number),
        code: issued.verificationCode,
      })
    ).json();
    assert.equal(verdict.intact, true);
    assert.equal(verdict.registered.title, 'PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ');
    assert.equal(verdict.registered.dossierCode, d.code);
    assert.equal(JSON.stringify(verdict).includes('Nguyễn Thị Hoa'), false, 'no personal data');

    // The refusal ends the dossier and is issued once: no second refusal, no second document.
    const again = await call('POST', `/dossiers/${d.id}/actions`, leader, {
      version: after.version,
      action: { type: 'refuse', reasons: REASONS },
    });
    assert.notEqual(again.statusCode, 200);
    const all = await t.db.db.select().from(resultDocuments).where(eq(resultDocuments.dossierId, d.id));
    assert.equal(all.length, 1);

    // The register is the agency's one series: the next result of the commune takes the next number.
    const next = await appraised();
    await call('POST', `/dossiers/${next.id}/actions`, officer, {
      version: next.version,
      action: { type: 'forward' },
    });
    const atDecision = (await call('GET', `/dossiers/${next.id}`, leader)).json();
    const approved = await call('POST', `/dossiers/${next.id}/actions`, leader, {
      version: atDecision.version,
      action: { type: 'approve' },
    });
    assert.equal(approved.statusCode, 200, approved.body);
    const [certificate] = await t.db.db
      .select()
      .from(resultDocuments)
      .where(eq(resultDocuments.dossierId, next.id));
    assert.equal(certificate?.agencyId, issued.agencyId);
    assert.equal(certificate?.number, issued.number + 1, 'no gap, no duplicate across kinds');
  });
});

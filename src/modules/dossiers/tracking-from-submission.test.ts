import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { samplePdf } from '../../platform/files/test-fixtures.js';
import { SAMPLE_BIRTH_DECLARATION } from '../procedures/index.js';
import { findAgencyOfUnit } from '../units/index.js';

const COMMUNE = '01273';

/** The QR codes zbarimg reads on the PDF's first page (pdftoppm renders it), or undefined without the tools. */
function qrTexts(pdf: Buffer): string[] | undefined {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-qr-'));
  try {
    writeFileSync(path.join(dir, 'form.pdf'), pdf);
    const render = spawnSync('pdftoppm', ['-r', '200', '-png', '-f', '1', '-l', '1', 'form.pdf', 'page'], {
      cwd: dir,
    });
    if (render.error) return undefined;
    const scan = spawnSync('sh', ['-c', 'zbarimg --raw -q page*.png'], { cwd: dir, encoding: 'utf8' });
    if (scan.status === 127) return undefined;
    return scan.stdout.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('tracking from the first minute (issue 15 §3)', () => {
  let t: TestApp;
  let citizen: Session;
  let clerk: Session;
  let centreId: string;

  const call = (method: 'GET' | 'POST', url: string, session?: Session, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(session?.headers ?? {}) },
      ...(payload ? { payload } : {}),
    });

  async function upload(): Promise<string> {
    const boundary = 'xxBOUNDARYxx';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="giay-chung-sinh.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      samplePdf(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers/uploads',
      headers: { ...citizen.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json().fileId;
  }

  before(async () => {
    t = await startTestApp();
    [citizen, clerk] = (await Promise.all(['congdan', 'motcua'].map((u) => t.signIn(u)))) as [
      Session,
      Session,
    ];
    centreId = (await findAgencyOfUnit(t.db.db, COMMUNE, 'pas_centre'))!.id;
  });
  after(() => t.close());

  it('gives a reference and a secret at submission that track at once, keeps the secret at reception, and prints both with a QR on Form 01', async () => {
    const fileId = await upload();
    const submitted = await call('POST', '/dossiers', citizen, {
      procedureCode: '1.001193',
      receivingAgencyId: centreId,
      applicant: { name: 'Nguyễn Văn An', phone: '0912345678', email: 'an@example.vn' },
      declaration: SAMPLE_BIRTH_DECLARATION,
      resultMethod: 'counter',
      documents: [
        { name: 'Tờ khai đăng ký khai sinh theo mẫu', fileId },
        { name: 'Giấy chứng sinh', fileId },
      ],
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const { id, version, submissionRef, trackingSecret } = submitted.json();
    assert.match(submissionRef, /^HS-\d{6}-[A-Z0-9]{6}$/, 'a reference that is not a dossier code');
    assert.match(trackingSecret, /^[A-Z0-9]{10}$/);

    // Public tracking works before reception, with the reference and the secret; not with a wrong secret.
    const early = await call('POST', '/dossiers/track', undefined, {
      code: submissionRef,
      secret: trackingSecret,
    });
    assert.equal(early.statusCode, 200, early.body);
    assert.equal(early.json().status, 'submitted');
    assert.equal(early.json().code, null);
    const wrong = await call('POST', '/dossiers/track', undefined, {
      code: submissionRef,
      secret: 'AAAAAAAAAA',
    });
    assert.equal(wrong.statusCode, 404);

    // The applicant's own page shows them; the e-mail and SMS notices carry them.
    const own = (await call('GET', `/dossiers/${id}`, citizen)).json();
    assert.equal(own.submissionRef, submissionRef);
    assert.equal(own.trackingSecret, trackingSecret);
    const sent = await t.db.pool.query(
      `select channel, body from notify.outbox where entity_id = $1 and topic = 'dossier.submitted' order by channel`,
      [id],
    );
    assert.deepEqual(
      sent.rows.map((r) => r.channel),
      ['email', 'sms'],
    );
    for (const r of sent.rows) {
      assert.ok(r.body.includes(submissionRef) && r.body.includes(trackingSecret), r.body);
    }

    // Reception: the code follows, the same secret keeps working with it, and the notice says so.
    const received = await call('POST', `/dossiers/${id}/reception`, clerk, {
      version,
      decision: { kind: 'complete' },
    });
    assert.equal(received.statusCode, 200, received.body);
    const code = received.json().code as string;
    assert.equal(
      received.json().trackingSecret,
      trackingSecret,
      'the secret the applicant holds stays valid',
    );
    const later = await call('POST', '/dossiers/track', undefined, { code, secret: trackingSecret });
    assert.equal(later.statusCode, 200, later.body);
    assert.equal(later.json().code, code);
    const notice = await t.db.pool.query(
      `select body from notify.outbox where entity_id = $1 and topic = 'dossier.received' and channel = 'sms'`,
      [id],
    );
    assert.ok(notice.rows[0]?.body.includes(code) && notice.rows[0].body.includes(trackingSecret));

    // The notifications list of "Hồ sơ của tôi" tells the submission and the reception, newest first.
    const notices = (await call('GET', '/dossiers/mine/notices', citizen)).json().items as Array<{
      dossierId: string;
      type: string;
    }>;
    const mine = notices.filter((n) => n.dossierId === id).map((n) => n.type);
    assert.deepEqual(mine.slice(0, 2), ['received', 'submitted']);

    // Form 01 prints the code and the secret, and its QR code opens public tracking with both.
    const form = await call('GET', `/dossiers/${id}/forms/01`, clerk);
    assert.equal(form.statusCode, 200, form.body);
    const texts = qrTexts(form.rawPayload);
    if (texts) {
      const link = texts.find((x) => x.includes('/track?'));
      assert.ok(link, `a tracking QR code on Form 01: ${texts.join(' | ')}`);
      const url = new URL(link);
      assert.equal(url.pathname, '/track');
      assert.equal(url.searchParams.get('code'), code);
      assert.equal(url.searchParams.get('secret'), trackingSecret);
    }
    const text = spawnSync('pdftotext', ['-', '-'], { input: form.rawPayload, encoding: 'utf8' });
    if (!text.error) {
      assert.ok(text.stdout.includes(code), 'the code is printed');
      assert.ok(text.stdout.includes(trackingSecret), 'the secret is printed');
    }
  });

  it('lists in "Hồ sơ của tôi" only the dossiers the citizen filed, and the demo gives them their own in several states', async () => {
    const mine = (await call('GET', '/dossiers/mine?pageSize=100', citizen)).json();
    assert.ok(mine.total > 3, `${mine.total} own dossiers`);
    const me = (await call('GET', '/auth/me', citizen)).json().user;
    const ids = mine.items.map((i: { id: string }) => i.id);
    const owners = await t.db.pool.query(
      'select distinct applicant_user_id::text owner from dossiers.dossiers where id = any($1::uuid[])',
      [ids],
    );
    assert.deepEqual(
      owners.rows.map((r) => r.owner),
      [me.id],
    );
    const demo = mine.items.filter((i: { applicantName: string }) => i.applicantName !== 'Nguyễn Văn An');
    assert.deepEqual(demo, [], 'every demo dossier of the citizen is in their own name');
    const states = new Set(mine.items.map((i: { status: string }) => i.status));
    assert.ok(states.size >= 3, `states: ${[...states].join(', ')}`);
    const other = (await call('GET', '/dossiers/mine', clerk)).json();
    assert.equal(other.total, 0, 'an official files nothing online');
  });
});

import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import {
  claimDue,
  deliverDue,
  emailTransport,
  enqueueNotification,
  fillTemplate,
  LEASE_MS,
  normalizeVietnamesePhone,
  smsTransport,
  type Transports,
  withoutDiacritics,
} from './index.js';

/** A local SMTP server (smtp-server) that keeps every message it accepts. */
async function startSmtp() {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A local HTTP SMS gateway whose answers the test scripts (status codes in order, then 200). */
async function startGateway() {
  const requests: Array<{ headers: Record<string, unknown>; body: string }> = [];
  const script: number[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      requests.push({ headers: req.headers, body });
      const status = script.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status === 200 ? JSON.stringify({ id: `gw-${requests.length}` }) : '{"error":"no"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    requests,
    script,
    url: `http://127.0.0.1:${port}/send`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Quoted-printable (RFC 2045 §6.7) back to UTF-8 text. */
const decodeQuotedPrintable = (mime: string) =>
  Buffer.from(
    mime
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

describe('notification outbox: sent once, after commit (ADR 0008)', () => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let transports: Transports;
  before(async () => {
    db = await createTestDatabase('empty');
    smtp = await startSmtp();
    gateway = await startGateway();
    transports = {
      email: emailTransport(smtp.url, 'Trung tâm PVHCC <no-reply@caobang.example>'),
      sms: smsTransport({
        url: gateway.url,
        authHeader: 'Authorization: Bearer test-token',
        bodyTemplate: '{"to":"{{msisdn}}","text":"{{textAscii}}","ref":"{{id}}"}',
        contentType: 'application/json',
      }),
    };
  });
  beforeEach(async () => {
    await db.db.execute(sql`delete from notify.outbox`);
    smtp.received.length = 0;
    gateway.requests.length = 0;
  });
  after(async () => {
    transports.email?.close?.();
    await smtp.close();
    await gateway.close();
    await db.drop();
  });

  it('sends nothing when the change that wrote the notice rolls back', async () => {
    await assert.rejects(
      db.db.transaction(async (tx) => {
        await enqueueNotification(tx, {
          channel: 'email',
          to: 'a@example.vn',
          subject: 'S',
          body: 'B',
          topic: 't',
        });
        throw new Error('the dossier change failed');
      }),
    );
    assert.deepEqual(await deliverDue(db.db, transports), { sent: 0, retrying: 0, failed: 0 });
    assert.equal(smtp.received.length, 0);
  });

  it('emails a committed notice once, with every diacritic intact, and records it as sent', async () => {
    const queued = await db.db.transaction((tx) =>
      enqueueNotification(tx, {
        channel: 'email',
        to: 'nguyen.huong@example.vn',
        subject: 'Yêu cầu bổ sung hồ sơ 000.00.12.H12-260105-0001',
        body: 'Kính gửi bà Nguyễn Thị Hường: hồ sơ cần bổ sung bản vẽ thiết kế.',
        topic: 'dossier.supplement_requested',
        provinceCode: '04',
      }),
    );
    assert.ok(queued.ok);
    assert.equal((await deliverDue(db.db, transports)).sent, 1);
    assert.equal((await deliverDue(db.db, transports)).sent, 0, 'a second run sends nothing more');
    assert.equal(smtp.received.length, 1);
    const message = smtp.received[0]!;
    assert.match(message, /Subject: =\?UTF-8\?/, 'a Vietnamese subject is MIME-encoded');
    assert.match(message, new RegExp(`Message-ID: <${queued.value.id}@caobang.example>`));
    assert.ok(decodeQuotedPrintable(message).includes('Kính gửi bà Nguyễn Thị Hường'), message);
    const { rows } = await db.db.execute<{ status: string; provider_id: string | null }>(
      sql`select status, provider_id from notify.outbox`,
    );
    assert.equal(rows[0]?.status, 'sent');
    assert.ok(rows[0]?.provider_id);
  });

  it('enqueues a notice once per dedupe key', async () => {
    const input = {
      channel: 'sms' as const,
      to: '0912 345 678',
      body: 'Hồ sơ đã có kết quả.',
      topic: 'dossier.result_ready',
      dedupeKey: 'dossier:1:result:sms',
    };
    const first = await enqueueNotification(db.db, input);
    const second = await enqueueNotification(db.db, input);
    assert.ok(first.ok && second.ok);
    assert.equal(second.value.duplicate, true);
    assert.equal(second.value.id, first.value.id);
    await deliverDue(db.db, transports);
    assert.equal(gateway.requests.length, 1);
  });

  it('posts an SMS through the configured gateway with its auth header and template', async () => {
    await enqueueNotification(db.db, {
      channel: 'sms',
      to: '+84 912 345 678',
      body: 'Hồ sơ "ĐK-01" đã có kết quả.',
      topic: 't',
    });
    await deliverDue(db.db, transports);
    const request = gateway.requests[0]!;
    assert.equal(request.headers.authorization, 'Bearer test-token');
    const body = JSON.parse(request.body);
    assert.equal(body.to, '84912345678');
    assert.equal(
      body.text,
      'Ho so "DK-01" da co ket qua.',
      'quotes escaped for JSON, diacritics removed on request',
    );
  });

  it('retries a temporary failure with backoff, and gives up at once on a permanent one', async () => {
    gateway.script.push(503, 400);
    await enqueueNotification(db.db, {
      channel: 'sms',
      to: '0912345678',
      body: 'Lần 1',
      topic: 't',
      dedupeKey: 'a',
    });
    const t0 = new Date();
    assert.deepEqual(await deliverDue(db.db, transports, { now: () => t0 }), {
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    assert.equal(
      (await deliverDue(db.db, transports, { now: () => t0 })).retrying,
      0,
      'not before the backoff',
    );
    const later = new Date(t0.getTime() + 61_000);
    assert.deepEqual(await deliverDue(db.db, transports, { now: () => later }), {
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    const { rows } = await db.db.execute<{ status: string; attempts: number; last_error: string }>(
      sql`select status, attempts, last_error from notify.outbox`,
    );
    assert.deepEqual([rows[0]?.status, rows[0]?.attempts], ['failed', 2]);
    assert.match(rows[0]?.last_error ?? '', /HTTP 400/);
  });

  it('sends a notice claimed by a run that crashed once the lease runs out, and never twice in parallel', async () => {
    for (let i = 0; i < 6; i++) {
      await enqueueNotification(db.db, {
        channel: 'email',
        to: `u${i}@example.vn`,
        subject: 'S',
        body: `B${i}`,
        topic: 't',
      });
    }
    const t0 = new Date();
    const crashed = await claimDue(db.db, ['email'], t0, 2); // claimed, then the process died
    assert.equal(crashed.length, 2);
    const [a, b] = await Promise.all([
      deliverDue(db.db, transports, { now: () => t0, batchSize: 1 }),
      deliverDue(db.db, transports, { now: () => t0, batchSize: 1 }),
    ]);
    assert.equal(a.sent + b.sent, 4, 'two parallel runs share the four unclaimed notices');
    assert.equal(smtp.received.length, 4);
    const afterLease = new Date(t0.getTime() + LEASE_MS + 1000);
    assert.equal((await deliverDue(db.db, transports, { now: () => afterLease })).sent, 2);
    assert.equal(new Set(smtp.received.map((m) => /B\d/.exec(m)?.[0])).size, 6, 'each notice exactly once');
  });

  it('keeps notices of a channel that is not configured in the outbox', async () => {
    await enqueueNotification(db.db, { channel: 'sms', to: '0912345678', body: 'Chờ', topic: 't' });
    assert.equal((await deliverDue(db.db, { email: transports.email })).sent, 0);
    const { rows } = await db.db.execute<{ status: string; attempts: number }>(
      sql`select status, attempts from notify.outbox`,
    );
    assert.deepEqual([rows[0]?.status, rows[0]?.attempts], ['pending', 0]);
  });

  it('refuses a recipient that can never be reached, when the notice is written', async () => {
    const email = await enqueueNotification(db.db, {
      channel: 'email',
      to: 'not-an-address',
      subject: 'S',
      body: 'B',
      topic: 't',
    });
    assert.equal(!email.ok && email.error.kind, 'invalid');
    const phone = await enqueueNotification(db.db, {
      channel: 'sms',
      to: '024 3825 1234',
      body: 'B',
      topic: 't',
    });
    assert.equal(!phone.ok && phone.error.kind, 'invalid', 'a landline cannot receive SMS');
  });
});

describe('notification helpers', () => {
  it('normalises Vietnamese mobile numbers to E.164 (10-digit numbers since 2018)', () => {
    assert.equal(normalizeVietnamesePhone('0912 345 678'), '+84912345678');
    assert.equal(normalizeVietnamesePhone('84-387-654-321'), '+84387654321');
    assert.equal(normalizeVietnamesePhone('01234567890'), undefined, 'old 11-digit numbers no longer exist');
  });

  it('removes diacritics including đ for GSM-7 gateways', () => {
    assert.equal(
      withoutDiacritics('Đơn đề nghị của ông Nguyễn Văn Bình'),
      'Don de nghi cua ong Nguyen Van Binh',
    );
  });

  it('escapes template values for the body’s content type', () => {
    assert.equal(fillTemplate('{"t":"{{text}}"}', { text: 'a"b\n' }, 'application/json'), '{"t":"a\\"b\\n"}');
    assert.equal(
      fillTemplate(
        'to={{to}}&m={{text}}',
        { to: '+84912', text: 'Hồ sơ' },
        'application/x-www-form-urlencoded',
      ),
      'to=%2B84912&m=H%E1%BB%93%20s%C6%A1',
    );
    assert.equal(fillTemplate('{{unknown}}', {}, 'text/plain'), '{{unknown}}');
  });
});

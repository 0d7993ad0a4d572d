import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { enqueueNotification } from '../platform/notify/index.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

describe('tinhso notify (CLI contract)', () => {
  let db: TestDatabase;
  const bodies: string[] = [];
  const gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      bodies.push(body);
      res.end('{"id":"42"}');
    });
  });
  let gatewayUrl = '';
  before(async () => {
    db = await createTestDatabase('empty');
    await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
    gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
    await enqueueNotification(db.db, {
      channel: 'sms',
      to: '0912345678',
      body: 'Hồ sơ đã có kết quả.',
      topic: 't',
    });
    await enqueueNotification(db.db, {
      channel: 'email',
      to: 'a@example.vn',
      subject: 'S',
      body: 'B',
      topic: 't',
    });
  });
  after(async () => {
    await new Promise<void>((r) => gateway.close(() => r()));
    await db.drop();
  });

  it('counts what waits, and leaves notices of unconfigured channels waiting', async () => {
    const status = await runCli(['notify', 'status', '--json'], { DATABASE_URL: db.url });
    assert.equal(status.code, 0, status.stderr);
    assert.deepEqual(JSON.parse(status.stdout), [
      { channel: 'email', status: 'pending', count: 1 },
      { channel: 'sms', status: 'pending', count: 1 },
    ]);
    const none = await runCli(['notify', 'deliver', '--json'], { DATABASE_URL: db.url });
    assert.deepEqual(JSON.parse(none.stdout), {
      sent: 0,
      retrying: 0,
      failed: 0,
      disabled: ['email', 'sms'],
    });
  });

  it('sends the due SMS through the gateway named in TINHSO_SMS_URL', async () => {
    const run = await runCli(['notify', 'deliver'], { DATABASE_URL: db.url, TINHSO_SMS_URL: gatewayUrl });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /sent 1, retrying 0, failed 0 \(not configured: email\)/);
    assert.deepEqual(JSON.parse(bodies[0]!), { to: '+84912345678', text: 'Hồ sơ đã có kết quả.' });
  });
});

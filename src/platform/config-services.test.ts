import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

describe('configuration of the platform services (uploads, email, SMS, signing keys)', () => {
  it('defaults to a 10 MiB upload limit and email and SMS off', () => {
    const config = loadConfig({});
    assert.equal(config.uploadMaxBytes, 10 * 1024 * 1024);
    assert.equal(config.smtpUrl, undefined);
    assert.equal(config.sms, undefined);
    assert.equal(config.keyEncryptionKey, undefined);
  });

  it('reads the SMS gateway with a JSON body template by default', () => {
    const config = loadConfig({
      TINHSO_SMS_URL: 'https://sms.example.vn/send',
      TINHSO_SMS_AUTH_HEADER: 'Authorization: Bearer x',
    });
    assert.deepEqual(config.sms, {
      url: 'https://sms.example.vn/send',
      authHeader: 'Authorization: Bearer x',
      bodyTemplate: '{"to":"{{to}}","text":"{{text}}"}',
      contentType: 'application/json',
    });
  });

  it('refuses settings that cannot work, naming the variable', () => {
    for (const [env, name] of [
      [{ TINHSO_SMTP_URL: 'http://mail.example.vn' }, 'TINHSO_SMTP_URL'],
      [{ TINHSO_UPLOAD_MAX_BYTES: '10MB' }, 'TINHSO_UPLOAD_MAX_BYTES'],
      [{ TINHSO_SMS_URL: 'https://x.vn', TINHSO_SMS_AUTH_HEADER: 'no-colon' }, 'TINHSO_SMS_AUTH_HEADER'],
    ] as const) {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && e.message.startsWith(name),
      );
    }
  });
});

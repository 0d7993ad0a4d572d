import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REDACTED, redactPersonalData } from './redact.js';

describe('removing personal data before publication (Decree 13/2023 on personal data)', () => {
  it('removes e-mail addresses, Vietnamese phone numbers and identity numbers', () => {
    const text =
      'Liên hệ tôi qua an.nguyen@example.vn hoặc 0912 345 678, +84 98 765 4321; CCCD 001203004567, CMND 123456789.';
    const out = redactPersonalData(text);
    for (const leak of [
      'an.nguyen@example.vn',
      '0912 345 678',
      '+84 98 765 4321',
      '001203004567',
      '123456789',
    ])
      assert.ok(!out.includes(leak), `${leak} removed from: ${out}`);
    assert.equal(out.split(REDACTED).length - 1, 5);
  });

  it('removes the submitter’s name wherever it appears, ignoring case and NFD input', () => {
    const out = redactPersonalData(
      'Tôi là Nông Văn Hùng, trú tại bản Nà Rì. NÔNG VĂN HÙNG kiến nghị…'.normalize('NFD'),
      ['Nông Văn Hùng'],
    );
    assert.ok(!/hùng/i.test(out), out);
    assert.match(out, /bản Nà Rì/);
  });

  it('keeps ordinary numbers: dates, amounts, road lengths', () => {
    const text = 'Đường dài 2 km, hư hỏng từ ngày 12/3/2025, dự toán 150.000.000 đồng, tỉnh lộ 208.';
    assert.equal(redactPersonalData(text), text);
  });

  it('leaves a name shorter than three letters alone (it would match inside words)', () => {
    assert.equal(redactPersonalData('An toàn giao thông', ['An']), 'An toàn giao thông');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PASSWORD_MAX, passwordProblem } from './password-policy.js';

const owner = { username: 'nguyenvana', displayName: 'Nguyễn Văn A' };

/** NIST SP 800-63B §3.1.1.2, as issue 18 §3 asks: length, a breached-password list, an estimator, no composition rules. */
describe('password policy', () => {
  it('refuses passwords on the shipped list of common passwords, whatever their case', () => {
    for (const weak of ['12345678', 'password', 'PASSWORD', 'qwertyuiop', 'iloveyou'])
      assert.equal(passwordProblem(weak, owner), 'common', weak);
  });

  it('refuses fewer than 8 characters, counted in code points, and accepts 8 unusual ones', () => {
    assert.equal(passwordProblem('Xk9$pq2', owner), 'too short');
    // Eight astral-plane characters are 16 UTF-16 units but 8 code points.
    assert.equal([...'𝒜𝒷𝒸𝒹𝑒𝒻𝑔𝒽'].length, 8);
    assert.equal(passwordProblem('𝒜𝒷𝒸𝒹', owner), 'too short');
    assert.notEqual(passwordProblem('𝒜𝒷𝒸𝒹𝑒𝒻𝑔𝒽', owner), 'too short');
  });

  it('accepts long passphrases, 64 characters and more, up to the ceiling, and refuses beyond it', () => {
    const phrase = 'đồi chè xanh mướt dưới chân núi Tây Côn Lĩnh vào một sáng tháng mười';
    assert.ok([...phrase].length > 64);
    assert.equal(passwordProblem(phrase, owner), null);
    assert.notEqual(passwordProblem('ấ'.repeat(PASSWORD_MAX), owner), 'too long');
    assert.equal(passwordProblem(`${phrase} `.repeat(5).slice(0, PASSWORD_MAX + 1), owner), 'too long');
  });

  it('imposes no composition rules: all lower-case words pass, symbols do not rescue a guessable one', () => {
    assert.equal(passwordProblem('ngựa pin ghim đúng chỗ', owner), null);
    assert.equal(passwordProblem('correct horse battery staple', owner), null);
    assert.equal(passwordProblem('Demo@2025', owner), 'too weak');
    assert.equal(passwordProblem('P@ssw0rd!', owner), 'too weak');
  });

  it('refuses a password containing the username', () => {
    assert.equal(passwordProblem('my-NguyenVanA-secret-garden', owner), 'contains username');
  });

  it('normalises to NFC before counting, so composed and decomposed text is the same password', () => {
    const decomposed = 'Hà Nội mùa thu năm 2026'.normalize('NFD');
    assert.equal(passwordProblem(decomposed, owner), passwordProblem(decomposed.normalize('NFC'), owner));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineMessages, languageOf, renderMessage } from './messages.js';
import { localizeProblem, problem, problemForDomainError } from './problem.js';

const msg = defineMessages({
  'test.greeting': { vi: 'Xin chào {name}', en: 'Hello {name}' },
  'test.field': { vi: 'bắt buộc', en: 'required' },
});

describe('server messages in the user’s language (issue 15 §2)', () => {
  it('answers in Vietnamese unless English is preferred over it', () => {
    assert.equal(languageOf(undefined), 'vi');
    assert.equal(languageOf(''), 'vi');
    assert.equal(languageOf('fr-FR, de'), 'vi');
    assert.equal(languageOf('en'), 'en');
    assert.equal(languageOf('en-US,en;q=0.9'), 'en');
    assert.equal(languageOf('vi-VN,vi;q=0.9,en;q=0.8'), 'vi');
    assert.equal(languageOf('vi;q=0.5, en;q=0.8'), 'en');
    assert.equal(languageOf('en;q=0, vi'), 'vi');
  });

  it('fills placeholders and shows an unknown key as itself', () => {
    assert.equal(renderMessage(msg('test.greeting', { name: 'An' }), 'vi'), 'Xin chào An');
    assert.equal(renderMessage(msg('test.greeting', { name: 'An' }), 'en'), 'Hello An');
    assert.equal(renderMessage({ key: 'test.nothing' }, 'vi'), 'test.nothing');
  });

  it('renders a problem’s detail and field messages by accept-language, and never sends the keys', () => {
    const body = problem(400, 'invalid-input', 'Invalid input', {
      detail: 'Hello An',
      localized: msg('test.greeting', { name: 'An' }),
      errors: [
        { field: 'name', message: 'required', localized: msg('test.field') },
        { field: 'other', message: 'as is' },
      ],
    });
    const vi = localizeProblem(body, undefined);
    assert.equal(vi.detail, 'Xin chào An');
    assert.deepEqual(vi.errors, [
      { field: 'name', message: 'bắt buộc' },
      { field: 'other', message: 'as is' },
    ]);
    assert.ok(!('localized' in vi));
    const en = localizeProblem(body, 'en-GB');
    assert.equal(en.detail, 'Hello An');
    assert.equal(en.errors?.[0]?.message, 'required');
  });

  it('tells the shared problems (not found, sign-in, not allowed) in Vietnamese by default, English on request', () => {
    const missing = problemForDomainError({ kind: 'not_found', resource: 'dossier', id: 'x1' }).problem;
    assert.match(localizeProblem(missing, undefined).detail ?? '', /^Không tìm thấy dữ liệu được yêu cầu/);
    assert.equal(localizeProblem(missing, 'en').detail, 'No dossier with id "x1".');
    const signIn = problemForDomainError({ kind: 'unauthenticated' }).problem;
    assert.equal(localizeProblem(signIn, 'vi').detail, 'Vui lòng đăng nhập để tiếp tục.');
    const denied = problemForDomainError({ kind: 'forbidden' }).problem;
    assert.match(localizeProblem(denied, 'vi-VN').detail ?? '', /^Vai trò của bạn không cho phép/);
    assert.equal(localizeProblem(denied, 'en').detail, 'Your roles do not allow this action on this unit.');
  });
});

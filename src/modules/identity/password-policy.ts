import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import type { Message } from '../../platform/http/messages.js';
import { codedFieldError, invalidBecause } from '../../platform/result.js';
import { msg } from './messages.js';

/**
 * Password rules of NIST SP 800-63B §3.1.1.2 (issue 18 §3): a length floor and a generous ceiling counted in
 * Unicode code points, no composition rules, and refusal of passwords that are common, breached, derived from
 * the username, or easy to guess. Every way a password is set (creation, reset, own change) goes through here.
 */
export const PASSWORD_MIN = 8;
/** 800-63B asks for at least 64; passphrases need room. */
export const PASSWORD_MAX = 256;
/** zxcvbn's score 3 means about 10^8 guesses or more ("safely unguessable" against online attacks). */
export const MIN_STRENGTH_SCORE = 3;

/** Why a password is refused. */
export const PASSWORD_PROBLEMS = [
  'too short',
  'too long',
  'common',
  'contains username',
  'too weak',
] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** Each refusal in the reader's language; the field error's stable `code` is the message key, which the web keys on. */
const REFUSAL: Record<PasswordProblem, Message> = {
  'too short': msg('identity.password.tooShort', { min: PASSWORD_MIN }),
  'too long': msg('identity.password.tooLong', { max: PASSWORD_MAX }),
  common: msg('identity.password.common'),
  'contains username': msg('identity.password.containsUsername'),
  'too weak': msg('identity.password.tooWeak'),
};

const COMMON_FILE = path.resolve(import.meta.dirname, '../../../reference/passwords/common-passwords.txt');
let common: Set<string> | undefined;
/** The shipped list of common passwords (reference/passwords/README.md says where it comes from). */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(COMMON_FILE, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  return common;
}

let estimatorReady = false;
function strengthScore(password: string, userInputs: string[]): number {
  if (!estimatorReady) {
    zxcvbnOptions.setOptions({ dictionary, graphs: adjacencyGraphs });
    estimatorReady = true;
  }
  return zxcvbn(password, userInputs).score;
}

/** The problem with a new password, or null when it may be used. */
export function passwordProblem(
  typed: string,
  owner: { username: string; displayName?: string | undefined },
): PasswordProblem | null {
  const password = typed.normalize('NFC');
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too short';
  if (length > PASSWORD_MAX) return 'too long';
  const folded = password.toLowerCase();
  if (commonPasswords().has(folded)) return 'common';
  const username = owner.username.trim().toLowerCase();
  if (username.length >= 3 && folded.includes(username)) return 'contains username';
  const inputs = [username, ...(owner.displayName ? owner.displayName.toLowerCase().split(/\s+/) : [])];
  if (strengthScore(password, inputs) < MIN_STRENGTH_SCORE) return 'too weak';
  return null;
}

/** The refusal of a password, told in the reader's language beside its field. */
export function refusePassword(problem: PasswordProblem, field = 'password') {
  return invalidBecause(REFUSAL[problem], [codedFieldError(field, REFUSAL[problem])]);
}

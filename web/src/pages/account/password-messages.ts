/** The server's password field refusals (issue 18 §3) in the UI language; used by every password form. */
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/types';

/** The server's stable code of each password refusal (its message key) → the web's wording of it. */
const PROBLEMS = {
  'identity.password.tooShort': 'too short',
  'identity.password.tooLong': 'too long',
  'identity.password.common': 'common',
  'identity.password.containsUsername': 'contains username',
  'identity.password.tooWeak': 'too weak',
  'identity.password.wrong': 'wrong password',
} as const;
type PasswordProblemCode = keyof typeof PROBLEMS;

function isPasswordProblem(code: string | undefined): code is PasswordProblemCode {
  return code !== undefined && Object.hasOwn(PROBLEMS, code);
}

/** A translator for field errors: the password ones in the UI language, others through `fallback`. */
export function usePasswordMessage(fallback: (error: FieldError) => string = (e) => e.message) {
  const { t } = useTranslation();
  return (error: FieldError): string =>
    isPasswordProblem(error.code) ? t(`account.passwordProblem.${PROBLEMS[error.code]}`) : fallback(error);
}

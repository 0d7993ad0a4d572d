/** The server's password field messages (issue 18 §3) in the UI language; used by every password form. */
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/types';

const PROBLEMS = [
  'too short',
  'too long',
  'common',
  'contains username',
  'too weak',
  'wrong password',
] as const;
type PasswordProblemCode = (typeof PROBLEMS)[number];

function isPasswordProblem(message: string): message is PasswordProblemCode {
  return (PROBLEMS as readonly string[]).includes(message);
}

/** A translator for field errors: the password ones in the UI language, others through `fallback`. */
export function usePasswordMessage(fallback: (error: FieldError) => string = (e) => e.message) {
  const { t } = useTranslation();
  return (error: FieldError): string =>
    isPasswordProblem(error.message) ? t(`account.passwordProblem.${error.message}`) : fallback(error);
}

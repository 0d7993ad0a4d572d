/** Readable labels for the identity codes, and server field messages in the UI language. */
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/types';
import { usePasswordMessage } from '../account/password-messages';
import type { Grant } from './api';

/** The server's stable codes of the account form refusals → the web's wording of them. */
const SERVER_FIELD: Record<string, 'unknownUnit' | 'invalidUsername' | 'roleKind' | 'homeRequired'> = {
  'identity.field.unknownUnit': 'unknownUnit',
  'identity.field.invalidUsername': 'invalidUsername',
  'identity.field.roleKind': 'roleKind',
  'identity.field.homeRequired': 'homeRequired',
};

export function useAccountLabels() {
  const { t } = useTranslation();
  const passwordMessage = usePasswordMessage((error) => {
    const known = error.code === undefined ? undefined : SERVER_FIELD[error.code];
    return known ? t(`adminUsers.serverField.${known}`) : error.message;
  });
  return {
    grant: (grant: Pick<Grant, 'role' | 'unitName' | 'unitCode'>) =>
      `${t(`roles.${grant.role}`)} · ${grant.unitName || grant.unitCode}`,
    /** The server's field refusals: the known codes in the web's wording, others as the server words them. */
    fieldMessage: (error: FieldError): string => passwordMessage(error),
  };
}

/** Client-side checks mirroring the server's (the server checks again). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const PHONE_PATTERN = /^\+?[0-9 .-]{6,20}$/;
export const UNIT_CODE_PATTERN = /^(VN|\d{2}|\d{5})$/;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

/** Readable labels for the identity codes, and server field messages in the UI language. */
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/types';
import { usePasswordMessage } from '../account/password-messages';
import type { Grant } from './api';

export function useAccountLabels() {
  const { t } = useTranslation();
  const passwordMessage = usePasswordMessage((error) => {
    if (error.message === 'unknown unit') return t('adminUsers.serverField.unknownUnit');
    if (error.message === 'invalid username') return t('adminUsers.serverField.invalidUsername');
    if (error.message === 'does not fit the account kind') return t('adminUsers.serverField.roleKind');
    if (error.message === 'required') return t('adminUsers.serverField.homeRequired');
    return error.message;
  });
  return {
    grant: (grant: Pick<Grant, 'role' | 'unitName' | 'unitCode'>) =>
      `${t(`roles.${grant.role}`)} · ${grant.unitName || grant.unitCode}`,
    /** The server's field messages are English codes; the known ones are shown in the UI language. */
    fieldMessage: (error: FieldError): string => passwordMessage(error),
  };
}

/** Client-side checks mirroring the server's (the server checks again). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const PHONE_PATTERN = /^\+?[0-9 .-]{6,20}$/;
export const UNIT_CODE_PATTERN = /^(VN|\d{2}|\d{5})$/;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

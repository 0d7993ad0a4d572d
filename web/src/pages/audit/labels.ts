/** Readable names for audit actions and entity types; unknown codes are shown as they are. */
import { useTranslation } from 'react-i18next';
import i18n from '../../i18n';

export function useAuditLabels() {
  const { t } = useTranslation();
  const known = (key: string) => i18n.exists(key);
  return {
    action: (action: string): string => {
      const key = `audit.actions.${action}`;
      return known(key) ? String(t(key as 'audit.actions.user.created')) : action;
    },
    entityType: (type: string): string => {
      const key = `audit.entityTypes.${type}`;
      return known(key) ? String(t(key as 'audit.entityTypes.user')) : type;
    },
  };
}

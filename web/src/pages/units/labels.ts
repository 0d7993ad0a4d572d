/** Readable names for unit types, levels and agency kinds (codes the server sends), with contrast-safe tag colours. */
import { useTranslation } from 'react-i18next';

const TYPES = [
  'city',
  'province',
  'xa',
  'phuong',
  'dac_khu',
  'thi_tran',
  'huyen',
  'quan',
  'thi_xa',
  'thanh_pho',
] as const;
const LEVELS = ['province', 'district', 'commune', 'other'] as const;
const AGENCY_KINDS = ['people_committee', 'pas_centre', 'department'] as const;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * Tag colours whose text keeps 4.5:1 on the tag background (Ant Design's green, cyan, gold and orange
 * presets do not, so they are not used).
 */
const TYPE_COLOURS: Record<string, string> = {
  city: 'magenta',
  phuong: 'geekblue',
  dac_khu: 'purple',
  quan: 'geekblue',
  thi_tran: 'geekblue',
};

export function typeColour(type: string): string | undefined {
  return TYPE_COLOURS[type];
}

export function useUnitLabels() {
  const { t } = useTranslation();
  return {
    type: (type: string) => (isOneOf(TYPES, type) ? t(`units.types.${type}`) : type),
    level: (level: string) => (isOneOf(LEVELS, level) ? t(`units.levels.${level}`) : level),
    agencyKind: (kind: string) => (isOneOf(AGENCY_KINDS, kind) ? t(`units.agencyKinds.${kind}`) : kind),
  };
}

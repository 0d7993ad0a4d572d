/** Messages of the feedback report a user can see, in Vietnamese and English (platform/http/messages.ts). */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'feedback.reportUnitOutside': {
    vi: 'Mã {unit} không phải là một đơn vị cấp xã của tỉnh, thành phố này.',
    en: 'Code {unit} is not a commune of this province.',
  },
});

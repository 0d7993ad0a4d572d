/** The reports module's messages a user can see, in Vietnamese and English (platform/http/messages.ts). */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'reports.levelOfProvince': {
    vi: 'Chỉ xem theo cấp (cấp xã, đặc khu, cơ quan cấp tỉnh) được đối với một tỉnh, thành phố; {unit} là đơn vị cấp xã.',
    en: 'A level (communes, special zones, province-level agencies) is asked of a province; {unit} is a commune.',
  },
  'reports.levelEmpty': {
    vi: 'Tỉnh, thành phố {unit} không có đơn vị nào thuộc cấp này.',
    en: 'Province {unit} has no unit at this level.',
  },
});

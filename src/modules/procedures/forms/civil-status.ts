/**
 * Civil-status declaration forms (tờ khai hộ tịch) after the templates of Circular 04/2020/TT-BTP as amended by
 * Circular 03/2023/TT-BTP (Ministry of Justice), with the content Law 60/2014/QH13 requires (RULES.md §15.2).
 */
import {
  choice,
  date,
  form,
  from,
  idNumber,
  officer,
  RELATION,
  requester,
  SEX,
  section,
  text,
  year,
} from './build.js';

const CIRCULAR = 'Thông tư 04/2020/TT-BTP (sửa đổi, bổ sung bởi Thông tư 03/2023/TT-BTP) của Bộ Tư pháp';

const parent = (title: string, required: string[]) =>
  section(
    title,
    {
      fullName: text('Họ, chữ đệm, tên'),
      birthYear: year('Năm sinh'),
      ethnicity: text('Dân tộc', 50),
      nationality: text('Quốc tịch', 50),
      residence: text('Nơi cư trú', 500),
      idNumber: idNumber('Số định danh cá nhân/CCCD'),
    },
    required,
  );

/** Tờ khai đăng ký khai sinh — birth registration (Law 60/2014 art. 14, 16). */
export const BIRTH_REGISTRATION_FORM = form(
  `Mẫu Tờ khai đăng ký khai sinh, ${CIRCULAR}; nội dung theo Điều 14 Luật Hộ tịch 60/2014/QH13`,
  'Tờ khai đăng ký khai sinh',
  {
    requester: {
      ...requester(),
      properties: {
        ...(requester().properties as object),
        relationship: choice('Quan hệ với người được khai sinh', RELATION),
      },
      required: ['fullName', 'idNumber', 'residence', 'relationship'],
    },
    child: section(
      'Người được khai sinh',
      {
        fullName: text('Họ, chữ đệm, tên'),
        sex: choice('Giới tính', SEX),
        dateOfBirth: date('Ngày, tháng, năm sinh'),
        placeOfBirth: text('Nơi sinh', 500),
        homeTown: text('Quê quán', 500),
        ethnicity: text('Dân tộc', 50),
        nationality: text('Quốc tịch', 50),
      },
      ['fullName', 'sex', 'dateOfBirth', 'placeOfBirth', 'homeTown', 'ethnicity', 'nationality'],
    ),
    mother: parent('Mẹ', ['fullName', 'birthYear', 'ethnicity', 'nationality', 'residence']),
    father: parent('Cha', []),
  },
  {
    result: {
      kind: 'birth_certificate',
      title: 'GIẤY KHAI SINH',
      legalSource: `Mẫu Giấy khai sinh (bản chính), ${CIRCULAR}; nội dung theo Điều 14 Luật Hộ tịch 60/2014/QH13`,
      symbol: 'GKS',
      book: true,
      fields: [
        from('Họ, chữ đệm, tên', '/child/fullName'),
        from('Ngày, tháng, năm sinh', '/child/dateOfBirth'),
        from('Giới tính', '/child/sex'),
        from('Dân tộc', '/child/ethnicity'),
        from('Quốc tịch', '/child/nationality'),
        from('Nơi sinh', '/child/placeOfBirth', true),
        from('Quê quán', '/child/homeTown', true),
        officer('Số định danh cá nhân'),
        from('Họ, chữ đệm, tên người mẹ', '/mother/fullName'),
        from('Năm sinh người mẹ', '/mother/birthYear'),
        from('Dân tộc người mẹ', '/mother/ethnicity'),
        from('Quốc tịch người mẹ', '/mother/nationality'),
        from('Nơi cư trú người mẹ', '/mother/residence'),
        from('Họ, chữ đệm, tên người cha', '/father/fullName'),
        from('Năm sinh người cha', '/father/birthYear'),
        from('Dân tộc người cha', '/father/ethnicity'),
        from('Quốc tịch người cha', '/father/nationality'),
        from('Nơi cư trú người cha', '/father/residence'),
        from('Họ, chữ đệm, tên người đi khai sinh', '/requester/fullName'),
        from('Giấy tờ tùy thân người đi khai sinh', '/requester/idNumber'),
      ],
    },
    ui: {
      requester: { relationship: { 'ui:widget': 'radio' } },
      child: {
        'ui:order': [
          'fullName',
          'sex',
          'dateOfBirth',
          'placeOfBirth',
          'homeTown',
          'ethnicity',
          'nationality',
        ],
        sex: { 'ui:widget': 'radio' },
      },
    },
  },
);

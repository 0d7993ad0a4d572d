/**
 * The declaration forms tinhso ships for the most used commune-level procedures (issue 16 §2), by national
 * procedure code, each after its official template with the template's legal source in the definition. The
 * field lists follow the laws' required content (Law 60/2014/QH13 arts. 14, 17, 33; Decree 23/2015/NĐ-CP;
 * Law 68/2020/QH14 on residence); the exact wording of each paper template is to be checked against the
 * circulars' appendices, which were not read (RULES.md §15.2 "Forms").
 */
import type { DeclarationForm } from '../declaration-form.js';
import {
  choice,
  count,
  date,
  form,
  from,
  idNumber,
  longText,
  officer,
  RELATION,
  requester,
  SEX,
  section,
  text,
} from './build.js';
import { BIRTH_REGISTRATION_FORM } from './civil-status.js';

const HT = 'Thông tư 04/2020/TT-BTP (sửa đổi, bổ sung bởi Thông tư 03/2023/TT-BTP) của Bộ Tư pháp';
const CT = 'Nghị định 23/2015/NĐ-CP và Thông tư 01/2020/TT-BTP của Bộ Tư pháp';
const CU =
  'Mẫu CT01 — Tờ khai thay đổi thông tin cư trú, Thông tư 66/2023/TT-BCA của Bộ Công an; Luật Cư trú 68/2020/QH14';

const person = (title: string, extra: Record<string, Record<string, unknown>> = {}) =>
  section(
    title,
    {
      fullName: text('Họ, chữ đệm, tên'),
      dateOfBirth: date('Ngày, tháng, năm sinh'),
      ethnicity: text('Dân tộc', 50),
      nationality: text('Quốc tịch', 50),
      residence: text('Nơi cư trú', 500),
      idNumber: idNumber('Số định danh cá nhân/CCCD'),
      ...extra,
    },
    ['fullName', 'dateOfBirth', 'ethnicity', 'nationality', 'residence', 'idNumber'],
  );

const marriage = (title: string, again = false) =>
  form(
    `Mẫu Tờ khai đăng ký kết hôn, ${HT}; nội dung theo Điều 17 Luật Hộ tịch 60/2014/QH13`,
    title,
    {
      wife: person('Bên nữ', {
        marriedBefore: choice('Kết hôn lần thứ mấy', ['Lần đầu', 'Lần thứ hai trở lên']),
      }),
      husband: person('Bên nam', {
        marriedBefore: choice('Kết hôn lần thứ mấy', ['Lần đầu', 'Lần thứ hai trở lên']),
      }),
      ...(again
        ? {
            previous: section(
              'Việc kết hôn đã đăng ký trước đây',
              { place: text('Nơi đã đăng ký kết hôn', 500), date: date('Ngày đăng ký kết hôn') },
              ['place'],
            ),
          }
        : {}),
    },
    {
      prefill: {
        '/wife/fullName': 'name',
        '/wife/dateOfBirth': 'dateOfBirth',
        '/wife/idNumber': 'idNumber',
        '/wife/residence': 'address',
      },
      result: {
        kind: 'marriage_certificate',
        title: 'GIẤY CHỨNG NHẬN KẾT HÔN',
        legalSource: `Mẫu Giấy chứng nhận kết hôn, ${HT}; Điều 17 Luật Hộ tịch 60/2014/QH13`,
        symbol: 'KH',
        book: true,
        fields: [
          from('Họ, chữ đệm, tên bên nữ', '/wife/fullName'),
          from('Ngày sinh bên nữ', '/wife/dateOfBirth'),
          from('Dân tộc bên nữ', '/wife/ethnicity'),
          from('Quốc tịch bên nữ', '/wife/nationality'),
          from('Nơi cư trú bên nữ', '/wife/residence'),
          from('Giấy tờ tùy thân bên nữ', '/wife/idNumber'),
          from('Họ, chữ đệm, tên bên nam', '/husband/fullName'),
          from('Ngày sinh bên nam', '/husband/dateOfBirth'),
          from('Dân tộc bên nam', '/husband/ethnicity'),
          from('Quốc tịch bên nam', '/husband/nationality'),
          from('Nơi cư trú bên nam', '/husband/residence'),
          from('Giấy tờ tùy thân bên nam', '/husband/idNumber'),
          officer('Ngày đăng ký'),
        ],
      },
    },
  );

const deceased = section(
  'Người đã chết',
  {
    fullName: text('Họ, chữ đệm, tên'),
    sex: choice('Giới tính', SEX),
    dateOfBirth: date('Ngày, tháng, năm sinh'),
    ethnicity: text('Dân tộc', 50),
    nationality: text('Quốc tịch', 50),
    idNumber: idNumber('Số định danh cá nhân/CCCD'),
    lastResidence: text('Nơi cư trú cuối cùng', 500),
    dateOfDeath: date('Ngày chết'),
    placeOfDeath: text('Nơi chết', 500),
    cause: text('Nguyên nhân chết', 500),
  },
  ['fullName', 'sex', 'dateOfBirth', 'dateOfDeath', 'placeOfDeath'],
);

const death = (title: string) =>
  form(
    `Mẫu Tờ khai đăng ký khai tử, ${HT}; Điều 33–34 Luật Hộ tịch 60/2014/QH13`,
    title,
    {
      requester: {
        ...requester(),
        properties: {
          ...(requester().properties as object),
          relationship: text('Quan hệ với người đã chết', 100),
        },
      },
      deceased,
    },
    {
      result: {
        kind: 'death_extract',
        title: 'TRÍCH LỤC KHAI TỬ',
        legalSource: `Mẫu Trích lục khai tử (bản chính), ${HT}`,
        symbol: 'KT',
        book: true,
        fields: [
          from('Họ, chữ đệm, tên', '/deceased/fullName'),
          from('Giới tính', '/deceased/sex'),
          from('Ngày, tháng, năm sinh', '/deceased/dateOfBirth'),
          from('Số định danh cá nhân', '/deceased/idNumber'),
          from('Ngày chết', '/deceased/dateOfDeath'),
          from('Nơi chết', '/deceased/placeOfDeath', true),
          from('Nguyên nhân chết', '/deceased/cause', true),
          from('Người đi khai tử', '/requester/fullName'),
        ],
      },
    },
  );

const simple = (legalSource: string, title: string, subject: Record<string, Record<string, unknown>>) =>
  form(legalSource, title, { requester: requester(), ...subject });

const request = (title: string, fields: Record<string, Record<string, unknown>>, required: string[]) =>
  section(title, fields, required);

const residence = (title: string, what: string) =>
  simple(CU, title, {
    change: request(
      'Nội dung đề nghị',
      {
        content: choice('Nội dung', [what]),
        address: text('Địa chỉ nơi cư trú', 500),
        householdHead: text('Họ, chữ đệm, tên chủ hộ', 200),
        relationToHead: text('Quan hệ với chủ hộ', 100),
        members: longText('Những thành viên trong hộ gia đình cùng thay đổi', 2000),
      },
      ['content', 'address'],
    ),
  });

/** Birth registration's variants share its form (and its certificate). */
const birthAs = (title: string): DeclarationForm => ({
  ...BIRTH_REGISTRATION_FORM,
  schema: { ...BIRTH_REGISTRATION_FORM.schema, title },
});

export const DECLARATION_FORMS: Record<string, DeclarationForm> = {
  '1.001193': BIRTH_REGISTRATION_FORM,
  '1.003583': birthAs('Tờ khai đăng ký khai sinh (lưu động)'),
  '1.004772': birthAs('Tờ khai đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân'),
  '1.004884': birthAs('Tờ khai đăng ký lại khai sinh'),
  '1.000894': marriage('Tờ khai đăng ký kết hôn'),
  '1.000593': marriage('Tờ khai đăng ký kết hôn (lưu động)'),
  '1.004746': marriage('Tờ khai đăng ký lại kết hôn', true),
  '1.000656': death('Tờ khai đăng ký khai tử'),
  '1.000419': death('Tờ khai đăng ký khai tử (lưu động)'),
  '1.005461': death('Tờ khai đăng ký lại khai tử'),
  '1.001022': simple(
    `Mẫu Tờ khai đăng ký nhận cha, mẹ, con, ${HT}; Điều 25 Luật Hộ tịch 60/2014/QH13`,
    'Tờ khai đăng ký nhận cha, mẹ, con',
    {
      recognising: person('Người nhận'),
      recognised: person('Người được nhận'),
      relation: request(
        'Nội dung',
        { kind: choice('Nhận', ['Cha nhận con', 'Mẹ nhận con', 'Con nhận cha', 'Con nhận mẹ']) },
        ['kind'],
      ),
    },
  ),
  '1.000689': simple(
    `Mẫu Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con, ${HT}`,
    'Tờ khai đăng ký khai sinh kết hợp nhận cha, mẹ, con',
    {
      child: request(
        'Người được khai sinh',
        {
          fullName: text('Họ, chữ đệm, tên'),
          sex: choice('Giới tính', SEX),
          dateOfBirth: date('Ngày, tháng, năm sinh'),
          placeOfBirth: text('Nơi sinh', 500),
        },
        ['fullName', 'sex', 'dateOfBirth', 'placeOfBirth'],
      ),
      recognising: person('Người nhận cha, mẹ, con'),
    },
  ),
  '1.004837': simple(
    `Mẫu Tờ khai đăng ký giám hộ, ${HT}; Điều 20 Luật Hộ tịch 60/2014/QH13`,
    'Tờ khai đăng ký giám hộ',
    {
      guardian: person('Người giám hộ'),
      ward: person('Người được giám hộ'),
      basis: request('Căn cứ', { reason: longText('Lý do, căn cứ giám hộ', 2000) }, ['reason']),
    },
  ),
  '1.004845': simple(
    `Mẫu Tờ khai đăng ký chấm dứt giám hộ, ${HT}; Điều 22 Luật Hộ tịch 60/2014/QH13`,
    'Tờ khai đăng ký chấm dứt giám hộ',
    {
      guardian: person('Người giám hộ'),
      ward: person('Người được giám hộ'),
      basis: request('Căn cứ', { reason: longText('Lý do chấm dứt giám hộ', 2000) }, ['reason']),
    },
  ),
  '1.004859': simple(
    `Mẫu Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc, ${HT}; Điều 27–29 Luật Hộ tịch 60/2014/QH13`,
    'Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch',
    {
      subject: person('Người có thông tin hộ tịch thay đổi'),
      change: request(
        'Nội dung đề nghị',
        {
          kind: choice('Loại việc', ['Thay đổi', 'Cải chính', 'Bổ sung', 'Xác định lại dân tộc']),
          from: text('Thông tin hiện ghi', 500),
          to: text('Đề nghị ghi là', 500),
          reason: longText('Lý do'),
        },
        ['kind', 'to', 'reason'],
      ),
    },
  ),
  '1.004873': simple(
    `Mẫu Tờ khai cấp Giấy xác nhận tình trạng hôn nhân, ${HT}; Điều 21–22 Nghị định 123/2015/NĐ-CP`,
    'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
    {
      status: request(
        'Tình trạng hôn nhân',
        {
          current: choice('Tình trạng hiện nay', [
            'Chưa đăng ký kết hôn với ai',
            'Đang có vợ/chồng',
            'Đã ly hôn',
            'Vợ/chồng đã chết',
          ]),
          purpose: text('Mục đích sử dụng', 500),
        },
        ['current', 'purpose'],
      ),
    },
  ),
  '2.000635': simple(
    `Mẫu Tờ khai cấp bản sao trích lục hộ tịch, ${HT}; Điều 63–64 Luật Hộ tịch 60/2014/QH13`,
    'Tờ khai cấp bản sao trích lục hộ tịch',
    {
      record: request(
        'Việc hộ tịch',
        {
          kind: choice('Loại trích lục', [
            'Khai sinh',
            'Kết hôn',
            'Khai tử',
            'Nhận cha, mẹ, con',
            'Giám hộ',
            'Khác',
          ]),
          subject: text('Họ, chữ đệm, tên người được cấp trích lục'),
          registeredAt: text('Nơi đã đăng ký', 500),
          copies: count('Số bản đề nghị cấp', 20),
          relationship: choice('Quan hệ với người được cấp', [...RELATION, 'Bản thân']),
        },
        ['kind', 'subject', 'copies', 'relationship'],
      ),
    },
  ),
  '2.000815': simple(
    `Phiếu yêu cầu chứng thực bản sao từ bản chính, ${CT}`,
    'Phiếu yêu cầu chứng thực bản sao từ bản chính',
    {
      papers: request(
        'Giấy tờ, văn bản cần chứng thực',
        {
          name: text('Tên giấy tờ, văn bản', 500),
          issuer: text('Cơ quan cấp', 300),
          pages: count('Số trang', 500),
          copies: count('Số bản sao', 100),
        },
        ['name', 'pages', 'copies'],
      ),
    },
  ),
  '2.000884': simple(`Phiếu yêu cầu chứng thực chữ ký, ${CT}`, 'Phiếu yêu cầu chứng thực chữ ký', {
    papers: request(
      'Giấy tờ cần chứng thực chữ ký',
      {
        name: text('Tên giấy tờ, văn bản', 500),
        signers: count('Số người ký', 20),
        copies: count('Số bản', 100),
      },
      ['name', 'copies'],
    ),
  }),
  '1.004222': residence('Tờ khai thay đổi thông tin cư trú — đăng ký thường trú', 'Đăng ký thường trú'),
  '1.004194': residence('Tờ khai thay đổi thông tin cư trú — đăng ký tạm trú', 'Đăng ký tạm trú'),
  '1.003197': residence(
    'Tờ khai thay đổi thông tin cư trú — xóa đăng ký thường trú',
    'Xóa đăng ký thường trú',
  ),
  '1.010028': residence('Tờ khai thay đổi thông tin cư trú — xóa đăng ký tạm trú', 'Xóa đăng ký tạm trú'),
  '1.002755': residence('Tờ khai thay đổi thông tin cư trú — gia hạn tạm trú', 'Gia hạn tạm trú'),
};

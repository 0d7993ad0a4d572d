/**
 * Đăng ký kết hôn (1.000894) — the papers of a marriage registration at a commune, which the sample export
 * leaves out, recorded by the demo as a new version the way an administrator would (issue 15 §4: the counter's
 * checklist needs them), on the Law on Civil Status (Luật Hộ tịch 60/2014/QH13) art. 18(1) and Decree
 * 123/2015/NĐ-CP art. 2 (papers shown) and art. 10 (status of marriage when registering away from residence).
 */
import type { EditProcedureInput } from './edit-procedure.js';

export const MARRIAGE_REGISTRATION = '1.000894';

const paper = (name: string, copies: string, required: boolean) => ({
  name,
  copies,
  required,
  templateUrl: null,
  templateName: null,
});

export function marriageRegistrationEdit(): Omit<EditProcedureInput, 'baseVersionNo'> {
  return {
    legalBasis: {
      number: '60/2014/QH13',
      date: '2014-11-20',
      text: 'Luật Hộ tịch 2014, Điều 18 khoản 1; Nghị định 123/2015/NĐ-CP, Điều 2 và Điều 10. Phiên bản do dữ liệu demo ghi lại: bản xuất của Cổng không có thành phần hồ sơ.',
    },
    changes: {
      documents: [
        paper('Tờ khai đăng ký kết hôn theo mẫu', '01 bản chính', true),
        paper(
          'Giấy tờ tùy thân của hai bên nam, nữ (thẻ căn cước, căn cước công dân hoặc hộ chiếu)',
          'Xuất trình bản chính',
          true,
        ),
        paper(
          'Giấy xác nhận tình trạng hôn nhân (bên không thường trú tại xã, phường nơi đăng ký kết hôn)',
          '01 bản chính',
          false,
        ),
        paper(
          'Bản sao trích lục hộ tịch về việc ly hôn hoặc hủy việc kết hôn (người đã ly hôn ở nước ngoài)',
          '01 bản sao',
          false,
        ),
      ],
    },
  };
}

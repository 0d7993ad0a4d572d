/**
 * `npx tsx bench/pdf.ts [documents]` (issue 17 §2): CPU milliseconds per rendered result document — the same
 * layout as the dossier's signed result (src/modules/dossiers/forms.ts renderResult), without the signature.
 * The first document is reported apart: it pays the one-time costs (reading and parsing the fonts).
 */
import { renderPdf } from '../src/platform/pdf/index.js';

const count = Number(process.argv[2] ?? 200);
const at = new Date('2026-12-07T09:00:00+07:00');

function resultDocument(n: number): Promise<Buffer> {
  return renderPdf({ size: 'A4', title: `Kết quả giải quyết hồ sơ ${n}`, createdAt: at }, (d) => {
    d.header({
      parentAgency: 'UBND TỈNH CAO BẰNG',
      agency: 'Ủy ban nhân dân xã Hưng Đạo',
      place: 'Cao Bằng',
      date: '2026-12-07',
    });
    d.title('Kết quả giải quyết thủ tục hành chính', 'Đăng ký khai sinh');
    d.field('Mã hồ sơ', `H04.22-261207-${String(n).padStart(4, '0')}`);
    d.field('Người yêu cầu', 'Nguyễn Văn An');
    d.field('Họ, chữ đệm, tên người được đăng ký khai sinh', 'Nguyễn Thị Bình');
    d.paragraph(
      'Ủy ban nhân dân xã Hưng Đạo đã xem xét hồ sơ tiếp nhận ngày 01/12/2026 và chấp thuận yêu cầu của người nộp theo thủ tục 1.001193.',
    );
    d.paragraph('Văn bản điện tử này được ký số; giá trị pháp lý như bản giấy (Nghị định 45/2020/NĐ-CP).', {
      italic: true,
    });
    d.signatures([{ title: 'NGƯỜI CÓ THẨM QUYỀN', note: '(Đã ký số)', name: 'Lê Văn Cường' }]);
  });
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let c0 = cpu();
const first = await resultDocument(0);
const firstMs = cpu() - c0;
c0 = cpu();
let bytes = 0;
for (let i = 1; i <= count; i++) bytes += (await resultDocument(i)).length;
const perDoc = (cpu() - c0) / count;
console.log(
  `first document ${firstMs.toFixed(1)} ms CPU (${first.length} bytes); then ${perDoc.toFixed(1)} ms CPU per document over ${count} (${Math.round(bytes / count)} bytes each)`,
);

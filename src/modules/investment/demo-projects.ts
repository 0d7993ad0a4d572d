/**
 * Demo projects of Cao Bằng (04), 2024–2026: the expressways the province's reports name (Đồng Đăng – Trà Lĩnh
 * phase 1 and 2, Bắc Kạn – Cao Bằng) and smaller projects across departments and communes. Names follow the
 * province's real programme; every amount, date and rate is illustrative, shaped so that disbursement is "the
 * biggest bottleneck" (SEED-FIGURES.md): expressways slowed by site clearance, a province rate well under plan.
 */
import type { CapitalSource, ProjectGroup } from './schema.js';

export interface DemoProject {
  code: string;
  name: string;
  /** A department of the province by name, a commune's People's Committee (`commune`), or a board by name. */
  owner: { department: string } | { commune: true } | { board: string };
  /** Where it is: the province, or a commune by code; `{xa}` in the name becomes the commune's name. */
  place: 'province' | string;
  group: ProjectGroup;
  /** Total approved investment, bn VND. */
  totalBn: number;
  start: string;
  end: string;
  /** Annual capital plan, bn VND, by year and source. */
  plans: Partial<Record<2024 | 2025 | 2026, Partial<Record<CapitalSource, number>>>>;
  /** How well the owner keeps to its monthly plan (1 = on plan). */
  pace: number;
  extension?: {
    status: 'pending' | 'approved' | 'rejected';
    requestedOn: string;
    to: string;
    reason: string;
  };
}

const BOARD = 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Cao Bằng';
const CIVIL = 'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Cao Bằng';
const C: CapitalSource = 'central_budget';
const L: CapitalSource = 'local_budget';
const N: CapitalSource = 'national_target_programme';
const dept = (department: string) => ({ department });
const commune = { commune: true } as const;

// biome-ignore format: a data table, one project a line
export const DEMO_PROJECTS: DemoProject[] = [
  { code: '7900101', name: 'Tuyến cao tốc Đồng Đăng (Lạng Sơn) – Trà Lĩnh (Cao Bằng), giai đoạn 1', owner: { board: BOARD }, place: 'province', group: 'A', totalBn: 14331, start: '2020-12-01', end: '2025-12-31', plans: { 2024: { [C]: 1500, [L]: 520 }, 2025: { [C]: 1350, [L]: 450 }, 2026: { [C]: 900, [L]: 300 } }, pace: 0.62, extension: { status: 'approved', requestedOn: '2025-10-15', to: '2026-12-31', reason: 'Vướng mắc giải phóng mặt bằng tại các huyện cũ Thạch An, Quảng Hòa; thiếu mỏ vật liệu đất đắp.' } },
  { code: '7900102', name: 'Tuyến cao tốc Đồng Đăng (Lạng Sơn) – Trà Lĩnh (Cao Bằng), giai đoạn 2', owner: { board: BOARD }, place: 'province', group: 'A', totalBn: 7860, start: '2025-03-01', end: '2029-12-31', plans: { 2025: { [C]: 420, [L]: 80 }, 2026: { [C]: 1250, [L]: 250 } }, pace: 0.55 },
  { code: '7900103', name: 'Đường cao tốc Bắc Kạn – Cao Bằng', owner: { board: BOARD }, place: 'province', group: 'A', totalBn: 15600, start: '2025-06-01', end: '2029-12-31', plans: { 2025: { [C]: 700, [L]: 100 }, 2026: { [C]: 1700, [L]: 300 } }, pace: 0.5 },
  { code: '7900201', name: 'Cải tạo, nâng cấp Bệnh viện Đa khoa tỉnh Cao Bằng', owner: dept('Sở Y tế'), place: 'province', group: 'B', totalBn: 180, start: '2023-03-01', end: '2026-06-30', plans: { 2024: { [L]: 55 }, 2025: { [L]: 60 }, 2026: { [L]: 40 } }, pace: 0.85, extension: { status: 'pending', requestedOn: '2026-05-20', to: '2027-06-30', reason: 'Điều chỉnh thiết kế khối kỹ thuật nghiệp vụ; chậm bàn giao mặt bằng khu nhà cũ.' } },
  { code: '7900202', name: 'Xây dựng Trung tâm Kiểm soát bệnh tật tỉnh', owner: dept('Sở Y tế'), place: 'province', group: 'C', totalBn: 95, start: '2024-01-15', end: '2026-12-31', plans: { 2024: { [C]: 30 }, 2025: { [C]: 35 }, 2026: { [C]: 25 } }, pace: 0.95 },
  { code: '7900203', name: 'Nâng cấp 12 trạm y tế xã vùng đặc biệt khó khăn', owner: dept('Sở Y tế'), place: 'province', group: 'C', totalBn: 36, start: '2024-03-01', end: '2025-12-31', plans: { 2024: { [N]: 15 }, 2025: { [N]: 18 } }, pace: 0.8, extension: { status: 'pending', requestedOn: '2025-12-05', to: '2026-12-31', reason: 'Nguồn vốn chương trình mục tiêu quốc gia giao muộn; khó khăn vận chuyển vật liệu đến xã vùng cao.' } },
  { code: '7900204', name: 'Nhà đa năng và ký túc xá Trường THPT Chuyên Cao Bằng', owner: dept('Sở Giáo dục và Đào tạo'), place: 'province', group: 'C', totalBn: 45, start: '2024-02-01', end: '2025-12-31', plans: { 2024: { [L]: 20 }, 2025: { [L]: 22 } }, pace: 1 },
  { code: '7900205', name: 'Khu học tập Trường Phổ thông Dân tộc nội trú tỉnh', owner: dept('Sở Giáo dục và Đào tạo'), place: 'province', group: 'C', totalBn: 68, start: '2024-04-01', end: '2026-12-31', plans: { 2024: { [L]: 18 }, 2025: { [L]: 25 }, 2026: { [L]: 20 } }, pace: 0.9 },
  { code: '7900206', name: 'Kiên cố hóa trường, lớp học vùng đồng bào dân tộc thiểu số', owner: dept('Sở Giáo dục và Đào tạo'), place: 'province', group: 'B', totalBn: 120, start: '2023-01-01', end: '2025-12-31', plans: { 2024: { [N]: 40 }, 2025: { [N]: 45 } }, pace: 0.7, extension: { status: 'pending', requestedOn: '2025-11-28', to: '2026-12-31', reason: 'Một số điểm trường phải đổi vị trí do nguy cơ sạt lở.' } },
  { code: '7900207', name: 'Hồ chứa nước Khuổi Lái', owner: dept('Sở Nông nghiệp và Môi trường'), place: '01363', group: 'B', totalBn: 250, start: '2022-06-01', end: '2025-06-30', plans: { 2024: { [C]: 70, [L]: 15 }, 2025: { [C]: 60, [L]: 10 } }, pace: 0.6, extension: { status: 'pending', requestedOn: '2025-06-10', to: '2026-12-31', reason: 'Chưa hoàn thành bồi thường, tái định cư lòng hồ.' } },
  { code: '7900208', name: 'Kè chống sạt lở bờ sông Bằng Giang đoạn qua trung tâm tỉnh', owner: dept('Sở Nông nghiệp và Môi trường'), place: 'province', group: 'B', totalBn: 310, start: '2023-05-01', end: '2026-12-31', plans: { 2024: { [C]: 80, [L]: 20 }, 2025: { [C]: 90, [L]: 20 }, 2026: { [C]: 60, [L]: 15 } }, pace: 0.88 },
  { code: '7900209', name: 'Trồng và bảo vệ rừng phòng hộ đầu nguồn', owner: dept('Sở Nông nghiệp và Môi trường'), place: 'province', group: 'C', totalBn: 40, start: '2024-01-01', end: '2026-12-31', plans: { 2024: { [N]: 12 }, 2025: { [N]: 13 }, 2026: { [N]: 12 } }, pace: 0.75 },
  { code: '7900210', name: 'Hệ thống thủy lợi Nà Danh', owner: dept('Sở Nông nghiệp và Môi trường'), place: 'province', group: 'C', totalBn: 55, start: '2024-03-01', end: '2026-06-30', plans: { 2024: { [L]: 15 }, 2025: { [L]: 20 }, 2026: { [L]: 15 } }, pace: 0.92 },
  { code: '7900211', name: 'Cấp nước sinh hoạt tập trung cho các xã biên giới', owner: dept('Sở Nông nghiệp và Môi trường'), place: 'province', group: 'C', totalBn: 48, start: '2024-05-01', end: '2026-12-31', plans: { 2024: { [N]: 12 }, 2025: { [N]: 16 }, 2026: { [N]: 14 } }, pace: 0.65 },
  { code: '7900212', name: 'Đường tránh Quốc lộ 3 qua trung tâm tỉnh', owner: { board: BOARD }, place: 'province', group: 'B', totalBn: 420, start: '2023-01-01', end: '2026-12-31', plans: { 2024: { [C]: 110, [L]: 30 }, 2025: { [C]: 120, [L]: 30 }, 2026: { [C]: 80, [L]: 20 } }, pace: 0.72 },
  { code: '7900213', name: 'Cải tạo, nâng cấp Quốc lộ 34 đoạn qua tỉnh Cao Bằng', owner: { board: BOARD }, place: 'province', group: 'B', totalBn: 380, start: '2022-09-01', end: '2025-12-31', plans: { 2024: { [C]: 120 }, 2025: { [C]: 110 } }, pace: 0.78, extension: { status: 'rejected', requestedOn: '2025-11-20', to: '2027-06-30', reason: 'Đề nghị kéo dài để bổ sung hạng mục nút giao.' } },
  { code: '7900214', name: 'Cầu Bằng Giang 2', owner: { board: BOARD }, place: 'province', group: 'B', totalBn: 290, start: '2024-01-01', end: '2027-06-30', plans: { 2024: { [L]: 60 }, 2025: { [L]: 90 }, 2026: { [L]: 80 } }, pace: 0.86 },
  { code: '7900215', name: 'Nâng cấp đường tỉnh 208', owner: dept('Sở Xây dựng'), place: 'province', group: 'B', totalBn: 210, start: '2023-04-01', end: '2025-12-31', plans: { 2024: { [L]: 65 }, 2025: { [L]: 60 } }, pace: 0.8 },
  { code: '7900216', name: 'Đường Hà Quảng – Thông Nông', owner: dept('Sở Xây dựng'), place: 'province', group: 'B', totalBn: 260, start: '2024-02-01', end: '2027-12-31', plans: { 2024: { [C]: 50, [L]: 10 }, 2025: { [C]: 70, [L]: 15 }, 2026: { [C]: 70, [L]: 15 } }, pace: 0.58 },
  { code: '7900217', name: 'Hạ tầng Khu du lịch thác Bản Giốc', owner: dept('Sở Văn hóa, Thể thao và Du lịch'), place: '01501', group: 'B', totalBn: 230, start: '2023-06-01', end: '2026-12-31', plans: { 2024: { [L]: 60 }, 2025: { [L]: 70 }, 2026: { [L]: 50 } }, pace: 0.9 },
  { code: '7900218', name: 'Tu bổ Khu di tích quốc gia đặc biệt Pác Bó', owner: dept('Sở Văn hóa, Thể thao và Du lịch'), place: '01392', group: 'C', totalBn: 75, start: '2024-03-01', end: '2026-12-31', plans: { 2024: { [C]: 20 }, 2025: { [C]: 25 }, 2026: { [C]: 20 } }, pace: 1 },
  { code: '7900219', name: 'Hạ tầng Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng', owner: dept('Sở Văn hóa, Thể thao và Du lịch'), place: 'province', group: 'B', totalBn: 150, start: '2024-01-01', end: '2027-12-31', plans: { 2024: { [L]: 30 }, 2025: { [L]: 40 }, 2026: { [L]: 35 } }, pace: 0.82 },
  { code: '7900220', name: 'Hạ tầng Khu kinh tế cửa khẩu Trà Lĩnh', owner: dept('Sở Công Thương'), place: 'province', group: 'B', totalBn: 340, start: '2023-01-01', end: '2026-12-31', plans: { 2024: { [C]: 90, [L]: 20 }, 2025: { [C]: 80, [L]: 20 }, 2026: { [C]: 60, [L]: 20 } }, pace: 0.68 },
  { code: '7900221', name: 'Chợ biên giới Sóc Giang', owner: dept('Sở Công Thương'), place: '01438', group: 'C', totalBn: 38, start: '2024-06-01', end: '2025-12-31', plans: { 2024: { [L]: 12 }, 2025: { [L]: 18 } }, pace: 0.5 },
  { code: '7900222', name: 'Trung tâm dữ liệu tỉnh và nền tảng chính quyền số', owner: dept('Sở Khoa học và Công nghệ'), place: 'province', group: 'C', totalBn: 85, start: '2024-04-01', end: '2026-12-31', plans: { 2024: { [L]: 20 }, 2025: { [L]: 30 }, 2026: { [L]: 25 } }, pace: 0.7 },
  { code: '7900223', name: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', owner: dept('Văn phòng Ủy ban nhân dân tỉnh'), place: 'province', group: 'C', totalBn: 30, start: '2025-01-01', end: '2026-12-31', plans: { 2025: { [L]: 15 }, 2026: { [L]: 12 } }, pace: 1 },
  { code: '7900224', name: 'Trụ sở làm việc hợp khối các cơ quan tỉnh', owner: { board: CIVIL }, place: 'province', group: 'B', totalBn: 160, start: '2024-01-01', end: '2026-12-31', plans: { 2024: { [L]: 40 }, 2025: { [L]: 50 }, 2026: { [L]: 40 } }, pace: 0.9 },
  { code: '7900225', name: 'Bố trí, ổn định dân cư vùng thiên tai, vùng đặc biệt khó khăn', owner: dept('Sở Dân tộc và Tôn giáo'), place: 'province', group: 'C', totalBn: 52, start: '2024-01-01', end: '2025-12-31', plans: { 2024: { [N]: 20 }, 2025: { [N]: 22 } }, pace: 0.6 },
  { code: '7900301', name: 'Chỉnh trang đô thị và hệ thống thoát nước phường Thục Phán', owner: commune, place: '01273', group: 'C', totalBn: 42, start: '2025-01-01', end: '2027-06-30', plans: { 2025: { [L]: 12 }, 2026: { [L]: 15 } }, pace: 0.8 },
  { code: '7900302', name: 'Nhà văn hóa các tổ dân phố phường Thục Phán', owner: commune, place: '01273', group: 'C', totalBn: 8, start: '2025-07-01', end: '2026-12-31', plans: { 2025: { [L]: 3 }, 2026: { [L]: 4 } }, pace: 0.9 },
  { code: '7900303', name: 'Đường giao thông liên xã {xa}', owner: commune, place: '01304', group: 'C', totalBn: 28, start: '2024-03-01', end: '2025-12-31', plans: { 2024: { [N]: 10 }, 2025: { [N]: 12 } }, pace: 0.7 },
  { code: '7900304', name: 'Trường mầm non trung tâm xã {xa}', owner: commune, place: '01321', group: 'C', totalBn: 14, start: '2024-05-01', end: '2025-12-31', plans: { 2024: { [N]: 6 }, 2025: { [N]: 6 } }, pace: 1 },
  { code: '7900305', name: 'Kênh mương nội đồng xã {xa}', owner: commune, place: '01726', group: 'C', totalBn: 9, start: '2025-02-01', end: '2026-06-30', plans: { 2025: { [N]: 4 }, 2026: { [N]: 4 } }, pace: 0.6 },
  { code: '7900306', name: 'Cầu treo dân sinh xã {xa}', owner: commune, place: '01393', group: 'C', totalBn: 12, start: '2024-09-01', end: '2025-12-31', plans: { 2024: { [N]: 4 }, 2025: { [N]: 7 } }, pace: 0.55 },
  { code: '7900307', name: 'Chợ trung tâm xã {xa}', owner: commune, place: '01477', group: 'C', totalBn: 18, start: '2025-03-01', end: '2026-12-31', plans: { 2025: { [L]: 6 }, 2026: { [L]: 8 } }, pace: 0.85 },
  { code: '7900308', name: 'Trụ sở Ủy ban nhân dân xã {xa}', owner: commune, place: '01654', group: 'C', totalBn: 22, start: '2025-09-01', end: '2026-12-31', plans: { 2025: { [L]: 5 }, 2026: { [L]: 14 } }, pace: 0.65 },
  { code: '7900309', name: 'Nhà văn hóa xã {xa} và các xóm', owner: commune, place: '01807', group: 'C', totalBn: 10, start: '2024-04-01', end: '2025-12-31', plans: { 2024: { [N]: 4 }, 2025: { [N]: 5 } }, pace: 0.95 },
  { code: '7900310', name: 'Đường vào vùng sản xuất tập trung xã {xa}', owner: commune, place: '01576', group: 'C', totalBn: 16, start: '2025-01-01', end: '2026-12-31', plans: { 2025: { [N]: 6 }, 2026: { [N]: 7 } }, pace: 0.5 },
  { code: '7900311', name: 'Nâng cấp trường tiểu học và trung học cơ sở bán trú xã {xa}', owner: commune, place: '01447', group: 'C', totalBn: 19, start: '2024-06-01', end: '2026-06-30', plans: { 2024: { [N]: 5 }, 2025: { [N]: 8 }, 2026: { [N]: 4 } }, pace: 0.9 },
  { code: '7900312', name: 'Đường giao thông nông thôn các xóm xã {xa}', owner: commune, place: '01558', group: 'C', totalBn: 13, start: '2024-02-01', end: '2025-06-30', plans: { 2024: { [N]: 7 }, 2025: { [N]: 5 } }, pace: 0.75 },
  { code: '7900313', name: 'Kè chống sạt lở khu dân cư phường {xa}', owner: commune, place: '01279', group: 'C', totalBn: 25, start: '2025-04-01', end: '2026-12-31', plans: { 2025: { [L]: 8 }, 2026: { [L]: 10 } }, pace: 0.6 },
  { code: '7900314', name: 'Cấp nước sinh hoạt các xóm vùng cao xã {xa}', owner: commune, place: '01414', group: 'C', totalBn: 11, start: '2024-07-01', end: '2025-12-31', plans: { 2024: { [N]: 4 }, 2025: { [N]: 6 } }, pace: 0.8 },
  { code: '7900315', name: 'Sân thể thao và nhà sinh hoạt cộng đồng phường {xa}', owner: commune, place: '01288', group: 'C', totalBn: 7, start: '2025-05-01', end: '2026-06-30', plans: { 2025: { [L]: 3 }, 2026: { [L]: 3 } }, pace: 1 },
  { code: '7900316', name: 'Đường biên giới kết nối các đồn biên phòng xã {xa}', owner: commune, place: '01561', group: 'C', totalBn: 30, start: '2024-01-01', end: '2026-12-31', plans: { 2024: { [C]: 8 }, 2025: { [C]: 10 }, 2026: { [C]: 9 } }, pace: 0.7 },
];

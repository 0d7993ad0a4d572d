/**
 * Exports equal to the screen (issue 21 §1): the province view and a commune's page as Excel (platform/xlsx.ts)
 * and CSV (the oversight module's writer), in the reader's language, numbers and dates as formats.ts writes them.
 */

import { toCsv } from '../../platform/csv.js';
import { formatDay } from '../../platform/formats.js';
import type { Language } from '../../platform/http/messages.js';
import { renderXlsx, type SheetColumn } from '../../platform/xlsx.js';
import { facilityItem, jobPosition } from './catalogue.js';
import type { ProvinceStaffing } from './province-staffing.js';
import type { CommuneStaffing, Shortfall } from './staffing-views.js';

const SHORTFALL: Record<Shortfall, { vi: string; en: string }> = {
  vacancies: { vi: 'Thiếu biên chế', en: 'Vacancies' },
  qualification: { vi: 'Trình độ chưa đạt', en: 'Qualification short' },
  facilities: { vi: 'Thiếu cơ sở vật chất', en: 'Facilities short' },
};

const T = {
  vi: {
    provinceTitle: 'TỔNG HỢP BIÊN CHẾ VÀ CƠ SỞ VẬT CHẤT CẤP XÃ',
    communeTitle: 'BIÊN CHẾ VÀ CƠ SỞ VẬT CHẤT',
    at: 'Tại ngày',
    code: 'Mã',
    commune: 'Xã, phường',
    quota: 'Biên chế giao',
    inPost: 'Có mặt',
    vacancies: 'Còn thiếu',
    belowQ: 'Trình độ chưa đạt',
    untrained: 'Chưa bồi dưỡng QLNN',
    facilities: 'Hạng mục CSVC thiếu',
    shortfalls: 'Chưa đạt yêu cầu',
    total: 'Toàn tỉnh',
    agency: 'Cơ quan',
    job: 'Vị trí việc làm',
    item: 'Hạng mục',
    required: 'Định mức',
    onHand: 'Hiện có',
    short: 'Còn thiếu',
    none: '—',
  },
  en: {
    provinceTitle: 'COMMUNE STAFFING AND FACILITIES',
    communeTitle: 'STAFFING AND FACILITIES',
    at: 'As of',
    code: 'Code',
    commune: 'Commune',
    quota: 'Quota',
    inPost: 'In post',
    vacancies: 'Vacancies',
    belowQ: 'Below qualification',
    untrained: 'No state-management training',
    facilities: 'Facility items short',
    shortfalls: 'Below requirements',
    total: 'Province',
    agency: 'Agency',
    job: 'Job position',
    item: 'Item',
    required: 'Norm',
    onHand: 'On hand',
    short: 'Short',
    none: '—',
  },
};

function provinceTable(view: ProvinceStaffing, language: Language) {
  const t = T[language];
  const header = [
    t.code,
    t.commune,
    t.quota,
    t.inPost,
    t.vacancies,
    t.belowQ,
    t.untrained,
    t.facilities,
    t.shortfalls,
  ];
  const rows = view.communes.map((c) => [
    c.unitCode,
    language === 'en' ? (c.nameEn ?? c.name) : c.name,
    c.totals.quota,
    c.totals.inPost,
    c.totals.vacancies,
    c.totals.belowQualification,
    c.totals.untrained,
    c.totals.facilitiesShort,
    c.shortfalls.map((s) => SHORTFALL[s][language]).join('; ') || t.none,
  ]);
  const v = view.totals;
  const total = [
    '',
    t.total,
    v.quota,
    v.inPost,
    v.vacancies,
    v.belowQualification,
    v.untrained,
    v.facilitiesShort,
    `${v.below}/${v.communes}`,
  ];
  return { header, rows, total };
}

export function provinceCsv(view: ProvinceStaffing, language: Language): string {
  const { header, rows, total } = provinceTable(view, language);
  return toCsv([header, ...rows, total]);
}

export function provinceXlsx(view: ProvinceStaffing, language: Language): Promise<Buffer> {
  const t = T[language];
  const { header, rows, total } = provinceTable(view, language);
  const widths = [8, 28, 10, 10, 10, 12, 14, 12, 36];
  return renderXlsx({
    title: t.provinceTitle,
    sheetName: language === 'en' ? 'Communes' : 'Xã phường',
    lines: [view.provinceName, `${t.at} ${formatDay(view.at)}`],
    columns: header.map(
      (h, i): SheetColumn => ({
        header: h,
        width: widths[i]!,
        format: i >= 2 && i <= 7 ? 'integer' : 'text',
      }),
    ),
    rows: [...rows.map((cells) => ({ cells })), { cells: total, bold: true }],
    landscape: true,
  });
}

function communeTables(view: CommuneStaffing, language: Language) {
  const t = T[language];
  const positions = [
    [t.agency, t.job, t.quota, t.inPost, t.vacancies, t.belowQ, t.untrained],
    ...view.positions.map((p) => [
      language === 'en' ? (p.agencyNameEn ?? p.agencyName) : p.agencyName,
      jobPosition(p.jobPosition)?.[language] ?? p.jobPosition,
      p.quota,
      p.inPost,
      p.vacancies,
      p.belowQualification,
      p.untrained,
    ]),
    [
      t.total,
      '',
      view.totals.quota,
      view.totals.inPost,
      view.totals.vacancies,
      view.totals.belowQualification,
      view.totals.untrained,
    ],
  ];
  const facilities = [
    [t.item, t.required, t.onHand, t.short],
    ...view.facilities.map((f) => [
      facilityItem(f.item)?.[language] ?? f.item,
      f.required,
      f.quantity,
      f.shortfall,
    ]),
  ];
  return { positions, facilities };
}

export function communeCsv(view: CommuneStaffing, language: Language): string {
  const { positions, facilities } = communeTables(view, language);
  return toCsv([...positions, [], ...facilities]);
}

export function communeXlsx(view: CommuneStaffing, language: Language): Promise<Buffer> {
  const t = T[language];
  const { positions, facilities } = communeTables(view, language);
  const [header, ...rows] = positions;
  const [fHeader, ...fRows] = facilities;
  return renderXlsx({
    title: `${t.communeTitle} — ${language === 'en' ? (view.nameEn ?? view.name) : view.name}`,
    sheetName: language === 'en' ? 'Staffing' : 'Bien che',
    lines: [`${t.at} ${formatDay(view.at)}`],
    columns: header!.map(
      (h, i): SheetColumn => ({
        header: String(h),
        width: i < 2 ? 32 : 12,
        format: i >= 2 ? 'integer' : 'text',
      }),
    ),
    rows: [
      ...rows.map((cells, i) => ({ cells, bold: i === rows.length - 1 })),
      { cells: [] },
      { cells: fHeader!, bold: true },
      ...fRows.map((cells) => ({ cells })),
    ],
    landscape: true,
  });
}

/**
 * An event's report as the screen shows it (issue 21 §2: "reports per event, commune and category; exports"):
 * one row per commune with its latest figures, the province total, and per day the aggregate as it stood that
 * evening, as Excel (platform/xlsx.ts) or CSV (oversight's writer), in the reader's language.
 */

import { toCsv } from '../../platform/csv.js';
import { formatDay } from '../../platform/formats.js';
import type { Language } from '../../platform/http/messages.js';
import { renderXlsx, type SheetCell, type SheetColumn } from '../../platform/xlsx.js';
import { INDICATORS } from './catalogue.js';
import type { EventDetail } from './event-views.js';

export const EXPORT_TABLES = ['communes', 'days'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const T = {
  vi: {
    commune: 'Xã, phường',
    day: 'Ngày',
    revision: 'Lần báo cáo',
    reportedOn: 'Ngày báo cáo',
    value: 'Giá trị thiệt hại (đồng)',
    total: 'Tổng cộng',
    reported: 'Số xã đã báo cáo',
    initial: 'Số liệu ban đầu',
    yes: 'Có',
    no: '',
  },
  en: {
    commune: 'Commune',
    day: 'Day',
    revision: 'Revision',
    reportedOn: 'Reported on',
    value: 'Estimated damage (VND)',
    total: 'Total',
    reported: 'Communes reported',
    initial: 'Initial figures',
    yes: 'Yes',
    no: '',
  },
};

function table(
  event: EventDetail,
  which: ExportTable,
  language: Language,
): { header: string[]; rows: SheetCell[][]; total?: SheetCell[] } {
  const t = T[language];
  const indicatorHeaders = INDICATORS.map((x) => `${x[language]} (${x.unit[language]})`);
  const figures = (values: Record<string, number>) => INDICATORS.map((x) => values[x.code] ?? 0);
  if (which === 'days') {
    return {
      header: [t.day, t.reported, ...indicatorHeaders, t.value],
      rows: event.byDay.map((d) => [
        formatDay(d.day),
        d.communesReported,
        ...figures(d.values),
        BigInt(d.estimatedValue),
      ]),
    };
  }
  return {
    header: [t.commune, t.revision, t.reportedOn, t.initial, ...indicatorHeaders, t.value],
    rows: event.lines.map((l) => [
      language === 'en' ? (l.nameEn ?? l.name) : l.name,
      l.latest?.revision ?? 0,
      l.latest ? formatDay(l.latest.reportedOn) : '',
      l.latest?.initial ? t.yes : t.no,
      ...figures(l.latest?.values ?? {}),
      BigInt(l.latest?.estimatedValue ?? '0'),
    ]),
    total: [t.total, '', '', '', ...figures(event.total.values), BigInt(event.total.estimatedValue)],
  };
}

export function eventCsv(event: EventDetail, which: ExportTable, language: Language): string {
  const { header, rows, total } = table(event, which, language);
  const plain = (cells: SheetCell[]) => cells.map((c) => (typeof c === 'bigint' ? c.toString() : c));
  return toCsv([header, ...rows.map(plain), ...(total ? [plain(total)] : [])]);
}

export function eventXlsx(event: EventDetail, which: ExportTable, language: Language): Promise<Buffer> {
  const { header, rows, total } = table(event, which, language);
  const numericFrom = which === 'days' ? 1 : 4;
  const title =
    language === 'en' ? `NATURAL-DISASTER DAMAGE — ${event.name}` : `THIỆT HẠI DO THIÊN TAI — ${event.name}`;
  const span = `${formatDay(event.startedOn)}${event.endedOn ? ` – ${formatDay(event.endedOn)}` : ''}`;
  return renderXlsx({
    title,
    sheetName:
      which === 'days'
        ? language === 'en'
          ? 'By day'
          : 'Theo ngay'
        : language === 'en'
          ? 'By commune'
          : 'Theo xa',
    lines: [`${event.code} · ${language === 'en' ? 'Form' : 'Biểu'} ${event.form} · ${span}`],
    columns: header.map(
      (h, i): SheetColumn => ({
        header: h,
        width: i === 0 ? 26 : 12,
        format: i >= numericFrom ? (INDICATORS[i - numericFrom]?.decimals ? 'decimal' : 'integer') : 'text',
      }),
    ),
    rows: [...rows.map((cells) => ({ cells })), ...(total ? [{ cells: total, bold: true }] : [])],
    notes: [
      language === 'en'
        ? 'Indicators grouped as Joint Circular 43/2015/TTLT-BNNPTNT-BKHĐT art. 5(1).'
        : 'Chỉ tiêu theo nhóm tại khoản 1 Điều 5 Thông tư liên tịch 43/2015/TTLT-BNNPTNT-BKHĐT.',
    ],
    landscape: true,
  });
}

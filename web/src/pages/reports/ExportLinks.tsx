/** Download links of a report: CSV (open data), Excel and PDF, with the same numbers as the page (issue 7 §4). */
import { useTranslation } from 'react-i18next';
import { type ExportFormat, exportUrl, type ReportFilter } from './api';

type Props = { filter: ReportFilter; publicView?: boolean; report?: 'service' | 'index766'; label?: string };

export function ExportLinks({ filter, publicView, report = 'service', label }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const formats: ExportFormat[] = report === 'index766' ? ['xlsx', 'pdf'] : ['csv', 'xlsx', 'pdf'];
  const text = (format: ExportFormat) =>
    report === 'index766'
      ? t(format === 'pdf' ? 'reports.export.scorecardPdf' : 'reports.export.scorecardXlsx')
      : t(`reports.export.${format}`);
  return (
    <nav className="report-exports" aria-label={label ?? t('reports.export.heading')}>
      {formats.map((format) => (
        <a
          key={format}
          className="link-button"
          href={exportUrl(filter, format, { publicView, report: publicView ? undefined : report, lang })}
          download
          data-testid={`export-${report}-${format}`}
        >
          {text(format)}
        </a>
      ))}
    </nav>
  );
}

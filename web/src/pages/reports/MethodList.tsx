/** The published method of a report (issue 7: "with the method published"), in the UI language, with its basis. */
import { useTranslation } from 'react-i18next';
import type { MethodLine } from './api';

export function MethodList({ method, id = 'report-method' }: { method: MethodLine[]; id?: string }) {
  const { t, i18n } = useTranslation();
  const en = i18n.resolvedLanguage === 'en';
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`} className="section-heading-small">
        {t('reports.method.heading')}
      </h2>
      <ul className="report-method">
        {method.map((line) => (
          <li key={line.key}>
            {en ? line.en : line.vi}{' '}
            <span className="report-source">
              {t('reports.method.source', { source: en ? line.sourceEn : line.source })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

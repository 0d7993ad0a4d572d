/**
 * The applicant as the officials handling the dossier need them (issue 15 §4): identity, contact and what was
 * declared. The server sends contact and declared content only to the applicant and those officials; others (a
 * province-wide reader) get the name alone, and are told why.
 */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from './api';

export function ApplicantDetails({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const a = dossier.applicant;
  const declared = Object.entries(dossier.declared ?? {});
  const shown = (value: string | undefined) => value || t('confirm.applicant.none');
  if (!dossier.personalData)
    return (
      <section aria-labelledby="applicant-heading" data-testid="dossier-applicant">
        <h2 id="applicant-heading">{t('confirm.applicant.title')}</h2>
        <p>{a.name}</p>
        <p className="cell-note">{t('confirm.applicant.restricted')}</p>
      </section>
    );
  return (
    <section aria-labelledby="applicant-heading" data-testid="dossier-applicant">
      <h2 id="applicant-heading">{t('confirm.applicant.title')}</h2>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }}>
        <Descriptions.Item label={t('confirm.applicant.name')}>{a.name}</Descriptions.Item>
        <Descriptions.Item label={t('confirm.applicant.idNumber')}>{shown(a.idNumber)}</Descriptions.Item>
        <Descriptions.Item label={t('confirm.applicant.phone')}>{shown(a.phone)}</Descriptions.Item>
        <Descriptions.Item label={t('confirm.applicant.email')}>{shown(a.email)}</Descriptions.Item>
        <Descriptions.Item label={t('confirm.applicant.address')} span={2}>
          {shown(a.address)}
        </Descriptions.Item>
        {declared.map(([label, value]) => (
          <Descriptions.Item key={label} label={label} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
    </section>
  );
}

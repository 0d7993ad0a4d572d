/**
 * The codes that open public tracking (issue 15 §3): the submission reference (from the first minute), the dossier
 * code (from reception) and the tracking secret, with a link that tracks the dossier with them. Shown on the
 * success screen of an online application and on the dossier page.
 */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

type Props = {
  submissionRef: string | null;
  code: string | null;
  secret: string | null;
};

export function trackPath(key: string, secret: string): string {
  return `/track?${new URLSearchParams({ code: key, secret }).toString()}`;
}

export function TrackingCodes({ submissionRef, code, secret }: Props) {
  const { t } = useTranslation();
  const key = code ?? submissionRef;
  if (!key || !secret) return null;
  return (
    <section aria-labelledby="tracking-codes-title" className="tracking-codes" data-testid="tracking-codes">
      <h2 id="tracking-codes-title" className="section-heading-small">
        {t('front.tracking.title')}
      </h2>
      <p>{t('front.tracking.intro')}</p>
      <Descriptions bordered size="small" column={1}>
        {submissionRef ? (
          <Descriptions.Item label={t('front.apply.reference')}>
            <strong className="code" data-testid="tracking-ref">
              {submissionRef}
            </strong>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('front.apply.dossierCode')}>
          {code ? (
            <strong className="code" data-testid="tracking-code">
              {code}
            </strong>
          ) : (
            t('front.apply.codePending')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('front.apply.secret')}>
          <strong className="code" data-testid="tracking-secret">
            {secret}
          </strong>
        </Descriptions.Item>
      </Descriptions>
      <p style={{ marginTop: 8 }}>
        <Link to={trackPath(key, secret)} data-testid="tracking-link">
          {t('front.apply.trackNow')}
        </Link>
      </p>
    </section>
  );
}

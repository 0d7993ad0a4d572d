/**
 * What an online applicant sees at once on submitting (issue 15 §3): the submission reference and the tracking
 * secret, that the dossier code follows at reception, and where to go next.
 */
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../layout/LinkButton';
import type { SubmitAnswer } from './api';
import { TrackingCodes } from './TrackingCodes';

export function ApplicationSubmitted({
  answer,
  headingLevel = 2,
}: {
  answer: SubmitAnswer;
  headingLevel?: 1 | 2;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div data-testid="apply-done" className="application-submitted">
      <Result
        status="success"
        title={<Heading className="result-heading">{t('front.apply.successTitle')}</Heading>}
        subTitle={t('front.apply.successText')}
      />
      <TrackingCodes submissionRef={answer.submissionRef} code={null} secret={answer.trackingSecret} />
      <div className="procedure-actions">
        <LinkButton to={`/dossiers/${answer.id}`} primary>
          {t('front.apply.openDossier')}
        </LinkButton>
        <LinkButton to="/my/dossiers">{t('front.apply.myDossiers')}</LinkButton>
      </div>
    </div>
  );
}

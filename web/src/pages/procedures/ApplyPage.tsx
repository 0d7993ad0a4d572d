/**
 * `/procedures/:code/apply` — "Nộp hồ sơ" of a procedure page (issue 15 §1): the online application for THAT
 * procedure, through sign-in and back (`?next=`) for a visitor. A procedure not offered online says where to file
 * instead (its receiving places); an official's account is told that online filing is a citizen's.
 */
import { Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useParams } from 'react-router-dom';
import { loginPathFor } from '../../auth/next';
import { useMe } from '../../auth/queries';
import { FullPageLoading } from '../../layout/FullPageLoading';
import { InlineLoading } from '../../layout/InlineLoading';
import { LinkButton } from '../../layout/LinkButton';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { PublicLayout } from '../../layout/PublicLayout';
import { usePageTitle } from '../../layout/usePageTitle';
import { ApplicationSubmitted } from '../dossiers/ApplicationSubmitted';
import { ApplyWizard } from '../dossiers/ApplyWizard';
import type { SubmitAnswer } from '../dossiers/api';
import { type CatalogueEntry, useCatalogueEntry } from './api';
import { useProcedureLabels } from './labels';
import { useCatalogueProvince } from './useProvince';
import '../data-pages.css';
import './procedures.css';

/** Where a procedure that is not offered online is filed: its receiving places (issue 15 §1). */
export function WhereToFile({ entry }: { entry: CatalogueEntry }) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  return (
    <section className="panel" data-testid="where-to-file">
      <h2 className="section-heading-small">{t('front.apply.notOnline')}</h2>
      <p>{t('front.apply.notOnlineText')}</p>
      <h3 className="section-heading-small">{t('front.apply.whereToFile')}</h3>
      <ul>
        {entry.publication.receiving.agencies.map((a) => (
          <li key={a.id}>{labels.agency(a)}</li>
        ))}
      </ul>
    </section>
  );
}

function Apply({ code }: { code: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { province } = useCatalogueProvince();
  const entry = useCatalogueEntry(province, code);
  const [answer, setAnswer] = useState<SubmitAnswer | null>(null);
  const user = me.data?.user;
  const back = `/procedures/${code}?province=${province}`;
  if (!entry.data)
    return entry.isError ? (
      <ProblemAlert error={entry.error} onRetry={() => void entry.refetch()} />
    ) : (
      <InlineLoading />
    );
  const procedure = entry.data.procedure;
  return (
    <div className="data-page procedures-page" data-testid="apply-page">
      <Typography.Title level={1} className="page-heading">
        {t('dossiers.apply.title')}: {procedure.name}
      </Typography.Title>
      {answer ? (
        <ApplicationSubmitted answer={answer} />
      ) : procedure.onlineLevel === 'none' ? (
        <>
          <WhereToFile entry={entry.data} />
          <LinkButton to={back}>{t('procedures.detail.back')}</LinkButton>
        </>
      ) : user?.kind !== 'citizen' ? (
        <Result
          status="info"
          title={<h2 className="result-heading">{t('front.apply.citizensOnly')}</h2>}
          subTitle={t('front.apply.citizensOnlyText')}
          extra={<LinkButton to={back}>{t('procedures.detail.back')}</LinkButton>}
        />
      ) : (
        <ApplyWizard
          procedureCode={procedure.code}
          province={entry.data.provinceCode}
          initialApplicant={{ name: user.displayName }}
          onDone={setAnswer}
        />
      )}
    </div>
  );
}

export function ApplyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const location = useLocation();
  const me = useMe();
  usePageTitle(t('dossiers.apply.title'));
  if (me.isPending) return <FullPageLoading />;
  // A visitor signs in first and comes back here (issue 15 §1).
  if (!me.data) return <Navigate to={loginPathFor(location)} replace />;
  return (
    <PublicLayout>
      <Apply code={code} />
    </PublicLayout>
  );
}

/**
 * `/my/dossiers` ("Hồ sơ của tôi"): the dossiers the signed-in citizen filed — only theirs, the server decides
 * (issue 15 §3) — with the notifications of what changed, and a new online application.
 */
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/current-user';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { ApplicationSubmitted } from './ApplicationSubmitted';
import { ApplyWizard } from './ApplyWizard';
import { type SubmitAnswer, useMyDossiers } from './api';
import { DossierTable } from './DossierTable';
import { NoticeList } from './NoticeList';
import '../data-pages.css';

export function MyDossiersPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const title = t('areas.myDossiers.title');
  usePageTitle(title);
  const [page, setPage] = useState(1);
  const [applying, setApplying] = useState(false);
  const [submitted, setSubmitted] = useState<SubmitAnswer | null>(null);
  const mine = useMyDossiers(page);
  return (
    <div className="data-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-myDossiers">
          {title}
        </Typography.Title>
        {!applying ? (
          <Button type="primary" onClick={() => setApplying(true)} data-testid="apply-start">
            {t('dossiers.apply.button')}
          </Button>
        ) : null}
      </div>
      {submitted ? <ApplicationSubmitted answer={submitted} /> : null}
      {applying ? (
        <ApplyWizard
          initialApplicant={{ name: user.displayName }}
          onDone={(answer) => {
            setApplying(false);
            setSubmitted(answer);
            void mine.refetch();
          }}
        />
      ) : null}
      <Typography.Paragraph className="page-intro">{t('dossiers.mine.intro')}</Typography.Paragraph>
      {mine.isError ? (
        <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <DossierTable
          data={mine.data}
          loading={mine.isPending}
          page={page}
          onPage={setPage}
          caption={title}
          testId="my-dossiers"
        />
      )}
      <NoticeList />
    </div>
  );
}

/**
 * The at-risk list's action (issue 9 §2, "projects at risk … able to become oversight tasks"): a leader turns a
 * project behind its monthly plan into a task for its owner (RaiseTaskDrawer). Shown to issuing leaders only.
 */
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/current-user';
import { useFormat } from '../../i18n/format';
import { issuerGrants } from './IssueConclusionDrawer';
import { RaiseTaskDrawer } from './RaiseTaskDrawer';

export type RaisableProject = {
  projectId: string;
  code: string;
  name: string;
  /** The owner's agency, when the investment module knows it (the task's lead agency). */
  ownerAgencyId?: string | null;
  behindPoints: number;
};

export function RaiseFromProjectButton({ project }: { project: RaisableProject }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const leader = issuerGrants(useCurrentUser().roles).length > 0;
  if (!leader) return null;
  return (
    <>
      <Button
        size="small"
        onClick={() => setOpen(true)}
        aria-label={t('oversight.raise.fromProjectLabel', { name: project.name })}
        data-testid={`raise-project-${project.code}`}
      >
        {t('oversight.raise.fromProject')}
      </Button>
      <RaiseTaskDrawer
        open={open}
        source={{ kind: 'investment_project', id: project.projectId }}
        defaults={{
          code: project.code,
          title: project.name,
          content: t('oversight.raise.projectContent', {
            name: project.name,
            points: f.decimal(project.behindPoints),
          }),
          leadAgencyId: project.ownerAgencyId ?? null,
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

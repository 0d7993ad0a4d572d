/**
 * The planning office's tools on a resolution: change its particulars, add a target or sub-target, change a
 * target. Each opens its form in a dialog (ResolutionForm, TargetForm).
 */
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolutionDetail, Target } from './api';
import { ResolutionForm } from './ResolutionForm';
import { TargetForm } from './TargetForm';

type Open = { kind: 'resolution' } | { kind: 'target'; target: Target | null } | null;

export function PlanningTools({ detail }: { detail: ResolutionDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const r = detail.resolution;
  const main = detail.targets.filter((x) => x.parentId === null);
  return (
    <div className="toolbar" data-testid="planning-tools">
      <Button
        icon={<EditOutlined aria-hidden />}
        onClick={() => setOpen({ kind: 'resolution' })}
        data-testid="resolution-edit"
      >
        {t('targets.forms.editResolution')}
      </Button>
      <Button
        icon={<PlusOutlined aria-hidden />}
        onClick={() => setOpen({ kind: 'target', target: null })}
        data-testid="target-add"
      >
        {t('targets.forms.newTarget')}
      </Button>
      <div className="toolbar-field">
        <label htmlFor="target-edit-choose" className="visually-hidden">
          {t('targets.forms.editTarget', { label: '' })}
        </label>
        <Select<string>
          id="target-edit-choose"
          value={null}
          placeholder={t('targets.forms.editTarget', { label: '…' })}
          onChange={(id) => {
            const target = detail.targets.find((x) => x.id === id);
            if (target) setOpen({ kind: 'target', target });
          }}
          showSearch={{ optionFilterProp: 'label' }}
          options={detail.targets.map((x) => ({ value: x.id, label: `${x.label}. ${x.indicator}` }))}
          className="toolbar-select"
          data-testid="target-edit-choose"
        />
      </div>
      {open?.kind === 'resolution' ? (
        <ResolutionForm
          existing={r}
          provinces={[{ code: r.provinceCode, name: r.provinceName }]}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'target' ? (
        <TargetForm resolution={r} mainTargets={main} existing={open.target} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
}

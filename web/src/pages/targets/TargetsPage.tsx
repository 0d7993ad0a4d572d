/**
 * `/dashboard/targets`: the resolutions of the provinces the user works in, one at a time — its targets with their
 * values and achievement at a period, the rules of each kind of target, the planning office's review queue — and a
 * target's history and reporting form in a drawer. What is shown lives in the address:
 * `?resolution=&year=&period=&target=`.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/current-user';
import { todayInVietnam } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { useProvinces } from '../units/api';
import { PERIODS, type Period, useResolutions } from './api';
import { ResolutionForm } from './ResolutionForm';
import { ResolutionView } from './ResolutionView';
import { TargetDrawer } from './TargetDrawer';
import '../data-pages.css';
import './targets.css';

export function TargetsPage() {
  const { t } = useTranslation();
  const title = t('areas.targets.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const resolutions = useResolutions();
  const user = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const national = user.roles.some((g) => g.unitCode === 'VN');
  // Province-wide grants may plan (the server decides; a refusal shows in the form).
  const planningProvinces = new Set(
    user.roles.filter((g) => /^\d{2}$/.test(g.unitCode) && g.role !== 'citizen').map((g) => g.unitCode),
  );
  const provinces = useProvinces(todayInVietnam());
  const choosable = (provinces.data?.items ?? [])
    .filter((p) => national || planningProvinces.has(p.code))
    .map((p) => ({ code: p.code, name: p.name }));
  const items = resolutions.data?.items ?? [];
  const chosen = params.get('resolution') ?? '';
  const selected = items.find((r) => r.id === chosen)?.id ?? items[0]?.id ?? '';
  const rawYear = Number(params.get('year'));
  const year = Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= 2100 ? rawYear : undefined;
  const rawPeriod = params.get('period') ?? '';
  const period = (PERIODS as readonly string[]).includes(rawPeriod) ? (rawPeriod as Period) : undefined;
  const target = params.get('target') ?? '';

  const update = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') next.delete(k);
        else next.set(k, v);
      }
      return next;
    });

  return (
    <div className="data-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-targets">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('targets.intro')}</Typography.Paragraph>
      {national || planningProvinces.size > 0 ? (
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setCreating(true)}
          disabled={choosable.length === 0}
          data-testid="resolution-new"
        >
          {t('targets.forms.newResolution')}
        </Button>
      ) : null}
      {creating ? (
        <ResolutionForm
          existing={null}
          provinces={choosable}
          onClose={(saved) => {
            setCreating(false);
            if (saved) update({ resolution: saved.id, year: null, period: null, target: null });
          }}
        />
      ) : null}

      {resolutions.isPending ? (
        <InlineLoading />
      ) : resolutions.isError ? (
        <ProblemAlert
          error={resolutions.error}
          onRetry={() => void resolutions.refetch()}
          testId="targets-error"
        />
      ) : items.length === 0 ? (
        <p className="muted" data-testid="targets-empty">
          {t('targets.resolutions.empty')}
        </p>
      ) : (
        <>
          <div className="toolbar">
            <div className="toolbar-field toolbar-grow">
              <label htmlFor="targets-resolution">{t('targets.resolutions.choose')}</label>
              <Select
                id="targets-resolution"
                value={selected}
                onChange={(id) => update({ resolution: id, year: null, period: null, target: null })}
                options={items.map((r) => ({
                  value: r.id,
                  label: t('targets.resolutions.option', {
                    province: r.provinceName,
                    title: r.title,
                    years: r.fromYear === r.toYear ? String(r.toYear) : `${r.fromYear}–${r.toYear}`,
                    count: r.targets,
                  }),
                }))}
                className="full-width"
                data-testid="targets-resolution"
              />
            </div>
          </div>
          <ResolutionView
            key={selected}
            id={selected}
            year={year}
            period={period}
            onPeriod={(y, p) => update({ year: String(y), period: p })}
            onOpenTarget={(id) => update({ target: id })}
          />
        </>
      )}
      {target ? <TargetDrawer key={target} id={target} onClose={() => update({ target: null })} /> : null}
    </div>
  );
}

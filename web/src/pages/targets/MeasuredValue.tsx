/**
 * A target measured from the records (issue 24 §2): what is measured and where, the value with its counts and
 * days, and a link to the records behind it. Read-only: such a target takes no typed value.
 */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../i18n/format';
import { useDateFormat } from '../../layout/dates';
import type { Measured, Target } from './api';
import { useTargetLabels } from './labels';

/** "Dossiers on time (national portal rule) — Tỉnh Cao Bằng, all communes". */
export function useMeasuredWhat() {
  const { t } = useTranslation();
  return (x: Target) =>
    x.measuredBy
      ? t(x.measuredLevel ? 'targets.measured.whatLevel' : 'targets.measured.what', {
          indicator: t(`targets.measured.indicators.${x.measuredBy}`),
          unit: x.measuredUnitName ?? x.measuredUnitCode,
          level: x.measuredLevel ? t(`targets.measured.levels.${x.measuredLevel}`) : '',
        })
      : '';
}

export function MeasuredTag() {
  const { t } = useTranslation();
  return <Tag className="tag-info wrap-tag">{t('targets.measured.tag')}</Tag>;
}

/**
 * The value cell of a measured target: the figure (or why there is none), its counts, the link to the records
 * (only sent to a reader who may open it). Disbursement counts are money, in tỷ đồng as the page speaks.
 */
export function MeasuredCell({
  label,
  measured,
  measuredBy,
}: {
  label: string;
  measured: Measured | null;
  measuredBy: Target['measuredBy'];
}) {
  const { t, i18n } = useTranslation();
  const labels = useTargetLabels();
  const f = useFormat();
  const dates = useDateFormat();
  const english = i18n.resolvedLanguage === 'en';
  if (!measured) return <span className="muted">—</span>;
  const money = measuredBy === 'disbursement_rate';
  return (
    <>
      {measured.value === null ? (
        <span className="muted" data-testid={`target-value-${label}`}>
          —
        </span>
      ) : (
        <span data-testid={`target-value-${label}`}>{labels.number(measured.value)}</span>
      )}
      <div>
        <MeasuredTag />
      </div>
      {measured.numerator !== null && measured.denominator !== null && measured.denominator > 0 ? (
        <div className="cell-note" data-testid={`target-counts-${label}`}>
          {t(money ? 'targets.measured.countsMoney' : 'targets.measured.counts', {
            numerator: money ? f.billionDong(measured.numerator) : f.count(measured.numerator),
            denominator: money ? f.billionDong(measured.denominator) : f.count(measured.denominator),
            from: dates.date(measured.from),
            to: dates.date(measured.to),
          })}
        </div>
      ) : null}
      {measured.reason ? (
        <div className="cell-note">{english ? measured.reason.en : measured.reason.vi}</div>
      ) : null}
      {measured.drillPath ? (
        <div className="cell-note">
          <Link
            to={measured.drillPath}
            aria-label={t('targets.measured.drillAria', { label })}
            data-testid={`target-drill-${label}`}
          >
            {t('targets.measured.drill')}
          </Link>
        </div>
      ) : null}
    </>
  );
}

/** "Method: … Basis: …" in the UI language. */
export function MethodText({ target }: { target: Target }) {
  const { t, i18n } = useTranslation();
  if (!target.method) return null;
  const en = i18n.resolvedLanguage === 'en';
  return (
    <span data-testid="target-method">
      {t('targets.measured.methodValue', {
        method: en ? target.method.en : target.method.vi,
        source: en ? target.method.sourceEn : target.method.source,
      })}
    </span>
  );
}

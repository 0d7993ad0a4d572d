/** A publication's fees: fixed amounts, fee tables and exemptions, in đồng, each with its basis. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublishedFee } from './api';
import { useProcedureLabels } from './labels';

export function FeesList({ fees }: { fees: PublishedFee[] }) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  if (fees.length === 0) return <p>{t('procedures.detail.feesNone')}</p>;
  return (
    <ul className="procedure-fees" data-testid="procedure-fees">
      {fees.map((fee, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fee is identified by its position in the publication
        <li key={i}>
          <strong>{fee.name}</strong>
          {fee.kind === 'fixed' && fee.amountDong !== null ? (
            <span>
              {': '}
              {labels.dong(fee.amountDong)} {fee.per ? t('procedures.detail.per', { per: fee.per }) : ''}
            </span>
          ) : null}
          {fee.kind === 'exemption' ? (
            <Tag className="procedure-exempt">{t('procedures.detail.feeExemption')}</Tag>
          ) : null}
          {fee.kind === 'table' ? (
            <table className="fee-table">
              <tbody>
                {fee.rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>{labels.dong(row.amountDong)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {fee.note ? <div className="cell-note">{fee.note}</div> : null}
          {fee.basis ? (
            <div className="cell-note">{t('procedures.detail.basis', { basis: fee.basis })}</div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

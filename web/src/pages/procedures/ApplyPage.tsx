/**
 * `/procedures/:code/apply` — an honest "not ready" page until the dossiers module takes online applications:
 * no pretend form, and where the citizen can file today (any PAS centre of the province, or the national portal).
 */
import { ToolOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { LinkButton } from '../../layout/LinkButton';
import { PublicLayout } from '../../layout/PublicLayout';
import { usePageTitle } from '../../layout/usePageTitle';
import { useCatalogueEntry } from './api';
import { useCatalogueProvince } from './useProvince';

export function ApplyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { province } = useCatalogueProvince();
  const entry = useCatalogueEntry(province, code);
  const title = t('procedures.apply.title');
  usePageTitle(title);
  const name = entry.data?.procedure.name ?? code;
  const portal = entry.data?.procedure.url;
  return (
    <PublicLayout>
      <div data-testid="apply-not-ready">
        <Result
          status="info"
          icon={<ToolOutlined aria-hidden />}
          title={<h1 className="result-heading">{title}</h1>}
          subTitle={t('procedures.apply.description', { name })}
          extra={
            <div className="procedure-actions procedure-actions-centre">
              <LinkButton to={`/procedures/${code}?province=${province}`} primary>
                {t('procedures.apply.back')}
              </LinkButton>
              {portal ? (
                <a href={portal} target="_blank" rel="noreferrer" className="link-button">
                  {t('procedures.detail.portal')}
                </a>
              ) : null}
            </div>
          }
        />
      </div>
    </PublicLayout>
  );
}

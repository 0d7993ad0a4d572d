/** The cards of a home page, one per area; the whole card is the link (its title is the link text). */
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Area } from '../areas';
import { AreaIcon } from '../layout/AreaIcon';

export function AreaCards({ areas }: { areas: Area[] }) {
  const { t } = useTranslation();
  return (
    <ul className="area-cards" data-testid="area-cards">
      {areas.map((area) => {
        const title = t(`areas.${area.key}.title`);
        return (
          <li key={area.key}>
            <Card hoverable className="area-card" data-testid={`area-${area.key}`}>
              <AreaIcon name={area.icon} className="area-card-icon" />
              <Typography.Title level={3} className="area-card-title">
                {area.external ? (
                  <a href={area.path} className="stretched-link">
                    {title}
                  </a>
                ) : (
                  <Link to={area.path} className="stretched-link">
                    {title}
                  </Link>
                )}
              </Typography.Title>
              <Typography.Paragraph className="area-card-description">
                {t(`areas.${area.key}.description`)}
              </Typography.Paragraph>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}

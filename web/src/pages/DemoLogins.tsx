/** The demo accounts (never their passwords), so a tester can pick one. Shown only when the server says `demo`. */
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DemoLogin, isRole } from '../api/types';

type Props = {
  logins: DemoLogin[];
  onPick: (username: string) => void;
};

export function DemoLogins({ logins, onPick }: Props) {
  const { t } = useTranslation();
  const roleName = (role: string) => (isRole(role) ? t(`roles.${role}`) : role);
  return (
    <Card className="login-card" data-testid="demo-logins">
      <Typography.Title level={2} className="section-heading demo-heading" id="demo-logins-heading">
        {t('login.demo.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('login.demo.intro')}</Typography.Paragraph>
      <table className="demo-table" aria-labelledby="demo-logins-heading">
        <thead>
          <tr>
            <th scope="col">{t('login.demo.username')}</th>
            <th scope="col">{t('login.demo.role')}</th>
          </tr>
        </thead>
        <tbody>
          {logins.map((login) => (
            <tr key={login.username}>
              <td>
                <button
                  type="button"
                  className="demo-username"
                  onClick={() => onPick(login.username)}
                  data-testid={`demo-login-${login.username}`}
                >
                  {login.username}
                </button>
              </td>
              <td>{roleName(login.role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

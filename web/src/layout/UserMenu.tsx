/** The account button in the header: the user's name, their own account page, and sign-out. */
import { IdcardOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../auth/current-user';
import { clearUserData, useLogout } from '../auth/queries';

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const signOut = () => {
    logout.mutate(undefined, {
      onSuccess: async (endSessionUrl) => {
        // A single sign-on session: the provider ends its own session too, then sends the browser back.
        if (endSessionUrl) {
          clearUserData(queryClient);
          window.location.assign(endSessionUrl);
          return;
        }
        await navigate('/login', { replace: true });
        clearUserData(queryClient);
      },
      onError: () => {
        void message.error(t('user.signOutFailed'));
      },
    });
  };

  const items: MenuProps['items'] = [
    {
      key: 'my-account',
      label: t('user.myAccount'),
      icon: <IdcardOutlined aria-hidden />,
      'data-testid': 'my-account',
    },
    {
      key: 'sign-out',
      label: t('user.signOut'),
      icon: <LogoutOutlined aria-hidden />,
      disabled: logout.isPending,
      'data-testid': 'sign-out',
    },
  ];

  return (
    <Dropdown
      trigger={['click']}
      autoFocus
      placement="bottomRight"
      menu={{
        items,
        onClick: ({ key }) => {
          if (key === 'sign-out') signOut();
          if (key === 'my-account') void navigate('/account');
        },
      }}
    >
      <Button
        type="text"
        icon={<UserOutlined aria-hidden />}
        aria-label={t('user.menu', { name: user.displayName })}
        aria-haspopup="menu"
        data-testid="user-menu"
        loading={logout.isPending}
      >
        <span className="user-name">{user.displayName}</span>
      </Button>
    </Dropdown>
  );
}

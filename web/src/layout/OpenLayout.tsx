/**
 * The frame of a page open to everyone (no sign-in needed): the signed-in frame with its navigation for a
 * signed-in user, the public frame for a visitor — so a clerk keeps their menu and a citizen needs no account.
 */
import { Outlet } from 'react-router-dom';
import { CurrentUserContext } from '../auth/current-user';
import { useMe } from '../auth/queries';
import { AppLayout } from './AppLayout';
import { FullPageLoading } from './FullPageLoading';
import { PublicLayout } from './PublicLayout';

export function OpenLayout() {
  const me = useMe();
  if (me.isPending) return <FullPageLoading />;
  const user = me.data?.user;
  if (!user)
    // Not signed in, or the session could not be read: the page works the same without an account.
    return (
      <PublicLayout>
        <Outlet />
      </PublicLayout>
    );
  return (
    <CurrentUserContext.Provider value={user}>
      <AppLayout />
    </CurrentUserContext.Provider>
  );
}

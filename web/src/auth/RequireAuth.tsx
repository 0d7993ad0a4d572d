/**
 * Lets the signed-in through (with the user in context); sends everyone else to `/login?next=…`. A user whose
 * password an administrator reset goes to "My account" until they choose their own (the server refuses their
 * other changes meanwhile).
 */
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ErrorState } from '../layout/ErrorState';
import { FullPageLoading } from '../layout/FullPageLoading';
import { PublicLayout } from '../layout/PublicLayout';
import { CurrentUserContext } from './current-user';
import { loginPathFor, secondFactorPath } from './next';
import { useMe } from './queries';

export const ACCOUNT_PATH = '/account';

export function RequireAuth() {
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <FullPageLoading />;

  if (me.isError && me.data === undefined) {
    return (
      <PublicLayout>
        <ErrorState error={me.error} titleKey="errors.sessionTitle" onRetry={() => void me.refetch()} />
      </PublicLayout>
    );
  }

  if (!me.data) return <Navigate to={loginPathFor(location)} replace />;

  if (me.data.stage !== 'full')
    return <Navigate to={secondFactorPath(`${location.pathname}${location.search}`)} replace />;

  if (me.data.user.mustChangePassword && location.pathname !== ACCOUNT_PATH)
    return <Navigate to={ACCOUNT_PATH} replace />;

  return (
    <CurrentUserContext.Provider value={me.data.user}>
      <Outlet />
    </CurrentUserContext.Provider>
  );
}

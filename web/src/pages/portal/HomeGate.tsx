/**
 * `/`: the public portal for a visitor (issue 15 §1); the signed-in user's own home (their role's areas) once
 * signed in, through the sign-in gate as before.
 */

import { useMe } from '../../auth/queries';
import { RequireAuth } from '../../auth/RequireAuth';
import { FullPageLoading } from '../../layout/FullPageLoading';
import { PublicLayout } from '../../layout/PublicLayout';
import { PortalHome } from './PortalHome';

export function HomeGate() {
  const me = useMe();
  if (me.isPending) return <FullPageLoading />;
  // A session that could not be read is left to the gate, which says so.
  if (me.data === null)
    return (
      <PublicLayout>
        <PortalHome />
      </PublicLayout>
    );
  return <RequireAuth />;
}

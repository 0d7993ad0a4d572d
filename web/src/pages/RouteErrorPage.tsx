import { useRouteError } from 'react-router-dom';
import { ErrorState } from '../layout/ErrorState';
import { PublicLayout } from '../layout/PublicLayout';

/** A page that crashed while rendering: say so plainly, offer a reload. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <PublicLayout>
      <ErrorState error={error} titleKey="errors.pageTitle" onRetry={() => window.location.reload()} />
    </PublicLayout>
  );
}

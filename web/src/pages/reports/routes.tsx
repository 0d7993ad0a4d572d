/**
 * The reports pages as the router mounts them: the public transparency page `/public/reports/:unitCode` (open to
 * everyone, in the signed-in frame for a user) and the leaders' dashboard of the servicePerformance area.
 */
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { InlineLoading } from '../../layout/InlineLoading';
import { OpenLayout } from '../../layout/OpenLayout';

const PublicReportPage = lazy(() =>
  import('./PublicReportPage').then((m) => ({ default: m.PublicReportPage })),
);
export const ServicePerformancePage = lazy(() =>
  import('./ServicePerformancePage').then((m) => ({ default: m.ServicePerformancePage })),
);

/** `/public/reports/:unitCode` (issue 7 §3): no sign-in; the province's or a commune's figures. */
export const reportOpenRoutes: RouteObject = {
  element: <OpenLayout />,
  children: [
    {
      path: '/public/reports/:unitCode',
      element: (
        <Suspense fallback={<InlineLoading />}>
          <PublicReportPage />
        </Suspense>
      ),
    },
  ],
};

/** The public reception schedule (no sign-in) and the lazily loaded reception area (issue 21 §3). */
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { FullPageLoading } from '../../layout/FullPageLoading';

const PublicSchedulePage = lazy(() =>
  import('./PublicSchedulePage').then((m) => ({ default: m.PublicSchedulePage })),
);
export const ReceptionPage = lazy(() =>
  import('./ReceptionPage').then((m) => ({ default: m.ReceptionPage })),
);

export const receptionOpenRoutes: RouteObject[] = [
  {
    path: '/public/reception',
    element: (
      <Suspense fallback={<FullPageLoading />}>
        <PublicSchedulePage />
      </Suspense>
    ),
  },
];

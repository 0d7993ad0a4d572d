/**
 * The dossier pages as the router mounts them: areas (queues, counter, my dossiers), `/dossiers/:id`, and the
 * tracking page `/track`, open to everyone (issue 6 §5: the code and secret of the receipt, no account).
 */
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { InlineLoading } from '../../layout/InlineLoading';
import { OpenLayout } from '../../layout/OpenLayout';

const QueuePage = lazy(() => import('./QueuePage').then((m) => ({ default: m.QueuePage })));
const CounterPage = lazy(() => import('./CounterPage').then((m) => ({ default: m.CounterPage })));
const MyDossiersPage = lazy(() => import('./MyDossiersPage').then((m) => ({ default: m.MyDossiersPage })));
const TrackPage = lazy(() => import('./TrackPage').then((m) => ({ default: m.TrackPage })));
const DossierPage = lazy(() => import('./DossierPage').then((m) => ({ default: m.DossierPage })));

export const dossierAreas = {
  workQueue: <QueuePage areaKey="workQueue" />,
  unitDossiers: <QueuePage areaKey="unitDossiers" />,
  todayReceipts: <QueuePage areaKey="todayReceipts" />,
  receiveDossier: <CounterPage />,
  myDossiers: <MyDossiersPage />,
} as const;

/** `/track` (the trackDossier area): in the signed-in frame for a user, the public frame for a visitor. */
export const dossierOpenRoutes: RouteObject = {
  element: <OpenLayout />,
  children: [
    {
      path: '/track',
      element: (
        <Suspense fallback={<InlineLoading />}>
          <TrackPage />
        </Suspense>
      ),
    },
  ],
};

/** One dossier, for whoever may see it (the server answers 404 otherwise). */
export const dossierRoute = {
  path: '/dossiers/:id',
  element: (
    <Suspense fallback={<InlineLoading />}>
      <DossierPage />
    </Suspense>
  ),
};

/**
 * The public routes of the procedure catalogue (no sign-in): `/procedures`, `/procedures/:code` and its online
 * application (sign-in first); and the lazily loaded administration page of the `procedureCatalogue` area.
 */
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { FullPageLoading } from '../../layout/FullPageLoading';

const CataloguePage = lazy(() => import('./CataloguePage').then((m) => ({ default: m.CataloguePage })));
const ProcedurePage = lazy(() => import('./ProcedurePage').then((m) => ({ default: m.ProcedurePage })));
const ApplyPage = lazy(() => import('./ApplyPage').then((m) => ({ default: m.ApplyPage })));
export const ProcedureAdminPage = lazy(() =>
  import('./admin/ProcedureAdminPage').then((m) => ({ default: m.ProcedureAdminPage })),
);

const page = (element: React.ReactNode) => <Suspense fallback={<FullPageLoading />}>{element}</Suspense>;

export const procedureRoutes: RouteObject[] = [
  { path: '/procedures', element: page(<CataloguePage />) },
  { path: '/procedures/:code', element: page(<ProcedurePage />) },
  { path: '/procedures/:code/apply', element: page(<ApplyPage />) },
];

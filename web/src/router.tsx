/** Every route of the app. `/login` and the public pages are open to visitors; the rest needs a signed-in user. */
import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { APP_AREAS, type AreaKey } from './areas';
import { ACCOUNT_PATH, RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { InlineLoading } from './layout/InlineLoading';
import { AreaGate, AreaPage } from './pages/AreaPage';
import { dossierAreas, dossierOpenRoutes, dossierRoute } from './pages/dossiers/routes';
import {
  FeedbackQueuePage,
  FeedbackReportPage,
  feedbackRoutes,
  MyFeedbackPage,
} from './pages/feedback/routes';
import { HomePage } from './pages/HomePage';
import { SECOND_FACTOR_PATH, SecondFactorPage } from './pages/identity/SecondFactorPage';
import { SsoConsentPage } from './pages/identity/SsoConsentPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { HomeGate } from './pages/portal/HomeGate';
import { ProcedureAdminPage, procedureRoutes } from './pages/procedures/routes';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { ReceptionPage, receptionOpenRoutes } from './pages/reception/routes';
import { reportOpenRoutes, ServicePerformancePage } from './pages/reports/routes';
import { signatureOpenRoutes } from './pages/signatures/routes';

// The built areas load on first visit, so a citizen's first page does not carry the administration screens.
const UsersPage = lazy(() => import('./pages/admin-users/UsersPage').then((m) => ({ default: m.UsersPage })));
const SignInSecurityPage = lazy(() =>
  import('./pages/identity/SignInSecurityPage').then((m) => ({ default: m.SignInSecurityPage })),
);
const MyAccountPage = lazy(() =>
  import('./pages/account/MyAccountPage').then((m) => ({ default: m.MyAccountPage })),
);
const AuditPage = lazy(() => import('./pages/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const SignaturesPage = lazy(() =>
  import('./pages/signatures/SignaturesPage').then((m) => ({ default: m.SignaturesPage })),
);
const UnitsPage = lazy(() => import('./pages/units/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const OversightPage = lazy(() =>
  import('./pages/oversight/OversightPage').then((m) => ({ default: m.OversightPage })),
);
const UnitTasksPage = lazy(() =>
  import('./pages/oversight/UnitTasksPage').then((m) => ({ default: m.UnitTasksPage })),
);
const TargetsPage = lazy(() =>
  import('./pages/targets/TargetsPage').then((m) => ({ default: m.TargetsPage })),
);
const InvestmentPage = lazy(() =>
  import('./pages/investment/InvestmentPage').then((m) => ({ default: m.InvestmentPage })),
);
const StaffingPage = lazy(() =>
  import('./pages/staffing/StaffingPage').then((m) => ({ default: m.StaffingPage })),
);
const DisastersPage = lazy(() =>
  import('./pages/disasters/DisastersPage').then((m) => ({ default: m.DisastersPage })),
);
const CalendarPage = lazy(() =>
  import('./pages/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);

const BUILT_AREAS: Partial<Record<AreaKey, ReactNode>> = {
  feedback: <MyFeedbackPage />,
  feedbackQueue: <FeedbackQueuePage />,
  feedbackReport: <FeedbackReportPage />,
  users: <UsersPage />,
  signInSecurity: <SignInSecurityPage />,
  audit: <AuditPage />,
  signatures: <SignaturesPage />,
  referenceData: <UnitsPage />,
  oversight: <OversightPage />,
  unitTasks: <UnitTasksPage />,
  calendar: <CalendarPage />,
  procedureCatalogue: <ProcedureAdminPage />,
  targets: <TargetsPage />,
  investment: <InvestmentPage />,
  staffing: <StaffingPage />,
  disasters: <DisastersPage />,
  servicePerformance: <ServicePerformancePage />,
  reception: <ReceptionPage />,
  ...dossierAreas,
};

function areaElement(key: AreaKey): ReactNode {
  const page = BUILT_AREAS[key];
  if (!page) return <AreaPage areaKey={key} />;
  return (
    <AreaGate areaKey={key}>
      <Suspense fallback={<InlineLoading />}>{page}</Suspense>
    </AreaGate>
  );
}

/** Areas whose pages are open to visitors too, routed above the sign-in gate. */
const OPEN_AREAS: readonly AreaKey[] = ['findProcedure', 'trackDossier'];

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/login', element: <LoginPage /> },
      // After the password, the second factor; a first single sign-on's consent (issue 20).
      { path: SECOND_FACTOR_PATH, element: <SecondFactorPage /> },
      { path: '/sso/consent', element: <SsoConsentPage /> },
      // The public portal for a visitor, the role's home for a signed-in user (issue 15 §1).
      {
        path: '/',
        element: <HomeGate />,
        children: [{ element: <AppLayout />, children: [{ index: true, element: <HomePage /> }] }],
      },
      // The procedure catalogue is public (issue 5 §4): it serves the findProcedure area too.
      ...procedureRoutes,
      // Published feedback answers, filing and following feedback are public (issue 10 §1).
      ...feedbackRoutes,
      // Following a dossier by the code and secret of its receipt needs no account (issue 6 §5).
      dossierOpenRoutes,
      // The service-performance figures of a province or commune are public (issue 7 §3).
      reportOpenRoutes,
      // Anyone holding a signed document checks its signatures (issue 19 §4).
      signatureOpenRoutes,
      // The leaders' citizen-reception schedule is published (Decree 154/2026 art. 29(1)(d); issue 21 §3).
      ...receptionOpenRoutes,
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              // Every account's own page, citizens included (issue 18 §3).
              {
                path: ACCOUNT_PATH,
                element: (
                  <Suspense fallback={<InlineLoading />}>
                    <MyAccountPage />
                  </Suspense>
                ),
              },
              dossierRoute,
              ...APP_AREAS.filter((area) => !OPEN_AREAS.includes(area.key)).map((area) => ({
                path: area.path,
                element: areaElement(area.key),
              })),
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

/** `/verify`, open to everyone: check a signed electronic document (issue 19 §4). */
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { InlineLoading } from '../../layout/InlineLoading';
import { OpenLayout } from '../../layout/OpenLayout';

const VerifyPage = lazy(() => import('./VerifyPage').then((m) => ({ default: m.VerifyPage })));

export const VERIFY_PATH = '/verify';

export const signatureOpenRoutes: RouteObject = {
  element: <OpenLayout />,
  children: [
    {
      path: VERIFY_PATH,
      element: (
        <Suspense fallback={<InlineLoading />}>
          <VerifyPage />
        </Suspense>
      ),
    },
  ],
};

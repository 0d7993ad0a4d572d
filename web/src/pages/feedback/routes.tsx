/**
 * The public feedback routes (no sign-in): published answers and one answer, filing feedback, following it; and
 * the lazily loaded pages of the signed-in areas (citizen's own feedback, officials' queue, leaders' report).
 */
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { FullPageLoading } from '../../layout/FullPageLoading';

const PublicAnswersPage = lazy(() =>
  import('./PublicAnswersPage').then((m) => ({ default: m.PublicAnswersPage })),
);
const PublicAnswerPage = lazy(() =>
  import('./PublicAnswerPage').then((m) => ({ default: m.PublicAnswerPage })),
);
const SubmitFeedbackPage = lazy(() =>
  import('./SubmitFeedbackPage').then((m) => ({ default: m.SubmitFeedbackPage })),
);
const TrackPage = lazy(() => import('./TrackPage').then((m) => ({ default: m.TrackPage })));
export const MyFeedbackPage = lazy(() =>
  import('./MyFeedbackPage').then((m) => ({ default: m.MyFeedbackPage })),
);
export const FeedbackQueuePage = lazy(() =>
  import('./FeedbackQueuePage').then((m) => ({ default: m.FeedbackQueuePage })),
);
export const FeedbackReportPage = lazy(() =>
  import('./FeedbackReportPage').then((m) => ({ default: m.FeedbackReportPage })),
);

const page = (element: React.ReactNode) => <Suspense fallback={<FullPageLoading />}>{element}</Suspense>;

export const feedbackRoutes: RouteObject[] = [
  { path: '/public/feedback', element: page(<PublicAnswersPage />) },
  { path: '/public/feedback/new', element: page(<SubmitFeedbackPage />) },
  { path: '/public/feedback/track', element: page(<TrackPage />) },
  { path: '/public/feedback/answers/:code', element: page(<PublicAnswerPage />) },
];

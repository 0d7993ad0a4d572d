/** Providers: server state (TanStack Query), Ant Design in the UI language, and the router. */
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { ApiError } from './api/client';
import { meQueryKey } from './auth/queries';
import { StepUpPrompt } from './identity/StepUpPrompt';
import { useMediaQuery } from './layout/useMediaQuery';
import { router } from './router';
import { theme } from './theme';

function createQueryClient(): QueryClient {
  // A 401 from any other call means the session ended: re-check it, and RequireAuth sends the user to sign in.
  const onError = (error: Error) => {
    if (error instanceof ApiError && error.status === 401) {
      void client.invalidateQueries({ queryKey: meQueryKey });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== meQueryKey[0]) onError(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.options.meta?.ignoreUnauthorized !== true) onError(error);
      },
    }),
    defaultOptions: {
      queries: {
        // A client error (401, 403, 404, …) will not change on retry; a network or server error might.
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? enUS : viVN;
  // WCAG 2.3.3: a user who asks the system for less motion gets no fades or slides (messages, drawers, help text).
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const themed = useMemo(
    () => (reduceMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme),
    [reduceMotion],
  );
  return (
    <ConfigProvider locale={locale} theme={themed}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export default function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedAntd>
        <RouterProvider router={router} />
        {/* Asks for a fresh second factor when approving or signing needs one (issue 20 §2). */}
        <StepUpPrompt />
      </LocalizedAntd>
    </QueryClientProvider>
  );
}

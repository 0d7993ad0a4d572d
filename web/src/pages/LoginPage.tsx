/** `/login`: the sign-in form, server errors in an alert, the demo accounts when the server is a demo. */
import { CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, type InputRef, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, isApiError } from '../api/client';
import type { LoginInput } from '../api/types';
import { safeNextPath, secondFactorPath } from '../auth/next';
import { useLogin, useMe, useSystemInfo } from '../auth/queries';
import { SsoButtons } from '../identity/SsoButtons';
import { PublicLayout } from '../layout/PublicLayout';
import { usePageTitle } from '../layout/usePageTitle';
import { DemoLogins } from './DemoLogins';

const FORM_FIELDS: ReadonlyArray<keyof LoginInput> = ['username', 'password'];

function isFormField(field: string): field is keyof LoginInput {
  return (FORM_FIELDS as readonly string[]).includes(field);
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const me = useMe();
  const info = useSystemInfo();
  const login = useLogin();
  const [form] = Form.useForm<LoginInput>();
  const passwordRef = useRef<InputRef>(null);

  // Already signed in (and not in the middle of signing in): nothing to do here.
  if (me.data && login.isIdle)
    return <Navigate to={me.data.stage === 'full' ? next : secondFactorPath(next)} replace />;

  const submit = (values: LoginInput) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: (session) =>
          void navigate(session.stage === 'full' ? next : secondFactorPath(next), { replace: true }),
        onError: (error) => {
          if (!isApiError(error)) return;
          const fields = error.fieldErrors.filter((e) => isFormField(e.field));
          if (fields.length > 0) {
            form.setFields(fields.map((e) => ({ name: e.field as keyof LoginInput, errors: [e.message] })));
          }
        },
      },
    );
  };

  const pickDemo = (username: string) => {
    form.setFieldsValue({ username });
    passwordRef.current?.focus();
  };

  const error = login.error;
  const demoLogins = info.data?.demo ? (info.data.demoLogins ?? []) : [];

  return (
    <PublicLayout>
      <div className="login-wrap">
        <Card className="login-card">
          <Typography.Title level={1} className="page-heading" data-testid="login-heading">
            {t('login.title')}
          </Typography.Title>
          {info.data?.province ? (
            <Typography.Paragraph strong data-testid="login-province">
              {info.data.province.name}
            </Typography.Paragraph>
          ) : null}
          <Typography.Paragraph>{t('login.intro')}</Typography.Paragraph>

          {error ? (
            <Alert
              type="error"
              role="alert"
              showIcon
              icon={<CloseCircleFilled aria-hidden />}
              className="login-error"
              title={loginErrorTitle(error, t)}
              description={loginErrorDetail(error, t)}
              data-testid="login-error"
            />
          ) : null}

          <SsoButtons />
          <Form<LoginInput>
            form={form}
            name="login"
            layout="vertical"
            requiredMark={false}
            onFinish={submit}
            data-testid="login-form"
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input autoComplete="username" autoCapitalize="none" spellCheck={false} size="large" />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                ref={passwordRef}
                autoComplete="current-password"
                visibilityToggle={false}
                size="large"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              disabled={login.isPending}
              aria-busy={login.isPending}
              data-testid="login-submit"
            >
              {t('login.submit')}
            </Button>
          </Form>
          {info.data?.province ? (
            <Typography.Paragraph>
              <Link to={`/public/reports/${info.data.province.code}`} data-testid="login-public-report">
                {t('reports.public.link')}
              </Link>
            </Typography.Paragraph>
          ) : null}
        </Card>
        {demoLogins.length > 0 ? <DemoLogins logins={demoLogins} onPick={pickDemo} /> : null}
      </div>
    </PublicLayout>
  );
}

type T = TFunction;

function loginErrorTitle(error: Error, t: T): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.kind === 'network') return t('errors.network');
  if (error.status === 401) return t('login.errors.invalidCredentials');
  if (error.status === 429) return t('login.errors.locked');
  if (error.status === 400) return t('login.errors.invalidInput');
  if (error.status >= 500) return t('errors.server', { status: error.status });
  return t('login.errors.failed');
}

function loginErrorDetail(error: Error, t: T): string | undefined {
  if (!(error instanceof ApiError) || error.kind === 'network') return undefined;
  const parts: string[] = [];
  // The server's detail is English; the two answers a person meets most are told in the UI language.
  if (error.status === 401) parts.push(t('login.errors.invalidCredentialsHelp'));
  else if (error.status === 429 && error.retryAfter !== null) {
    parts.push(t('login.errors.lockedRetry', { minutes: Math.max(1, Math.ceil(error.retryAfter / 60)) }));
  } else if (error.detail) parts.push(error.detail);
  for (const fieldError of error.fieldErrors) {
    if (!isFormField(fieldError.field)) parts.push(fieldError.message);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

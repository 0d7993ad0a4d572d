/**
 * One account, opened from the list: its details, sign-in (unlock, new password) and roles. Every change sends
 * the version last read; when someone else changed the account meanwhile (409), the drawer says so and offers
 * to reload the account as it is now.
 */
import { Alert, Button, Descriptions, Drawer, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { AccountRoles } from './AccountRoles';
import { AccountSecondFactor } from './AccountSecondFactor';
import { AccountSignIn } from './AccountSignIn';
import { type Account, conflictCurrent, isLocked, useAccount, useAdoptAccount } from './api';
import type { OnChangeError } from './change-error';
import { ProfileForm } from './ProfileForm';

type Props = { accountId: string; initial: Account | undefined; onClose: () => void };

/** What a section reports when its change failed: a stale version is the drawer's business. */
export function AccountDrawer({ accountId, initial, onClose }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  const query = useAccount(accountId, initial);
  const adopt = useAdoptAccount();
  const [conflict, setConflict] = useState<Account | null>(null);
  const account = query.data;
  // The notice sits at the top of the drawer; the button that caused it may be far below: bring it to the user.
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const onChangeError: OnChangeError = (error) => {
    const current = conflictCurrent(error);
    if (current) setConflict(current);
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={
        account ? t('adminUsers.detail.title', { name: account.displayName }) : t('adminUsers.detail.loading')
      }
      size={wide ? 640 : '100%'}
      closable={{ 'aria-label': t('common.close') }}
      data-testid="user-drawer"
    >
      <div ref={conflictRef} tabIndex={-1} className="focus-target">
        {conflict ? (
          <Alert
            type="warning"
            showIcon
            className="problem-alert"
            title={t('adminUsers.detail.conflict')}
            description={t('adminUsers.detail.conflictHelp')}
            data-testid="user-conflict"
            action={
              <Button
                size="small"
                onClick={() => {
                  adopt(conflict);
                  setConflict(null);
                }}
                data-testid="user-conflict-reload"
              >
                {t('adminUsers.detail.reload')}
              </Button>
            }
          />
        ) : null}
      </div>
      {account ? (
        <AccountBody account={account} onChangeError={onChangeError} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} testId="user-load-error" />
      ) : (
        <InlineLoading label={t('adminUsers.detail.loading')} />
      )}
    </Drawer>
  );
}

function AccountBody({ account, onChangeError }: { account: Account; onChangeError: OnChangeError }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const locked = isLocked(account);
  return (
    <div className="drawer-sections">
      <section aria-labelledby="account-summary">
        <h2 id="account-summary" className="drawer-heading">
          {t('adminUsers.detail.summary')}
        </h2>
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            {
              key: 'u',
              label: t('adminUsers.fields.username'),
              children: <span className="code">{account.username}</span>,
            },
            { key: 'k', label: t('adminUsers.fields.kind'), children: t(`adminUsers.kind.${account.kind}`) },
            {
              key: 'h',
              label: t('adminUsers.fields.homeUnit'),
              children: <span data-testid="user-home-unit">{account.homeUnitName}</span>,
            },
            {
              key: 's',
              label: t('adminUsers.fields.status'),
              children: (
                <span className="tag-list">
                  <Tag
                    className={account.status === 'active' ? 'tag-ok' : 'tag-bad'}
                    data-testid="user-status"
                  >
                    {t(`adminUsers.status.${account.status}`)}
                  </Tag>
                  {account.mustChangePassword ? (
                    <Tag className="tag-warn" data-testid="user-must-change">
                      {t('adminUsers.detail.mustChange')}
                    </Tag>
                  ) : null}
                  {locked && account.lockedUntil ? (
                    <Tag className="tag-warn">
                      {t('adminUsers.locked', { time: format.dateTime(account.lockedUntil) })}
                    </Tag>
                  ) : null}
                </span>
              ),
            },
          ]}
        />
        <p className="drawer-link">
          <Link
            to={`/admin/audit?entityType=user&entityId=${encodeURIComponent(account.id)}`}
            data-testid="user-history"
          >
            {t('adminUsers.detail.history')}
          </Link>
        </p>
      </section>
      <ProfileForm account={account} onChangeError={onChangeError} />
      <AccountSignIn account={account} onChangeError={onChangeError} />
      <AccountSecondFactor account={account} />
      <AccountRoles account={account} onChangeError={onChangeError} />
    </div>
  );
}

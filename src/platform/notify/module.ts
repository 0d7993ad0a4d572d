import { createLogger } from '../logging.js';
import type { ModuleEnv, TinhsoModule } from '../module.js';
import { deliverDue, type Transports } from './deliver.js';
import { emailTransport, smsTransport } from './transports.js';

/** The transports the configuration enables; a channel left unconfigured keeps its notices in the outbox. */
export function transportsFor(env: ModuleEnv): Transports {
  const transports: Transports = {};
  if (env.config.smtpUrl) transports.email = emailTransport(env.config.smtpUrl, env.config.mailFrom);
  if (env.config.sms) transports.sms = smsTransport(env.config.sms);
  return transports;
}

/** Delivers the outbox every minute (pg-boss runs it once across app instances; platform/jobs.ts). */
export const notifyModule: TinhsoModule = {
  name: 'notify',
  jobs: (env) => {
    const log = createLogger(env.config.logLevel, 'notify');
    const transports = transportsFor(env);
    if (!transports.email) log.info('email notices are off (TINHSO_SMTP_URL unset): they wait in the outbox');
    if (!transports.sms) log.info('SMS notices are off (TINHSO_SMS_URL unset): they wait in the outbox');
    return [
      {
        name: 'notify-deliver',
        cron: '* * * * *',
        run: async () => {
          const report = await deliverDue(env.database.db, transports, { log });
          if (report.sent + report.retrying + report.failed > 0) log.info(report, 'notices delivered');
        },
      },
    ];
  },
};

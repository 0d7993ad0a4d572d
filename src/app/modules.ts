import { auditModule } from '../modules/audit/index.js';
import { calendarModule } from '../modules/calendar/index.js';
import { feedbackModule } from '../modules/feedback/index.js';
import { identityModule } from '../modules/identity/index.js';
import { investmentModule } from '../modules/investment/index.js';
import { proceduresModule } from '../modules/procedures/index.js';
import { targetsModule } from '../modules/targets/index.js';
import { unitsModule } from '../modules/units/index.js';
import type { TinhsoModule } from '../platform/module.js';
import { notifyModule } from '../platform/notify/index.js';

/** Every module, in dependency order: reference data and demo data load in this order. */
export const modules: TinhsoModule[] = [
  unitsModule,
  calendarModule,
  auditModule,
  identityModule,
  notifyModule,
  proceduresModule,
  targetsModule,
  investmentModule,
  feedbackModule,
];

import { auditModule } from '../modules/audit/index.js';
import { calendarModule } from '../modules/calendar/index.js';
import { disastersModule } from '../modules/disasters/index.js';
import { dossiersModule } from '../modules/dossiers/index.js';
import { feedbackModule } from '../modules/feedback/index.js';
import { identityModule } from '../modules/identity/index.js';
import { investmentModule } from '../modules/investment/index.js';
import { oversightModule } from '../modules/oversight/index.js';
import { proceduresModule } from '../modules/procedures/index.js';
import { receptionModule } from '../modules/reception/index.js';
import { reportsModule } from '../modules/reports/index.js';
import { signaturesModule } from '../modules/signatures/index.js';
import { staffingModule } from '../modules/staffing/index.js';
import { provideMeasurer, targetsModule } from '../modules/targets/index.js';
import { unitsModule } from '../modules/units/index.js';
import type { TinhsoModule } from '../platform/module.js';
import { notifyModule } from '../platform/notify/index.js';
import { measureFromRecords } from './measured-indicators.js';

// Targets bound to an indicator read their figures from the modules owning the records (issue 24 §2).
provideMeasurer(measureFromRecords);

/** Every module, in dependency order: reference data and demo data load in this order. */
export const modules: TinhsoModule[] = [
  unitsModule,
  calendarModule,
  auditModule,
  identityModule,
  notifyModule,
  proceduresModule,
  dossiersModule,
  signaturesModule,
  targetsModule,
  investmentModule,
  feedbackModule,
  oversightModule,
  staffingModule,
  disastersModule,
  receptionModule,
  reportsModule,
];

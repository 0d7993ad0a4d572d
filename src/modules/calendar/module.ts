import path from 'node:path';
import type { TinhsoModule } from '../../platform/module.js';
import { importReferenceCalendar } from './import-reference-calendar.js';
import { calendarRoutes } from './routes.js';

export const calendarModule: TinhsoModule = {
  name: 'calendar',
  routes: (app) => calendarRoutes(app),
  /** The shipped national calendar (reference/calendar), once per version of the files. */
  loadReferenceData: async (ctx, env) => {
    const summary = await importReferenceCalendar(ctx, path.join(env.referenceDir, 'calendar'));
    if (summary.skipped) return undefined;
    const kept = summary.keptYears.length ? `; kept administrators' ${summary.keptYears.join(', ')}` : '';
    return `loaded ${summary.years.join(', ')}: ${summary.notices} notices, ${summary.days} days${kept}`;
  },
};

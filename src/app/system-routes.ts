import { z } from 'zod';
import { findUnit } from '../modules/units/index.js';
import { readSetting } from '../platform/database/settings.js';
import { PUBLIC } from '../platform/http/openapi.js';
import type { App } from '../platform/http/server.js';
import type { StoredDemo } from './prepare.js';

/** Public facts about this installation, for the sign-in page and for operators. */
export async function systemRoutes(app: App, version: string): Promise<void> {
  app.get(
    '/system/info',
    {
      schema: {
        tags: ['system'],
        security: PUBLIC,
        summary: 'This installation: version, province, demo logins when it is a demo',
        response: {
          200: z.object({
            name: z.literal('tinhso'),
            version: z.string(),
            province: z.object({ code: z.string(), name: z.string() }).nullable(),
            demo: z.boolean(),
            demoLogins: z
              .array(z.object({ username: z.string(), role: z.string(), unitName: z.string() }))
              .optional(),
          }),
        },
      },
    },
    async () => {
      const demo = await readSetting<StoredDemo>(app.database.db, 'demo');
      const provinceCode = demo?.provinceCode ?? (await readSetting<string>(app.database.db, 'province'));
      const unit = provinceCode ? await findUnit(app.database.db, provinceCode) : undefined;
      return {
        name: 'tinhso' as const,
        version,
        province: unit ? { code: unit.code, name: unit.name } : null,
        demo: demo !== undefined,
        ...(demo ? { demoLogins: demo.logins } : {}),
      };
    },
  );
}

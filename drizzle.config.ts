import { defineConfig } from 'drizzle-kit';

// Each module owns its tables in its own PostgreSQL schema (src/modules/<name>/schema.ts); so does each
// platform service that keeps data (src/platform/<service>/schema.ts: files, signing, notify).
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/platform/database/settings-schema.ts',
    './src/platform/*/schema.ts',
    './src/modules/*/schema.ts',
  ],
  out: './drizzle',
});

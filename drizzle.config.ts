import { defineConfig } from 'drizzle-kit';

// Each module owns its tables in its own PostgreSQL schema (src/modules/<name>/schema.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/platform/database/settings-schema.ts', './src/modules/*/schema.ts'],
  out: './drizzle',
});

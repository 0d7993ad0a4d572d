import { loadConfig } from '../platform/config.js';
import { connectDatabase } from '../platform/database/connection.js';
import { quietLogger } from '../platform/logging.js';
import { buildApp } from './build-app.js';
import { referenceDir } from './paths.js';
import { TEST_KEY_ENCRYPTION_KEY, TEST_SESSION_SECRET } from './testing.js';

/**
 * The OpenAPI document exactly as GET /api/v1/openapi.json serves it, without a server or a database: the app
 * is built on a pool that never connects (registering routes reads nothing) and asked through inject.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = connectDatabase('postgres://nobody@127.0.0.1:1/none', { max: 1 });
  const config = { ...loadConfig({}), logLevel: 'warn', keyEncryptionKey: TEST_KEY_ENCRYPTION_KEY };
  const env = { config, database, sessionSecret: TEST_SESSION_SECRET, referenceDir };
  const app = await buildApp(env, quietLogger());
  try {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`openapi.json: ${response.statusCode} ${response.body}`);
    return response.json();
  } finally {
    await app.close();
    await database.close();
  }
}

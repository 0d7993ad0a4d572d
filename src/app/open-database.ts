import type { Config } from '../platform/config.js';
import { connectDatabase, type Database } from '../platform/database/connection.js';
import { type EmbeddedCluster, ensureEmbeddedCluster } from '../platform/database/embedded.js';

export interface OpenedDatabase {
  mode: 'embedded' | 'server';
  url: string;
  database: Database;
  /** Set in embedded mode: the cluster we started or joined. */
  cluster?: EmbeddedCluster;
  close(): Promise<void>;
}

/**
 * Server mode when DATABASE_URL is set; otherwise the embedded cluster under TINHSO_DATA_DIR,
 * joined if another tinhso process runs it (issue 2 §3: CLI commands work with or without the server).
 */
export async function openDatabase(
  config: Config,
  options: {
    progress?: (line: string) => void;
    poolSize?: number;
    applicationName?: string;
    /** The server (not a CLI command) restarts an embedded PostgreSQL it started if it dies. */
    supervise?: (message: string) => void;
  } = {},
): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const database = connectDatabase(config.databaseUrl, connectOptions(config, options));
    return { mode: 'server', url: config.databaseUrl, database, close: () => database.close() };
  }
  const cluster = await ensureEmbeddedCluster({
    dataDir: config.dataDir,
    progress: options.progress,
    ...(options.supervise ? { supervise: { onExit: options.supervise } } : {}),
  });
  const url = cluster.urlFor('tinhso');
  const database = connectDatabase(url, connectOptions(config, options));
  return {
    mode: 'embedded',
    url,
    database,
    cluster,
    close: async () => {
      await database.close();
      await cluster.stop();
    },
  };
}

function connectOptions(config: Config, options: { poolSize?: number; applicationName?: string }) {
  return {
    max: options.poolSize,
    applicationName: options.applicationName,
    timeouts: config.databaseTimeouts,
    guard: config.poolGuard,
    replica: config.replica,
  };
}

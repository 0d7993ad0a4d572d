/**
 * Read-only work on a replica (issue 22 §1, docs/adr/0020): reports, public figures and exports may read from
 * `DATABASE_REPLICA_URL` while its replay lag is within `TINHSO_REPLICA_MAX_LAG_MS`; otherwise — replica
 * lagging, not streaming, unreachable — they read from the primary. The lag is measured on the replica, at most
 * once per `checkEveryMs`, so a read is never staler than maxLagMs + checkEveryMs.
 */
import type pg from 'pg';
import type { Db } from './db.js';

export interface ReplicaOptions {
  url: string;
  /** The staleness bound: a replica further behind than this is not used. */
  maxLagMs: number;
  /** How long one lag reading is trusted. */
  checkEveryMs?: number;
}

export interface ReplicaReading {
  usable: boolean;
  /** Replay lag in milliseconds (0 when everything received is replayed), null when unknown. */
  lagMs: number | null;
  reason: 'fresh' | 'lagging' | 'not_streaming' | 'unreachable';
}

/**
 * Lag as the replica sees it: 0 when all received WAL is replayed, else the age of the last replayed
 * transaction (pg_last_xact_replay_timestamp). A replica whose WAL receiver is visibly not streaming is stale
 * whatever it says (its primary is gone); `status` is hidden from roles without pg_read_all_stats (null).
 * A promoted replica (no longer in recovery) is current by definition.
 */
const LAG_SQL = `select pg_is_in_recovery() as standby,
  (select status from pg_stat_wal_receiver) as receiver,
  case when not pg_is_in_recovery() or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
       else coalesce(extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000, 0) end
    as lag_ms`;

export async function readReplicaLag(pool: pg.Pool, maxLagMs: number): Promise<ReplicaReading> {
  try {
    const { rows } = await pool.query<{ standby: boolean; receiver: string | null; lag_ms: string }>(LAG_SQL);
    const row = rows[0]!;
    const lagMs = Math.round(Number(row.lag_ms));
    if (row.standby && row.receiver !== null && row.receiver !== 'streaming')
      return { usable: false, lagMs, reason: 'not_streaming' };
    if (lagMs > maxLagMs) return { usable: false, lagMs, reason: 'lagging' };
    return { usable: true, lagMs, reason: 'fresh' };
  } catch {
    return { usable: false, lagMs: null, reason: 'unreachable' };
  }
}

/** Chooses the executor of read-only work: the replica while fresh, else the primary. */
export class ReadRouter {
  private reading: Promise<ReplicaReading> | undefined;
  private readAt = 0;

  constructor(
    private readonly primary: Db,
    private readonly replica: { db: Db; pool: pg.Pool },
    readonly options: ReplicaOptions,
  ) {}

  async executor(): Promise<Db> {
    return (await this.state()).usable ? this.replica.db : this.primary;
  }

  /** The latest reading, measured again when older than checkEveryMs. */
  state(): Promise<ReplicaReading> {
    const every = this.options.checkEveryMs ?? 1_000;
    if (!this.reading || Date.now() - this.readAt > every) {
      this.readAt = Date.now();
      this.reading = readReplicaLag(this.replica.pool, this.options.maxLagMs);
    }
    return this.reading;
  }
}

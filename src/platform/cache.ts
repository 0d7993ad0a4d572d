/**
 * Bounded in-process caches of what nearly every request looked up (sessions, procedure rules, calendars,
 * signer keys; issue 17 §4), kept coherent across app instances by PostgreSQL NOTIFY (docs/adr/0024):
 * triggers on the cached tables send `pg_notify('tinhso_cache', topic)` in the writing transaction, so the
 * notice leaves at COMMIT whoever wrote (any instance, the CLI, hand-written SQL); each instance LISTENs on
 * one dedicated connection and drops the topic's entries.
 *
 * A cache serves only while its instance is listening: before the listener is connected, after it lost its
 * connection (database restart, failover) and until it listens again, every look-up goes to the database, and
 * everything cached is dropped when it reconnects — a missed notice can never leave a stale entry. Entries also
 * expire (TTL) and the oldest are evicted beyond the size bound.
 */
import pg from 'pg';
import { poolTarget } from './database/hosts.js';

export const CACHE_CHANNEL = 'tinhso_cache';
/** Longest wait for the sync round trip before the caches are turned off (until the listener reconnects). */
const SYNC_TIMEOUT_MS = 2000;

/** The topics the triggers of the hand-written migration send (one per cached family of tables). */
export type CacheTopic = 'sessions' | 'procedures' | 'calendar' | 'signers';

interface Entry<V> {
  value: V;
  until: number;
}

/** The caches of one database (one per `Database.db` handle), with the listener's state. */
export class CacheHub {
  /** True while the listener is connected and LISTENing: only then may a cache answer. */
  live = false;
  /** Set by the listener: one round trip on its connection (see `sync`). */
  syncer: (() => Promise<void>) | undefined;
  /** Set by the listener: a failed or late sync makes it reconnect (and listen again). */
  stalled: (() => void) | undefined;
  private readonly generations = new Map<CacheTopic, number>();
  private readonly caches: Array<BoundedCache<unknown>> = [];

  /** Changes with every invalidation of the topic: a load begun before it must not be stored after it. */
  generation(topic: CacheTopic): number {
    return this.generations.get(topic) ?? 0;
  }

  /**
   * Make every change committed before this call visible to the caches: an empty query on the listening
   * connection. The committing backend signals every listener before its COMMIT returns, and the listener's
   * backend sends the pending notices before it answers the next query, so once this resolves their
   * invalidations have run (the request that follows a committed edit, on any instance, never reads what the
   * edit changed from a cache). An empty query is no statement: nothing is parsed or planned. On failure the
   * caches are off until the listener is back.
   */
  async sync(): Promise<void> {
    if (!this.live || !this.syncer) return;
    let timer: NodeJS.Timeout | undefined;
    // Never a hang (issue 17 §1): a listener that does not answer in time turns the caches off.
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('cache sync timed out')), SYNC_TIMEOUT_MS);
      timer.unref();
    });
    try {
      await Promise.race([this.syncer(), late]);
    } catch {
      this.live = false;
      this.invalidateAll();
      this.stalled?.();
    } finally {
      clearTimeout(timer);
    }
  }

  invalidate(topic: CacheTopic): void {
    this.generations.set(topic, this.generation(topic) + 1);
    for (const c of this.caches) if (c.topic === topic) c.clear();
  }

  invalidateAll(): void {
    for (const topic of new Set(this.caches.map((c) => c.topic))) this.invalidate(topic);
  }

  cache<V>(topic: CacheTopic, name: string, bounds: { max: number; ttlMs: number }): BoundedCache<V> {
    const found = this.caches.find((c) => c.name === name);
    if (found) return found as BoundedCache<V>;
    const made = new BoundedCache<V>(this, topic, name, bounds.max, bounds.ttlMs);
    this.caches.push(made as BoundedCache<unknown>);
    return made;
  }
}

/** A map with a size bound (least recently used evicted) and a time to live, serving only while live. */
export class BoundedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  constructor(
    private readonly hub: CacheHub,
    readonly topic: CacheTopic,
    readonly name: string,
    private readonly max: number,
    private readonly ttlMs: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    if (!this.hub.live) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.until <= Date.now()) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry.value;
  }

  /** Store what was loaded at `generation` (taken before the load), unless the topic changed since. */
  set(key: string, value: V, generation: number): void {
    if (!this.hub.live || generation !== this.hub.generation(this.topic)) return;
    this.entries.delete(key);
    this.entries.set(key, { value, until: Date.now() + this.ttlMs });
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** The cached value, or load it (through the caller's executor) and keep it. */
  async through(key: string, load: () => Promise<V>): Promise<V> {
    const known = this.get(key);
    if (known !== undefined) return known;
    const generation = this.hub.generation(this.topic);
    const value = await load();
    if (value !== undefined) this.set(key, value, generation);
    return value;
  }
}

const hubs = new WeakMap<object, CacheHub>();

/** The caches of a database, by its pool's Drizzle handle (`Database.db`, `ctx.db` outside a transaction). */
export function cacheHubOf(db: object): CacheHub {
  let hub = hubs.get(db);
  if (!hub) {
    hub = new CacheHub();
    hubs.set(db, hub);
  }
  return hub;
}

export interface CacheListener {
  stop(): Promise<void>;
}

/**
 * LISTEN for changes on a dedicated connection (never a pool connection: it stays open for the process's life)
 * and keep `hub.live` true only while listening. Reconnects after a lost connection with a growing pause.
 */
export function listenForChanges(
  url: string,
  hub: CacheHub,
  log?: { warn: (o: object, m: string) => void },
): CacheListener {
  let client: pg.Client | undefined;
  let stopped = false;
  let pause = 250;
  let timer: NodeJS.Timeout | undefined;

  const lost = (error?: unknown) => {
    if (hub.live)
      log?.warn({ err: error }, 'cache listener lost its connection: caches off until it is back');
    hub.live = false;
    hub.invalidateAll();
    const old = client;
    client = undefined;
    old?.removeAllListeners();
    old?.on('error', () => {});
    void old?.end().catch(() => {});
    if (!stopped) {
      timer = setTimeout(connect, pause);
      timer.unref();
      pause = Math.min(pause * 2, 5000);
    }
  };

  const connect = async () => {
    if (stopped) return;
    const target = poolTarget(url);
    const Client = target.Client ?? pg.Client;
    const c = new Client({ connectionString: target.connectionString, application_name: 'tinhso-cache' });
    client = c;
    c.on('error', lost);
    c.on('end', () => {
      if (client === c) lost();
    });
    c.on('notification', (n) => {
      if (n.channel === CACHE_CHANNEL && n.payload) hub.invalidate(n.payload as CacheTopic);
    });
    try {
      await c.connect();
      await c.query(`listen ${CACHE_CHANNEL}`);
      if (stopped || client !== c) return;
      // Whatever changed while nobody listened: start empty.
      hub.invalidateAll();
      hub.syncer = coalesced(async () => {
        await c.query('');
      });
      hub.stalled = () => {
        if (client === c) lost(new Error('cache sync failed'));
      };
      hub.live = true;
      pause = 250;
    } catch (error) {
      if (client === c) lost(error);
    }
  };

  void connect();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      hub.live = false;
      hub.invalidateAll();
      const c = client;
      client = undefined;
      c?.removeAllListeners();
      c?.on('error', () => {});
      await c?.end().catch(() => {});
    },
  };
}

/**
 * Calls that arrive while a round trip is under way share the next one (sent after it), never the one already
 * sent: that one may have left before their request began.
 */
function coalesced(roundTrip: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const start = (): Promise<void> => {
    const p = roundTrip().finally(() => {
      if (running === p) running = undefined;
    });
    running = p;
    return p;
  };
  return () => {
    if (!running) return start();
    if (!queued) {
      const after = running;
      queued = after
        .catch(() => {})
        .then(() => {
          queued = undefined;
          return start();
        });
    }
    return queued;
  };
}

/** Wait until the listener listens (start-up and tests), at most `ms`. */
export async function untilLive(hub: CacheHub, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  while (!hub.live && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  return hub.live;
}

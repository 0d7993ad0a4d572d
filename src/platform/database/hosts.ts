/**
 * Multi-host connection strings for node-postgres (issue 22 §1, docs/adr/0020): `pg` parses one host only
 * (node-postgres issues 1470 and 2781; the multi-host pull request 3643 is not merged), so a libpq-style URL
 * `postgresql://u@h1:p1,h2:p2/db?target_session_attrs=read-write` is resolved here, with libpq's semantics:
 * the hosts are probed (in parallel, each within a bounded time), the first in the listed order whose session
 * qualifies is used — `read-write`/`primary`: not in recovery and `transaction_read_only` off; `read-only`/
 * `standby`: in recovery; `prefer-standby`: a standby, else any; `any`: the first that answers. The answer is
 * kept until a connection to it fails or lands on a server that no longer qualifies (a demoted primary), then
 * probed again: after a failover the pool finds the new primary by itself.
 */
import pg from 'pg';

export type TargetSessionAttrs =
  | 'any'
  | 'read-write'
  | 'primary'
  | 'read-only'
  | 'standby'
  | 'prefer-standby';

export interface HostList {
  /** One single-host URL per host, in the listed order, without `target_session_attrs`. */
  urls: string[];
  target: TargetSessionAttrs;
}

const TARGETS: TargetSessionAttrs[] = [
  'any',
  'read-write',
  'primary',
  'read-only',
  'standby',
  'prefer-standby',
];

/** Split a (possibly multi-host) postgres URL into single-host URLs and its `target_session_attrs`. */
export function parseHostList(url: string): HostList {
  const match = /^(postgres(?:ql)?:\/\/)([^@/?]*@)?([^/?]*)(.*)$/.exec(url);
  if (!match) throw new Error('not a postgres:// URL');
  const [, scheme, userinfo = '', hostPart = '', rest = ''] = match;
  const queryAt = rest.indexOf('?');
  const pathPart = queryAt < 0 ? rest : rest.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? '' : rest.slice(queryAt + 1));
  const target = (query.get('target_session_attrs') ?? 'any') as TargetSessionAttrs;
  if (!TARGETS.includes(target))
    throw new Error(`target_session_attrs=${target} is not one of ${TARGETS.join(', ')}`);
  query.delete('target_session_attrs');
  const search = query.toString();
  const hosts = hostPart.split(',').filter(Boolean);
  return {
    urls: (hosts.length ? hosts : ['']).map(
      (host) => `${scheme}${userinfo}${host}${pathPart}${search ? `?${search}` : ''}`,
    ),
    target,
  };
}

/** A URL with one host and no target: `pg` can take it as it is. */
export function isPlainUrl(url: string): boolean {
  const list = parseHostList(url);
  return list.urls.length === 1 && list.target === 'any';
}

/** The database name in a (possibly multi-host) connection string, for messages. */
export function databaseNameOf(url: string): string {
  return new URL(parseHostList(url).urls[0]!).pathname.replace(/^\//, '') || 'postgres';
}

interface Probe {
  ok: boolean;
  standby: boolean;
}

/** Connect to one host, read what kind of session it gives, disconnect; never longer than `timeoutMs`. */
async function probe(url: string, timeoutMs: number): Promise<Probe> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ standby: boolean; ro: string }>(
      `select pg_is_in_recovery() as standby, current_setting('transaction_read_only') as ro`,
    );
    const row = rows[0]!;
    return { ok: true, standby: row.standby || row.ro === 'on' };
  } catch {
    return { ok: false, standby: false };
  } finally {
    await client.end().catch(() => {});
  }
}

function qualifies(target: TargetSessionAttrs, p: Probe): boolean {
  if (!p.ok) return false;
  if (target === 'read-write' || target === 'primary') return !p.standby;
  if (target === 'read-only' || target === 'standby' || target === 'prefer-standby') return p.standby;
  return true;
}

/** Thrown when no listed host gives the session asked for; counted as "database unavailable" (503). */
export class NoHostError extends Error {
  readonly code = '08001';
  constructor(list: HostList) {
    super(`no host of ${list.urls.length} gives a ${list.target} session`);
    this.name = 'NoHostError';
  }
}

/** Finds, and remembers, the host of a host list whose session qualifies. */
export class HostResolver {
  private chosen: string | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    readonly list: HostList,
    private readonly probeTimeoutMs = 3_000,
  ) {}

  /** The single-host URL to connect to now. */
  async current(): Promise<string> {
    if (this.list.urls.length === 1 && this.list.target === 'any') return this.list.urls[0]!;
    if (this.chosen) return this.chosen;
    this.pending ??= this.resolve().finally(() => {
      this.pending = undefined;
    });
    // Each caller gets an error of its own: pg-pool and pg-boss rewrite the stack and message of what they get.
    return this.pending.catch(() => {
      throw new NoHostError(this.list);
    });
  }

  /** The chosen host failed or no longer qualifies: probe again on the next connection. */
  forget(url?: string): void {
    if (!url || url === this.chosen) this.chosen = undefined;
  }

  private async resolve(): Promise<string> {
    const probes = await Promise.all(this.list.urls.map((u) => probe(u, this.probeTimeoutMs)));
    let index = probes.findIndex((p) => qualifies(this.list.target, p));
    if (index < 0 && this.list.target === 'prefer-standby') index = probes.findIndex((p) => p.ok);
    if (index < 0) throw new NoHostError(this.list);
    this.chosen = this.list.urls[index]!;
    return this.chosen;
  }

  /** Whether a connected client's server still gives the session asked for (a demoted primary does not). */
  async stillQualifies(client: pg.Client): Promise<boolean> {
    if (this.list.target === 'any') return true;
    const { rows } = await client.query<{ standby: boolean; ro: string }>(
      `select pg_is_in_recovery() as standby, current_setting('transaction_read_only') as ro`,
    );
    const row = rows[0]!;
    return qualifies(this.list.target === 'prefer-standby' ? 'any' : this.list.target, {
      ok: true,
      standby: row.standby || row.ro === 'on',
    });
  }
}

/**
 * A `pg.Client` class for `pg.Pool({ Client })` (and pg-boss, which passes its options to `pg.Pool`): each new
 * connection goes to the resolver's current host, is checked once (one short query), and makes the resolver
 * probe again when it fails to connect, lands on a server that does not qualify, or is lost later.
 */
export function clientClassFor(resolver: HostResolver): typeof pg.Client {
  class MultiHostClient extends pg.Client {
    // biome-ignore lint/suspicious/noExplicitAny: pg.Client.connect is overloaded (callback or promise)
    override connect(callback?: Parameters<pg.Client['connect']>[0]): any {
      const done = this.connectToCurrent();
      if (!callback) return done.then(() => this);
      const reply = callback as (error: Error | null, client?: pg.Client) => void;
      done.then(
        () => reply(null, this),
        (error: Error) => reply(error),
      );
      return undefined;
    }

    private async connectToCurrent(): Promise<void> {
      const url = await resolver.current();
      const target = new pg.Client({ connectionString: url });
      const self = this as unknown as { host: string; port: number; connectionParameters: pg.ClientConfig };
      self.host = target.host;
      self.port = target.port;
      self.connectionParameters.host = target.host;
      self.connectionParameters.port = target.port;
      this.on('error', () => resolver.forget(url));
      try {
        await super.connect();
      } catch (error) {
        resolver.forget(url);
        throw error;
      }
      if (!(await resolver.stillQualifies(this as pg.Client))) {
        resolver.forget(url);
        await this.end().catch(() => {});
        const error = new Error(
          `${target.host}:${target.port} no longer gives a ${resolver.list.target} session`,
        );
        Object.assign(error, { code: '25006' });
        throw error;
      }
    }
  }
  return MultiHostClient as unknown as typeof pg.Client;
}

/**
 * Options for `pg.Pool`/`pg.Client` from a (possibly multi-host) URL: the URL itself when it is plain,
 * otherwise the first host's URL and a client class that finds the host to use on each connection.
 */
export function poolTarget(url: string): { connectionString: string; Client?: typeof pg.Client } {
  const list = parseHostList(url);
  if (list.urls.length === 1 && list.target === 'any') return { connectionString: url };
  return { connectionString: list.urls[0]!, Client: clientClassFor(new HostResolver(list)) };
}

/** A single-host URL for one-off clients (migrations, backups, checks): the host that qualifies now. */
export async function resolveUrl(url: string): Promise<string> {
  return new HostResolver(parseHostList(url)).current();
}

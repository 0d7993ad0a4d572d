#!/usr/bin/env bash
# tinhso through pgbouncer in TRANSACTION mode (issue 22 §3, docs/deploy/high-availability.md): a Debian
# PostgreSQL 15 cluster and a pgbouncer in front of it, both in a temporary folder on non-default ports, run as the
# postgres user; then part of the test suite with every connection of the code under test going through pgbouncer
# (the test runner creates and drops its databases directly). Needs root or the postgres user, postgresql-15 and
# pgbouncer (Debian packages).
#
#   npm run test:pgbouncer                      # the default selection below
#   npm run test:pgbouncer -- src/app/two-instances src/modules/dossiers
#
# pgbouncer 1.18 refuses startup parameters it does not know: tinhso sends statement_timeout and
# idle_in_transaction_session_timeout with each connection (docs/adr/0017), so they are listed in
# ignore_startup_parameters and set on the role instead (ALTER ROLE ... SET), which a pooled server connection
# starts with. Transaction mode means no session state survives a transaction: tinhso uses no LISTEN, no
# named prepared statements, only SET LOCAL and transaction-scoped advisory locks (docs/adr/0020).
set -euo pipefail
cd "$(dirname "$0")/../.."
pgbin=/usr/lib/postgresql/15/bin
port=${PG_PORT:-56500}
bouncer=${PGBOUNCER_PORT:-56501}
dir=$(mktemp -d /tmp/tinhso-pgbouncer.XXXXXX)
chown postgres:postgres "$dir"
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; fi; }
stop() {
  [ -f "$dir/pgbouncer.pid" ] && kill "$(cat "$dir/pgbouncer.pid")" 2>/dev/null || true
  as_postgres "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_postgres "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w start \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" >/dev/null
psql -qX -h 127.0.0.1 -p "$port" -U postgres -c "alter role postgres set statement_timeout = '60s'" \
  -c "alter role postgres set idle_in_transaction_session_timeout = '60s'"

cat >"$dir/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=$port

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bouncer
unix_socket_dir = $dir
auth_type = trust
admin_users = postgres
auth_file = $dir/userlist.txt
pool_mode = transaction
max_client_conn = 2000
default_pool_size = 20
max_db_connections = 40
server_reset_query =
ignore_startup_parameters = extra_float_digits,statement_timeout,idle_in_transaction_session_timeout
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
INI
echo '"postgres" ""' >"$dir/userlist.txt"
chown postgres:postgres "$dir"/pgbouncer.ini "$dir"/userlist.txt
as_postgres pgbouncer -d "$dir/pgbouncer.ini"
for _ in $(seq 1 20); do psql -qXAt -h 127.0.0.1 -p "$bouncer" -U postgres -d postgres -c 'select 1' >/dev/null 2>&1 && break; sleep 0.5; done
echo "PostgreSQL 15 on :$port, pgbouncer $(pgbouncer --version | head -1 | cut -d' ' -f2) (transaction mode) on :$bouncer"

status=0
selection=("$@")
if [ ${#selection[@]} -eq 0 ]; then
  # The dossier life cycle and its outbox, reports (advisory locks), audit chain, jobs, sign-in limits and
  # feedback rate limits (advisory locks), two app instances, the database layer (multi-host, migrations).
  selection=(src/modules/dossiers/ src/modules/reports/ src/modules/audit/ src/app/two-instances src/platform/database/
    src/modules/identity/sign-in src/modules/feedback/rate src/platform/jobs)
fi
DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" \
  TINHSO_TEST_POOLER_URL="postgres://postgres@127.0.0.1:$bouncer/postgres" \
  npm test -- "${selection[@]}" || status=$?
# What went through pgbouncer (SHOW STATS: database, total_xact_count, total_query_count, …).
psql -qXAt -h 127.0.0.1 -p "$bouncer" -U postgres -d pgbouncer -c 'show stats' |
  awk -F'|' '$1 != "pgbouncer" {t += $2; q += $3; d += 1} END {print "through pgbouncer: " t " transactions, " q " queries, " d " databases"}'
exit "$status"

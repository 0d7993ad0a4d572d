#!/usr/bin/env bash
# A pg_auto_failover formation on ONE machine, for trial (issue 22 §1, docs/deploy/high-availability.md):
# a monitor and two PostgreSQL 15 nodes (primary + synchronous secondary), all under one folder, on
# non-default ports, run as the postgres user. The same commands, one per machine, make the three-machine recipe.
#
#   scripts/ha/formation.sh up   <dir> [base-port]   # monitor on base, nodes on base+1, base+2 (default 56400)
#   scripts/ha/formation.sh state <dir>              # pg_autoctl show state
#   scripts/ha/formation.sh url  <dir>               # the multi-host DATABASE_URL for tinhso
#   scripts/ha/formation.sh down <dir>               # stop everything and remove <dir>
#
# FAST=1 shortens the monitor's health checks (1 s period, node unhealthy after 6 s instead of 20 s) so the
# failover test finishes quickly; production keeps pg_auto_failover's defaults.
# Needs: apt-get install -y pg-auto-failover-cli postgresql-15-auto-failover (Debian 12).
set -euo pipefail

cmd=${1:?usage: formation.sh up|state|url|down <dir> [base-port]}
dir=${2:?a folder for the formation}
base=${3:-56400}
pgbin=/usr/lib/postgresql/15/bin
host=127.0.0.1

# pg_autoctl keeps its configuration and state under XDG folders: keep them inside <dir> too.
as_postgres() {
  local env="PATH=$pgbin:/usr/bin:/bin XDG_CONFIG_HOME=$dir/xdg/config XDG_DATA_HOME=$dir/xdg/data XDG_RUNTIME_DIR=$dir/xdg/run"
  if [ "$(id -un)" = postgres ]; then env $env "$@"; else su postgres -s /bin/bash -c "env $env $(printf '%q ' "$@")"; fi
}

monitor_uri() { echo "postgres://autoctl_node@$host:$base/pg_auto_failover?sslmode=disable"; }

# Start `pg_autoctl <args> --run` detached (its own session), logging to <dir>/<name>.log.
start_detached() {
  local name=$1
  shift
  as_postgres setsid pg_autoctl "$@" --run >"$dir/$name.log" 2>&1 </dev/null &
}

wait_for() {
  local what=$1 check=$2 limit=${3:-120}
  for _ in $(seq 1 "$limit"); do
    if eval "$check" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "timed out waiting for $what" >&2
  tail -n 30 "$dir"/*.log >&2 || true
  exit 1
}

node_state() { as_postgres pg_autoctl show state --pgdata "$dir/monitor" 2>/dev/null; }

case $cmd in
up)
  mkdir -p "$dir/xdg/config" "$dir/xdg/data" "$dir/xdg/run"
  chmod 700 "$dir/xdg/run"
  [ "$(id -un)" = postgres ] || chown -R postgres:postgres "$dir"
  echo "== monitor on $host:$base"
  start_detached monitor create monitor --pgdata "$dir/monitor" --pgport "$base" --hostname "$host" \
    --auth trust --no-ssl
  wait_for monitor "$pgbin/psql -qXAt -h $host -p $base -U postgres -d pg_auto_failover -c 'select 1 from pgautofailover.formation'"
  if [ "${FAST:-}" = 1 ]; then
    "$pgbin/psql" -qX -h "$host" -p "$base" -U postgres -d pg_auto_failover \
      -c "alter system set pgautofailover.health_check_period = 1000" \
      -c "alter system set pgautofailover.health_check_timeout = 1000" \
      -c "alter system set pgautofailover.health_check_max_retries = 1" \
      -c "alter system set pgautofailover.health_check_retry_delay = 500" \
      -c "alter system set pgautofailover.node_considered_unhealthy_timeout = 6000" \
      -c "select pg_reload_conf()" >/dev/null
  fi
  for n in 1 2; do
    port=$((base + n))
    echo "== node $n on $host:$port"
    # Synchronous replication: with replication-quorum (the default) the primary waits for the secondary's
    # flush (synchronous_standby_names 'ANY 1 (...)'), so an acknowledged commit survives the primary's loss.
    start_detached "node$n" create postgres --pgdata "$dir/node$n" --pgport "$port" --hostname "$host" \
      --name "node$n" --dbname tinhso --auth trust --no-ssl --monitor "$(monitor_uri)" \
      --replication-quorum true --candidate-priority 50
    if [ "$n" = 1 ]; then
      wait_for "node 1 to be the primary" "node_state | grep -E 'node1 .*\\| +single +\\| +single'"
    else
      # pg_basebackup asks the primary for a spread checkpoint (up to minutes on an idle trial node): an explicit
      # CHECKPOINT completes it at once.
      wait_for "node 2's base backup to start" "grep -q 'waiting for checkpoint' '$dir/node2.log'"
      "$pgbin/psql" -qX -h "$host" -p "$((base + 1))" -U postgres -d postgres -c checkpoint >/dev/null
      wait_for "node 2 to be the synchronous secondary" \
        "node_state | grep -E 'node2 .*\\| +secondary +\\| +secondary' && node_state | grep -E 'node1 .*\\| +primary +\\| +primary'" 300
    fi
  done
  node_state
  echo "DATABASE_URL=$("$0" url "$dir" "$base")"
  ;;
state)
  node_state
  ;;
url)
  # The formation's URI as the monitor gives it (pg_autoctl show uri), with the postgres user: tinhso's driver
  # takes it as libpq does (src/platform/database/hosts.ts).
  as_postgres pg_autoctl show uri --pgdata "$dir/monitor" --formation default |
    sed -E -e 's#^postgres(ql)?://@?#postgresql://postgres@#' -e 's#[&]sslmode=[a-z-]*##' -e 's#[?]sslmode=[a-z-]*[&]#?#'
  ;;
down)
  for name in node2 node1 monitor; do
    [ -d "$dir/$name" ] && as_postgres pg_autoctl stop --pgdata "$dir/$name" --immediate >/dev/null 2>&1 || true
  done
  sleep 2
  for name in node2 node1 monitor; do
    if [ -f "$dir/$name/postmaster.pid" ]; then
      pid=$(head -1 "$dir/$name/postmaster.pid")
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$dir"
  ;;
*)
  echo "usage: formation.sh up|state|url|down <dir> [base-port]" >&2
  exit 2
  ;;
esac

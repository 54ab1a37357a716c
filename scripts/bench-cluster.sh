#!/usr/bin/env bash
# The mixed load of issue #10 (bench/mixed.lua: sign-in, 自社診断, plan, what-if, downloads) through
# HAProxy at 1 and then 2 clustered instances (scripts/cluster.sh's topology, fresh embedded
# PostgreSQL with the demo data). Needs wrk and haproxy (scripts/install-test-tools.sh installs
# haproxy; apt-get install wrk).
# Usage: scripts/bench-cluster.sh [seconds per run, default 30] [connections, default 16]
# INSTANCES="1 2" (default) chooses the runs. Besides wrk's numbers it prints the CPU time the
# Payara instances and PostgreSQL spent per request (from /proc), which a busy machine distorts
# far less than throughput.
# The mix signs in twice per 20 requests, all from one client (127.0.0.1 through HAProxy, which
# the instances trust as a proxy): some 300 sign-ins a minute, ten times the default per-client
# login limit (sukedachi.ratelimit.login.client=30/PT1M), which would answer 429 without hashing
# the password. The bench therefore raises that limit on every instance (LOGIN_LIMIT, default
# 100000/PT1M) so that each sign-in costs what a real one costs; every status is counted apart.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
conns=${2:-16}
base=http://127.0.0.1:8280
login_limit=${LOGIN_LIMIT:-100000/PT1M}
echo "== commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml bench || echo ' (with uncommitted changes)'); per-client login limit for the bench: $login_limit (the default is 30/PT1M)"
mvn -B -q -DskipTests package
# CPU seconds (user + system, waited-for children included) of the processes whose command line
# matches $1 and of their children (PostgreSQL's backends are children of its postmaster).
cpu() {
  local total=0 p parents
  parents=$(pgrep -f "$1" | tr '\n' ' ')
  for p in $parents $(for q in $parents; do pgrep -P "$q"; done); do
    total=$(awk -v t="$total" '{ print t + ($14 + $15 + $16 + $17) / 100 }' /proc/$p/stat 2>/dev/null || echo "$total")
  done
  echo "$total"
}
for n in ${INSTANCES:-1 2}; do
  rm -rf target/bench-cluster
  log=target/bench-cluster-$n.log
  mkdir -p target
  : > "$log"
  mvn -B -q exec:java@cluster -Dsukedachi.cluster.instances=$n -Dsukedachi.dataDir=target/bench-cluster \
    "-Dsukedachi.jvmOptions=-Dsukedachi.ratelimit.login.client=$login_limit" > "$log" 2>&1 &
  launcher=$!
  until grep -q "Sukedachi cluster of" "$log"; do
    kill -0 $launcher 2>/dev/null || { echo "the cluster did not start; see $log" >&2; exit 1; }
    sleep 1
  done
  TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"email":"sme@example.jp","password":"sukedachi-demo"}' \
    $base/api/v1/auth/token | sed -E 's/.*"token":"([^"]+)".*/\1/')
  COMPANY=$(PGPASSWORD=postgres psql -X -h 127.0.0.1 -p 54334 -U postgres -d postgres -tAc \
    "select c.id from company c join account a on a.id = c.owner_account_id where a.email = 'sme@example.jp'")
  export TOKEN COMPANY
  # warm-up (the JIT of every instance), then the run; --timeout 30s so that slow answers count
  # in the latency instead of being dropped as wrk's 2 s timeouts
  wrk -t2 -c$conns -d20s --timeout 30s -s bench/mixed.lua $base > /dev/null
  echo "== $n instance(s) behind HAProxy: wrk -t2 -c$conns -d${secs}s --timeout 30s -s bench/mixed.lua $base (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  app0=$(cpu "clustername sukedachi-8280"); pg0=$(cpu "postgres -D .* -p 54334")
  wrk -t2 -c$conns -d${secs}s --timeout 30s --latency -s bench/mixed.lua $base | tee target/bench-wrk-$n.txt
  app1=$(cpu "clustername sukedachi-8280"); pg1=$(cpu "postgres -D .* -p 54334")
  echo "load average at the end of the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  requests=$(awk '/requests in/ { print $1 }' target/bench-wrk-$n.txt)
  echo "CPU per request: Payara $(echo "scale=1; ($app1 - $app0) * 1000 / $requests" | bc) ms, PostgreSQL $(echo "scale=1; ($pg1 - $pg0) * 1000 / $requests" | bc) ms"
  if [ "$n" = 2 ]; then
    echo "== the largest tables after both runs: rows, bytes with indexes, bytes per row"
    PGPASSWORD=postgres psql -X -h 127.0.0.1 -p 54334 -U postgres -d postgres -c "analyze" -c "select relname as table, n_live_tup as rows,
      pg_size_pretty(pg_total_relation_size(relid)) as size, pg_total_relation_size(relid) / greatest(n_live_tup, 1) as bytes_per_row
      from pg_stat_user_tables order by pg_total_relation_size(relid) desc limit 12"
  fi
  kill $launcher
  wait $launcher || true
done

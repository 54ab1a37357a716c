#!/usr/bin/env bash
# The mixed load of issue #10 (bench/mixed.lua: sign-in, 自社診断, plan, what-if, downloads) through
# HAProxy at 1 and then 2 clustered instances (scripts/cluster.sh's topology, fresh embedded
# PostgreSQL with the demo data). Needs wrk and haproxy (scripts/install-test-tools.sh installs
# haproxy; apt-get install wrk).
# Usage: scripts/bench-cluster.sh [seconds per run, default 30] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
conns=${2:-16}
base=http://127.0.0.1:8280
mvn -B -q -DskipTests package
for n in 1 2; do
  rm -rf target/bench-cluster
  log=target/bench-cluster-$n.log
  mkdir -p target
  mvn -B -q exec:java@cluster -Dsukedachi.cluster.instances=$n -Dsukedachi.dataDir=target/bench-cluster > "$log" 2>&1 &
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
  wrk -t2 -c$conns -d10s -s bench/mixed.lua $base > /dev/null   # warm-up
  echo "== $n instance(s) behind HAProxy: wrk -t2 -c$conns -d${secs}s -s bench/mixed.lua $base"
  wrk -t2 -c$conns -d${secs}s --latency -s bench/mixed.lua $base
  kill $launcher
  wait $launcher || true
done

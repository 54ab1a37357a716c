#!/usr/bin/env bash
# HTTP benchmark on loopback: start-up time, memory after start, then wrk on the self-check
# submission beside a trivial authenticated endpoint. Needs wrk (apt-get install wrk).
# Usage: scripts/bench-http.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
base=http://127.0.0.1:8080
mvn -B -q -DskipTests package
rm -rf target/bench-data
start=$(date +%s.%N)
mvn -B -q exec:java -Dsukedachi.dataDir=target/bench-data > target/bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; pkill -f "payara-micro.jar --deploy" || true' EXIT
until curl -sf $base/health/ready > /dev/null; do sleep 0.2; done
ready=$(date +%s.%N)
pid=$(pgrep -f "payara-micro.jar --deploy" | head -1)
echo "time to ready (embedded PostgreSQL + Payara Micro + migrations + demo data): $(echo "$ready - $start" | bc) s"
echo "Payara Micro RSS after start: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"email":"sme@example.jp","password":"sukedachi-demo"}' \
  $base/api/v1/auth/token | sed -E 's/.*"token":"([^"]+)".*/\1/')
export TOKEN
company=$(curl -sf -H "Authorization: Bearer $TOKEN" $base/api/v1/companies/1 > /dev/null && echo 1)
# warm-up
wrk -t2 -c8 -d5s -s bench/trivial.lua $base/api/v1/accounts/me > /dev/null
wrk -t2 -c8 -d5s -s bench/self-check.lua $base/api/v1/companies/$company/self-checks > /dev/null
echo "== trivial: GET /api/v1/accounts/me"
wrk -t2 -c8 -d${secs}s --latency -s bench/trivial.lua $base/api/v1/accounts/me
echo "== self-check: POST /api/v1/companies/$company/self-checks"
wrk -t2 -c8 -d${secs}s --latency -s bench/self-check.lua $base/api/v1/companies/$company/self-checks
echo "Payara Micro RSS after the runs: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"

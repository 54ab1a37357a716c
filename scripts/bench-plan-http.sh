#!/usr/bin/env bash
# HTTP benchmark of the plan (issue #6) on loopback, in one run beside a trivial endpoint:
# a 45-person manufacturer with 40 PCs is created through the API, then wrk at 32 connections
# measures GET /accounts/me, an unchanged GET .../plan, what-if budget changes and the
# self-check submission (which also records the residual risk). Needs wrk (apt-get install wrk).
# Usage: scripts/bench-plan-http.sh [seconds per run, default 20] [connections, default 32]
# A profile: BENCH_JVM_OPTIONS=-XX:StartFlightRecording BENCH_JFR_DUMP=/tmp/x.jfr BENCH_ONLY=unchanged ...
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
conns=${2:-32}
port=8181
base=http://127.0.0.1:$port
mvn -B -q -DskipTests package
rm -rf target/bench-plan-data
mvn -B -q exec:java -Dsukedachi.port=$port -Dsukedachi.pgPort=54339 -Dsukedachi.dataDir=target/bench-plan-data "-Dsukedachi.jvmOptions=${BENCH_JVM_OPTIONS:-}" > target/bench-plan-server.log 2>&1 &
server=$!
trap 'pid=$(pgrep -f "payara-micro.jar --deploy.*--port $port" | head -1); [ -n "${BENCH_JFR_DUMP:-}" ] && [ -n "$pid" ] && jcmd "$pid" JFR.dump filename="$BENCH_JFR_DUMP" > /dev/null; kill $server 2>/dev/null; pkill -f "payara-micro.jar --deploy.*--port $port" || true' EXIT
until curl -sf $base/health/ready > /dev/null; do sleep 0.5; done
json() { curl -sf -H 'Content-Type: application/json' -H "Authorization: Bearer ${TOKEN:-}" "$@"; }
email="bench-$(date +%s)@bench.example"
json -d "{\"email\":\"$email\",\"password\":\"bench-password-1\",\"displayName\":\"Bench\",\"role\":\"SME\"}" $base/api/v1/accounts > /dev/null
TOKEN=$(json -d "{\"email\":\"$email\",\"password\":\"bench-password-1\"}" $base/api/v1/auth/token | sed -E 's/.*"token":"([^"]+)".*/\1/')
export TOKEN
company=$(json -d '{"name":"ベンチ製作所","legalForm":"CORPORATION","industry":"MANUFACTURING","capitalYen":30000000,"employees":45,"prefecture":"23","sites":2,"monthlyBudgetYen":50000,"oneOffBudgetYen":500000}' \
  $base/api/v1/companies | sed -E 's/.*"id":([0-9]+).*/\1/')
asset() { json -d "{\"type\":\"$1\",\"label\":\"$2\",\"count\":$3,\"internetFacing\":$4,\"vendorSupported\":$5}" $base/api/v1/companies/$company/assets > /dev/null; }
asset PC "事務所PC" 36 false true
asset PC "旧CAD端末" 4 false false
asset SERVER "生産管理サーバ" 2 false true
asset NAS "図面NAS" 1 false true
asset REMOTE_ACCESS "保守用VPN" 1 true true
asset CLOUD_EMAIL "クラウドメール" 1 true true
asset WEBSITE "会社サイト" 1 true true
asset MOBILE "営業スマホ" 12 false true
json -d '{"name":"顧客台帳","businessArea":"営業","storageMedia":"NAS","personalInfo":"PERSONAL","confidentiality":3,"integrity":2,"availability":2}' \
  $base/api/v1/companies/$company/information-assets > /dev/null
json -d '{"name":"図面","businessArea":"設計","storageMedia":"NAS","personalInfo":"NONE","confidentiality":3,"integrity":3,"availability":3}' \
  $base/api/v1/companies/$company/information-assets > /dev/null
curl -sf -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
  --data-binary "$(printf '{"answers":[%s]}' "$(for i in $(seq 1 25); do c=$(( i % 4 )); a=(IMPLEMENTED PARTIAL NOT_IMPLEMENTED UNKNOWN); printf '{"item":%d,"answer":"%s"}' $i ${a[$c]}; [ $i -lt 25 ] && printf ','; done)")" \
  $base/api/v1/companies/$company/self-checks
plan=$base/api/v1/companies/$company/plan
echo "company $company: $(curl -sf -H "Authorization: Bearer $TOKEN" $plan | head -c 160)..."
# warm-up
wrk -t2 -c8 -d5s -s bench/trivial.lua $base/api/v1/accounts/me > /dev/null
wrk -t2 -c8 -d5s -s bench/trivial.lua $plan > /dev/null
wrk -t2 -c8 -d5s -s bench/what-if.lua $plan > /dev/null
# BENCH_ONLY=<word> runs only the measurements whose title contains it (e.g. for a profile).
run() { [[ -n "${BENCH_ONLY:-}" && "$1" != *"$BENCH_ONLY"* ]] && return 0; echo "== $1"; wrk -t$(( conns < 2 ? 1 : 2 )) -c$conns -d${secs}s --latency -s "$2" "$3" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors|requests in"; }
run "trivial: GET /api/v1/accounts/me" bench/trivial.lua $base/api/v1/accounts/me
run "unchanged plan: GET $plan" bench/trivial.lua $plan
run "what-if budget: GET $plan?monthlyBudgetYen=<varies>" bench/what-if.lua $plan
run "self-check: POST .../self-checks" bench/self-check.lua $base/api/v1/companies/$company/self-checks

#!/usr/bin/env bash
# HTTP benchmark of expert matching (issue #9) on loopback, in one run beside a trivial endpoint:
# the app starts on a fresh embedded PostgreSQL, scripts/seed-experts.sql adds 50,000 verified
# experts and 5,000 open requests, an SME with the 45-person manufacturer of bench-plan-http.sh
# (Aichi, 23 open plan items an expert can help with) signs in, and after a warm-up wrk measures
# GET /api/v1/accounts/me and GET /api/v1/companies/{id}/expert-matches (the top 20, ranked over
# all 50,000) at each connection count, with the CPU time Payara and PostgreSQL spent per request.
# A last run repeats the matches at the highest count while another SME keeps requesting an
# expert's hours and cancelling, so the index of experts keeps going stale and is refreshed.
# Needs wrk, psql and jcmd (apt-get install wrk postgresql-client; the JDK).
#
# Usage: scripts/bench-expert-matches.sh [seconds per run, default 15] [connection counts, default "1 8 32"]
# BENCH_ONLY=<word> runs only the measurements whose title contains it (trivial, matches, bookings);
# BENCH_WARMUP=<s> warm-up of the matches (default 60; the trivial endpoint gets half);
# BENCH_BOOKINGS_SECONDS=<s> length of the run under bookings (default 65, so that the index's
# once-a-minute summary falls in it); BENCH_SKIP_BUILD=1 reuses target/sukedachi.war.
# A profile: BENCH_JVM_OPTIONS=-XX:StartFlightRecording BENCH_JFR_DUMP=/tmp/x.jfr BENCH_ONLY=matches ...
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
counts=${2:-1 8 32}
port=8183
pgport=54343
base=http://127.0.0.1:$port
out=target/bench-expert
command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)"; exit 1; }
command -v psql > /dev/null || { echo "needs psql (apt-get install -y postgresql-client)"; exit 1; }
if curl -s -o /dev/null $base/ || pgrep -f "bench-expert-data/pgdata" > /dev/null; then
  echo "port $port or the benchmark database is still in use (an earlier run still stopping?)"; exit 1
fi
[ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -B -q -DskipTests package
rm -rf target/bench-expert-data "$out" && mkdir -p "$out"
mvn -B -q exec:java -Dsukedachi.port=$port -Dsukedachi.pgPort=$pgport -Dsukedachi.dataDir=target/bench-expert-data \
  "-Dsukedachi.jvmOptions=${BENCH_JVM_OPTIONS:-}" > "$out/server.log" 2>&1 &
server=$!
churn=
payara() { pgrep -f "payara-micro.jar --deploy.*--port $port" | head -1; }
cleanup() {
  set +e
  [ -n "$churn" ] && kill "$churn" 2>/dev/null
  local app pg
  app=$(payara)
  pg=$(pgrep -f "bench-expert-data/pgdata" | head -1)
  [ -n "${BENCH_JFR_DUMP:-}" ] && [ -n "$app" ] && jcmd "$app" JFR.dump filename="$BENCH_JFR_DUMP" > /dev/null
  # Payara first; then the launcher, which stops the embedded PostgreSQL; wait until both are gone.
  [ -n "$app" ] && kill "$app" 2>/dev/null
  for _ in $(seq 40); do { [ -z "$app" ] || ! kill -0 "$app" 2>/dev/null; } && break; sleep 0.5; done
  kill $server 2>/dev/null
  for _ in $(seq 40); do { [ -z "$pg" ] || ! kill -0 "$pg" 2>/dev/null; } && break; sleep 0.5; done
  [ -n "$pg" ] && kill -0 "$pg" 2>/dev/null && kill -INT "$pg"
  true
}
trap cleanup EXIT
until curl -sf $base/health/ready > /dev/null; do sleep 0.5; done
pid=$(payara)
echo "machine: $(nproc) cores, $(uname -r), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo "Payara Micro RSS after start: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
# Heap in use after a full collection, in MiB.
heap_mib() { jcmd "$pid" GC.run > /dev/null; jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ { sub(/K,?/, "", $NF); for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%d", v / 1024 } }'; }
heap_before=$(heap_mib)

start=$(date +%s.%N)
PGPASSWORD=postgres psql -X -q -h 127.0.0.1 -p $pgport -U postgres -f scripts/seed-experts.sql
echo "seeded in $(echo "$(date +%s.%N) - $start" | bc) s"

json() { curl -sf -H 'Content-Type: application/json' -H "Authorization: Bearer ${TOKEN:-}" "$@"; }
signin() {
  local email="bench-$1-$(date +%s%N)@bench.example"
  json -d "{\"email\":\"$email\",\"password\":\"bench-password-1\",\"displayName\":\"Bench\",\"role\":\"SME\"}" $base/api/v1/accounts > /dev/null
  json -d "{\"email\":\"$email\",\"password\":\"bench-password-1\"}" $base/api/v1/auth/token | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
TOKEN=$(signin sme)
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
matches=$base/api/v1/companies/$company/expert-matches

start=$(date +%s.%N)
curl -sf -H "Authorization: Bearer $TOKEN" -o "$out/matches.json" $matches
echo "first answer (builds the index of experts and the plan): $(echo "$(date +%s.%N) - $start" | bc) s"
python3 - "$out/matches.json" <<'EOF' 2>/dev/null || head -c 300 "$out/matches.json"
import json, sys
d = json.load(open(sys.argv[1]))
m = d["matches"]
print(f"company {d['companyId']}: {len(d['needs'])} open items an expert can help with, {len(m)} matches "
      f"(scores {m[0]['score']}..{m[-1]['score']}), fallback {d['fallback']['kind']}; "
      f"best: expert {m[0]['expertId']}, ¥{m[0]['hourlyRateYen']}/h, {len(m[0]['coveredMeasureCodes'])} items")
EOF
echo "response size: $(wc -c < "$out/matches.json") bytes"
grep -h "Expert index" "$out/server.log" | sed -E 's/.*\] (Expert index)/\1/' | tail -1 || true
echo "heap in use after a full GC: $heap_before MiB before seeding, $(heap_mib) MiB with the index of 50,000 experts built" \
  "($(jcmd "$pid" GC.class_histogram | awk '/matching.domain.ExpertCard$/ { print $2 " ExpertCard objects, " int($3 / 1024) " KiB" }'))"

# 32 more SMEs across Japan, of different sizes and budgets, for the run that asks for each in turn.
export SMES=$out/smes.txt
prefectures=(13 43 27 47 23 01 40 04 14 39 34 32 11 18 05 26 12 36 22 46 15 31 28 07 20 44 10 38 16 42 30 24)
industries=(MANUFACTURING CONSTRUCTION TRANSPORT OTHER WHOLESALE RETAIL SERVICES SOFTWARE_IT RUBBER_PRODUCTS INN)
for k in $(seq 0 31); do
  staff=$(( (k * 37) % 190 + 2 ))
  t=$(TOKEN= signin "sme$k")
  id=$(TOKEN=$t json -d "{\"name\":\"ベンチ事業者$k\",\"legalForm\":\"CORPORATION\",\"industry\":\"${industries[$(( k % 10 ))]}\",\"capitalYen\":$(( (k % 9 + 1) * 10000000 )),\"employees\":$staff,\"prefecture\":\"${prefectures[$k]}\",\"sites\":$(( k % 3 + 1 )),\"monthlyBudgetYen\":$(( (k % 10 + 1) * 15000 )),\"oneOffBudgetYen\":$(( (k % 10 + 1) * 150000 ))}" \
    $base/api/v1/companies | sed -E 's/.*"id":([0-9]+).*/\1/')
  owned() { TOKEN=$t json -d "{\"type\":\"$1\",\"label\":\"$1\",\"count\":$2,\"internetFacing\":$3,\"vendorSupported\":true}" $base/api/v1/companies/$id/assets > /dev/null; }
  owned PC $(( staff * 4 / 5 + 1 )) false
  owned CLOUD_EMAIL 1 true
  (( k % 2 == 0 )) && owned WEBSITE 1 true
  (( k % 3 == 0 )) && owned REMOTE_ACCESS 1 true
  (( staff > 20 )) && owned SERVER $(( staff / 40 + 1 )) false
  echo "$id $t" >> "$SMES"
done
# Each SME's first answer computes its plan; say what each is offered.
while read -r id t; do
  curl -sf -H "Authorization: Bearer $t" $base/api/v1/companies/$id/expert-matches
  echo
done < "$SMES" > "$out/smes-matches.json"
python3 - "$out/smes-matches.json" <<'EOF2' 2>/dev/null || true
import json, sys, collections
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
kinds = collections.Counter(r["fallback"]["kind"] for r in rows)
print(f"{len(rows)} more SMEs: {min(len(r['needs']) for r in rows)}-{max(len(r['needs']) for r in rows)} open items "
      f"an expert can help with, {min(len(r['matches']) for r in rows)}-{max(len(r['matches']) for r in rows)} matches, "
      f"fallback {dict(kinds)}")
EOF2
# Warm-up until the JIT compiler has little left to do: on two busy cores it compiles for minutes
# (after 30 s of matches it still took a third of a core during the next 20 s).
warm=${BENCH_WARMUP:-60}
wrk -t2 -c8 -d$(( (warm + 1) / 2 ))s -s bench/trivial.lua $base/api/v1/accounts/me > /dev/null
wrk -t2 -c8 -d$(( (warm + 1) / 2 ))s -s bench/trivial.lua $matches > /dev/null
wrk -t2 -c8 -d$(( (warm + 1) / 2 ))s -s bench/expert-matches-smes.lua $base > /dev/null

# CPU time (ms) used so far by Payara and by the embedded PostgreSQL (postmaster, backends, ended backends).
hz=$(getconf CLK_TCK)
postmaster=$(pgrep -f "bench-expert-data/pgdata" | head -1)
cpu_ms() { local t=0 p; for p in "$@"; do t=$(( t + $(awk '{ print $14 + $15 + $16 + $17 }' /proc/$p/stat 2>/dev/null || echo 0) )); done; echo $(( t * 1000 / hz )); }
payara_ms() { cpu_ms "$pid"; }
# CPU time (ms) of Payara's threads whose name starts with $1 (the JIT's "C2 CompilerThre", "GC Thread").
threads_ms() { local t=0 d; for d in /proc/$pid/task/*; do [[ "$(cat $d/comm 2>/dev/null)" == "$1"* ]] && t=$(( t + $(awk '{ print $14 + $15 }' $d/stat 2>/dev/null || echo 0) )); done; echo $(( t * 1000 / hz )); }
pg_ms() { cpu_ms "$postmaster" $(ps -o pid= --ppid "$postmaster"); }

# One line per run: what, connections, req/s, p50, p90, p99 (ms), errors, requests, CPU per request.
ms() { awk '{ v = $1; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
  f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1; printf "%.1f", v * f }'; }
run() {
  local title=$1 c=$2 url=$3 script=${4:-bench/trivial.lua}
  [[ -n "${BENCH_ONLY:-}" && "$title" != *"$BENCH_ONLY"* ]] && return 0
  local f="$out/$title-c$c.txt"
  local a0 g0 j0 gc0
  a0=$(payara_ms); g0=$(pg_ms); j0=$(threads_ms C); gc0=$(threads_ms G)
  wrk -t$(( c < 2 ? 1 : 2 )) -c$c -d${secs}s --latency -s "$script" "$url" > "$f"
  local app=$(( $(payara_ms) - a0 )) db=$(( $(pg_ms) - g0 )) jit=$(( $(threads_ms C) - j0 )) gc=$(( $(threads_ms G) - gc0 ))
  local rps p50 p90 p99 non2xx sock total
  rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$f")
  p50=$(awk '$1 == "50%" { print $2 }' "$f" | ms)
  p90=$(awk '$1 == "90%" { print $2 }' "$f" | ms)
  p99=$(awk '$1 == "99%" { print $2 }' "$f" | ms)
  non2xx=$(awk '/Non-2xx/ { print $NF }' "$f"); non2xx=${non2xx:-0}
  sock=$(awk '/Socket errors/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$f"); sock=${sock:-0}
  total=$(awk '/requests in/ { print $1 }' "$f")
  printf "%-9s c=%-3s %6s req/s  p50 %7s ms  p90 %7s ms  p99 %7s ms  errors %s  CPU/request: Payara %s ms, PostgreSQL %s ms  (%s requests, load %s; JIT %s ms, GC %s ms in all)\n" \
    "$title" "$c" "$rps" "$p50" "$p90" "$p99" $(( non2xx + sock )) \
    "$(echo "scale=2; $app / $total" | bc)" "$(echo "scale=2; $db / $total" | bc)" \
    "$total" "$(cut -d' ' -f1 /proc/loadavg)" "$jit" "$gc" | tee -a "$out/summary.txt"
}
echo "== wrk -d${secs}s, in this order; errors = non-2xx + socket errors"
for c in $counts; do
  run trivial "$c" $base/api/v1/accounts/me
  run matches "$c" "$matches"
  run smes "$c" $base bench/expert-matches-smes.lua
done
# The index tells once a minute how often it was refreshed and what that cost.
refreshes() { { grep -h "Expert index: [0-9]* refreshes" "$out/server.log" || true; } | sed -E 's/.*\] (Expert index)/\1/' | tail -n +$(( $1 + 1 )); }
refreshes 0
seen=$(refreshes 0 | wc -l)

if [[ -z "${BENCH_ONLY:-}" || "bookings" == *"$BENCH_ONLY"* ]]; then
  # Other SMEs keep requesting an expert's hours and cancelling: each request and each cancel
  # holds or releases hours and marks the index stale.
  TOKEN2=$(TOKEN= signin churn)
  other=$(TOKEN=$TOKEN2 json -d '{"name":"ベンチ商店","legalForm":"CORPORATION","industry":"RETAIL","capitalYen":10000000,"employees":8,"prefecture":"13","sites":1,"monthlyBudgetYen":100000,"oneOffBudgetYen":300000}' \
    $base/api/v1/companies | sed -E 's/.*"id":([0-9]+).*/\1/')
  expert=$(PGPASSWORD=postgres psql -X -qAt -h 127.0.0.1 -p $pgport -U postgres -c \
    "select id from expert where remote and monthly_hours >= 30 order by id limit 1")
  (
    set +e
    while true; do
      reply=$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN2" \
        -d "{\"companyId\":$other,\"expertId\":$expert,\"hours\":1,\"description\":\"bench\",\"parts\":[\"PROFILE\"]}" \
        $base/api/v1/engagements)
      if [ "${reply##*$'\n'}" != 201 ]; then echo "$reply" >> "$out/bookings-errors.txt"; sleep 0.2; continue; fi
      id=$(echo "$reply" | head -1 | sed -E 's/.*"id":([0-9]+).*/\1/')
      curl -s -o /dev/null -X POST -H "Authorization: Bearer $TOKEN2" $base/api/v1/engagements/$id/cancel
      echo x >> "$out/bookings.txt"
    done
  ) &
  churn=$!
  last=${counts##* }
  secs_before=$secs
  secs=${BENCH_BOOKINGS_SECONDS:-65}
  run bookings "$last" "$matches"
  secs=$secs_before
  kill $churn 2>/dev/null || true
  churn=
  echo "during it: $(cat "$out/bookings.txt" 2>/dev/null | wc -l) requests made and cancelled" \
    "($(cat "$out/bookings-errors.txt" 2>/dev/null | grep -c '^[0-9][0-9][0-9]$') refused)"
  refreshes "$seen"
fi
echo "Payara Micro RSS at the end: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"

# The issue's target is the p99 at 32 connections; on 2 shared cores even the trivial endpoint can
# miss 50 ms there, so also: the share of its throughput, and the p99 where it meets 50 ms.
awk '
  { c = substr($2, 3); rps = $3; p99 = $12 }
  $1 == "trivial" { t[c] = rps; tp[c] = p99 }
  $1 == "matches" { m[c] = rps; mp[c] = p99; order[++n] = c }
  $1 == "smes" { s[c] = rps; sp[c] = p99 }
  END {
    for (i = 1; i <= n; i++) { c = order[i]; if (t[c] > 0)
      printf "c=%s: matches %s req/s = %.0f%% of trivial, p99 %s ms; 32 SMEs in turn %s req/s = %.0f%%, p99 %s ms (trivial p99 %s ms)\n",
        c, m[c], 100 * m[c] / t[c], mp[c], s[c], 100 * s[c] / t[c], sp[c], tp[c] }
    best = ""; for (i = 1; i <= n; i++) { c = order[i]; if (tp[c] != "" && tp[c] + 0 < 50) best = c }
    if (best != "") printf "highest count where the trivial endpoint meets 50 ms p99: c=%s; p99 there: matches %s ms, 32 SMEs %s ms\n", best, mp[best], sp[best]
  }' "$out/summary.txt"

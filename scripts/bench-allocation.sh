#!/usr/bin/env bash
# The program-wide allocation of scarce expert hours (issue #9, docs/benchmarks.md, "Allocation of scarce expert hours"):
#  1. AllocationReport: for the national data set, what first come, first served and the
#     min-cost-flow allocator (fairness off and default) serve, how evenly across prefectures,
#     the time of each, the peak heap and the peak resident memory, at each number of requests
#     given in ALLOCATION_SIZES (experts are a fifth of it; default "100000", the issue's target);
#  2. AllocationBenchmark (JMH, single shot) at its default size (100,000 requests).
# Usage: scripts/bench-allocation.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
for size in ${ALLOCATION_SIZES:-100000}; do
  java -Xmx1536m -cp "$cp" jp.sukedachi.engagement.bench.AllocationReport "$size" 2> >(grep -v "^SLF4J" >&2)
  echo
done
if [ $# -eq 0 ]; then
  set -- 'AllocationBenchmark'
fi
exec java -cp "$cp" org.openjdk.jmh.Main -f 1 -jvmArgs -Xmx1536m -bm ss -wi 1 -i 3 "$@"

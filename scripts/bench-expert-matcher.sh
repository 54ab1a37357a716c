#!/usr/bin/env bash
# JMH benchmark of the expert matcher (issue #9; docs/benchmarks.md):
# the top 20 of 50,000 generated experts for a Kumamoto SME (one pass), an Okinawa SME whose
# on-site items need a fallback (two passes) and one for whom nobody fits (three passes).
# First prints each case's answer and its thread CPU time per call (ExpertMatcherReport; CPU
# time barely moves when other processes share the cores), then runs JMH in sample time, so JMH
# prints the percentiles (p0.99) next to the mean.
# Usage: scripts/bench-expert-matcher.sh [extra JMH options, e.g. a benchmark regex]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
java -cp "$cp" jp.sukedachi.matching.bench.ExpertMatcherReport 2> >(grep -v "^SLF4J" >&2)
if [ $# -eq 0 ]; then
  set -- 'ExpertMatcherBenchmark'
fi
exec java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 3 -w 2s -i 5 -r 2s "$@"

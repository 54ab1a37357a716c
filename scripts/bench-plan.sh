#!/usr/bin/env bash
# JMH benchmarks of the planner (docs/benchmarks.md):
#  - PlannerBenchmark: full catalogue, 500 IT asset records, two budgets (issue #3);
#  - CompanyPlanBenchmark: every company of the planner's table tests at its realistic budget,
#    subsidy off and on, the whole planner and the search alone (issue #6).
# First prints each company's search: nodes and whether it finished (PlanSearchReport).
# Usage: scripts/bench-plan.sh [extra JMH options, e.g. a benchmark regex]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
java -cp "$cp" jp.sukedachi.guidance.bench.PlanSearchReport 2> >(grep -v "^SLF4J" >&2)
if [ $# -eq 0 ]; then
  set -- 'PlannerBenchmark|CompanyPlanBenchmark'
fi
exec java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 3 -w 2s -i 5 -r 2s "$@"

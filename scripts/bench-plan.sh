#!/usr/bin/env bash
# JMH benchmark of the planner: full catalogue, 500 IT asset records, two budgets.
# Usage: scripts/bench-plan.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  PlannerBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s "$@"

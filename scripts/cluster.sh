#!/usr/bin/env bash
# Two Payara Micro instances of the WAR clustered on their data grid (Hazelcast, loopback only,
# a cluster name of their own) behind HAProxy, at http://localhost:8280/ (statistics at
# http://localhost:8289/stats). Instances on 8281 and 8282, data grid ports 8285 and 8286.
# Without DB_URL an embedded PostgreSQL on 54334 keeps its data in .data/cluster/pgdata and the
# demo logins are loaded (as scripts/run.sh). Logs: .data/cluster/app1.log, app2.log, haproxy.log.
# Options: -Dsukedachi.cluster.instances=1 (one instance behind the balancer),
#          -Dsukedachi.cluster.port=8280 (the balancer; the others follow it).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v haproxy >/dev/null 2>&1 || bash scripts/install-test-tools.sh
exec mvn -B -DskipTests package exec:java@cluster "$@"

#!/usr/bin/env bash
# The run command: builds the WAR and serves it at http://localhost:8080/. Without DB_URL it
# starts an embedded PostgreSQL (data kept in .data/pgdata) and loads the demo logins.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -DskipTests package exec:java "$@"

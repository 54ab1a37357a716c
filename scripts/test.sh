#!/usr/bin/env bash
# The test command: unit tests, then Arquillian integration and browser tests on Payara Micro
# against an embedded PostgreSQL (or the one named by DB_URL, DB_USER, DB_PASSWORD).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-tools.sh
exec mvn -B clean verify "$@"

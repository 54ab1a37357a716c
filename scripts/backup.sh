#!/usr/bin/env bash
# Backs up the Sukedachi database with pg_dump in its custom format (compressed, restorable table
# by table with pg_restore): scripts/backup.sh [FILE]   (default backups/sukedachi-<UTC time>.dump)
# The database comes from DB_URL, DB_USER, DB_PASSWORD (as for the app) or the PG* variables.
# pg_dump must be at least the server's major version (Debian 12: postgresql-client 15); for a
# newer server set PG_DUMP to its pg_dump, or run it inside the database's container.
# The dump is a consistent snapshot taken while the service runs; it holds personal data, so it
# is written readable by its owner only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/pg-env.sh"
file="${1:-backups/sukedachi-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$file")"
umask 077
"${PG_DUMP:-pg_dump}" --format=custom --compress=6 --no-owner --no-privileges --file="$file.partial"
mv "$file.partial" "$file"
# A dump that pg_restore cannot list is no backup.
"${PG_RESTORE:-pg_restore}" --list "$file" >/dev/null
echo "Backed up $PGDATABASE on $PGHOST:$PGPORT to $file ($(stat -c %s "$file") bytes)"

#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database (create it first, e.g.
# createdb sukedachi_restored), all or nothing (one transaction): scripts/restore.sh FILE
# The target comes from DB_URL, DB_USER, DB_PASSWORD or the PG* variables. Point the app at the
# restored database (DB_URL) and start it: Flyway finds the schema at the dump's version.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -eq 1 ] && [ -r "$1" ] || { echo "Usage: scripts/restore.sh BACKUP_FILE (made by scripts/backup.sh)" >&2; exit 2; }
source "$here/pg-env.sh"
tables=$("${PSQL:-psql}" -X -A -t -v ON_ERROR_STOP=1 -c \
  "select count(*) from information_schema.tables where table_schema = 'public'")
if [ "$tables" != "0" ]; then
  echo "Refusing to restore into $PGDATABASE: it already has $tables tables. Restore into a new, empty database." >&2
  exit 3
fi
"${PG_RESTORE:-pg_restore}" --dbname="$PGDATABASE" --no-owner --no-privileges --exit-on-error --single-transaction "$1"
"${PSQL:-psql}" -X -q -v ON_ERROR_STOP=1 -c "ANALYZE" >/dev/null
echo "Restored $1 into $PGDATABASE on $PGHOST:$PGPORT"

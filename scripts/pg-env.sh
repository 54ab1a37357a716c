# Sourced by backup.sh and restore.sh: turns DB_URL (jdbc:postgresql://host:port/db?...), DB_USER
# and DB_PASSWORD into the libpq variables PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, so no
# password appears on a command line. Without DB_URL the PG* variables already set are used.
if [ -n "${DB_URL:-}" ]; then
  if [[ ! "$DB_URL" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]]; then
    echo "DB_URL must look like jdbc:postgresql://host:5432/database" >&2
    exit 2
  fi
  export PGHOST="${BASH_REMATCH[1]}" PGPORT="${BASH_REMATCH[3]:-5432}" PGDATABASE="${BASH_REMATCH[4]}"
  [ -n "${DB_USER:-}" ] && export PGUSER="$DB_USER"
  [ -n "${DB_PASSWORD:-}" ] && export PGPASSWORD="$DB_PASSWORD"
fi
if [ -z "${PGDATABASE:-}" ]; then
  echo "Name the database with DB_URL (and DB_USER, DB_PASSWORD) or PGHOST, PGPORT, PGDATABASE, PGUSER" >&2
  exit 2
fi

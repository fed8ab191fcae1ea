#!/usr/bin/env bash
# Starts the local PostgreSQL 15 cluster and creates the test role and
# database, idempotently. Prints the DATABASE_URL to use.
set -euo pipefail
ROLE=${PG_ROLE:-catalogue}
PASSWORD=${PG_PASSWORD:-catalogue}
DB=${PG_DATABASE:-catalogue_test}

if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done

psql_su() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
if [ "$(psql_su "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  psql_su "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'"
fi
if [ "$(psql_su "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
  psql_su "CREATE DATABASE $DB OWNER $ROLE"
fi
echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:5432/$DB"

#!/bin/sh
# Re-Fit portal: restore one backup made by deploy/backup.sh into an EMPTY database and
# empty (or new) media directories. Refuses a database that already has tables.
#
#   createdb -O refit refit_hersteld
#   DATABASE_URL=postgres://…/refit_hersteld MEDIA_ROOT=/var/lib/refit/media \
#   PRIVATE_MEDIA_ROOT=/var/lib/refit/private deploy/restore.sh /var/backups/refit/refit-20261207T030000Z
#
# Afterwards start the portal with the SAME REFIT_IDENTITEIT_SLEUTELS as when the backup was
# made; without them pupil identities cannot be read (docs/backup.md).
set -eu

map=${1:?"Gebruik: deploy/restore.sh BACKUPMAP"}
: "${DATABASE_URL:?Zet DATABASE_URL}"
: "${MEDIA_ROOT:?Zet MEDIA_ROOT}"
: "${PRIVATE_MEDIA_ROOT:?Zet PRIVATE_MEDIA_ROOT}"

(cd "$map" && sha256sum --check --quiet SHA256SUMS)

tabellen=$(psql "$DATABASE_URL" --no-psqlrc --tuples-only --no-align \
  --command "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tabellen" != "0" ]; then
  echo "De doeldatabase is niet leeg ($tabellen tabellen); herstel alleen in een nieuwe, lege database." >&2
  exit 1
fi
for bestandsmap in "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"; do
  mkdir -p "$bestandsmap"
  if [ -n "$(ls -A "$bestandsmap")" ]; then
    echo "$bestandsmap is niet leeg; herstel in een lege map." >&2
    exit 1
  fi
done

pg_restore --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname "$DATABASE_URL" "$map/database.dump"
tar -C "$MEDIA_ROOT" -xzf "$map/media.tar.gz"
tar -C "$PRIVATE_MEDIA_ROOT" -xzf "$map/private.tar.gz"
echo "Hersteld uit $map"

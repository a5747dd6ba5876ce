#!/bin/sh
# Re-Fit portal: one backup = the database (pg_dump, custom format) + public media + private
# media (certificates, pupil attachments), in one new directory with checksums.
# The identity keys (REFIT_IDENTITEIT_SLEUTELS) are NOT in it: keep them apart (docs/backup.md).
#
#   DATABASE_URL=postgres://… MEDIA_ROOT=/var/lib/refit/media \
#   PRIVATE_MEDIA_ROOT=/var/lib/refit/private deploy/backup.sh /var/backups/refit
#
# Prints the directory it wrote. Exits non-zero (and leaves no half backup) on any error.
set -eu

doel=${1:?"Gebruik: deploy/backup.sh DOELMAP"}
: "${DATABASE_URL:?Zet DATABASE_URL}"
: "${MEDIA_ROOT:?Zet MEDIA_ROOT}"
: "${PRIVATE_MEDIA_ROOT:?Zet PRIVATE_MEDIA_ROOT}"

for bestandsmap in "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"; do
  if [ ! -d "$bestandsmap" ]; then
    echo "$bestandsmap bestaat niet; klopt MEDIA_ROOT / PRIVATE_MEDIA_ROOT?" >&2
    exit 1
  fi
done

umask 077
stempel=$(date -u +%Y%m%dT%H%M%SZ)
map="$doel/refit-$stempel"
bezig="$map.bezig"
mkdir -p "$bezig"
trap 'rm -rf "$bezig"' EXIT

# One consistent snapshot of the whole database, including the task queue and the audit log.
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file "$bezig/database.dump" "$DATABASE_URL"
# Files after the database: a file uploaded in between is harmless, a row without its file is not.
tar -C "$MEDIA_ROOT" -czf "$bezig/media.tar.gz" .
tar -C "$PRIVATE_MEDIA_ROOT" -czf "$bezig/private.tar.gz" .
(cd "$bezig" && sha256sum database.dump media.tar.gz private.tar.gz > SHA256SUMS)

mv "$bezig" "$map"
trap - EXIT
echo "$map"

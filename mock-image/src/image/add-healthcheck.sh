#!/usr/bin/env bash
# Adds a HEALTHCHECK to a Docker-format image tarball that Jib wrote (Jib has no HEALTHCHECK setting: the OCI image
# format has none; Docker's config does). Rewrites only config.json, which `docker load` hashes into the image id.
#   usage: add-healthcheck.sh <image.tar> <command as a JSON array, e.g. ["CMD","java","-version"]>
set -euo pipefail
tarball="$(readlink -f "$1")"
test_json="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -xf "$tarball" -C "$work"
config="$work/config.json"
[ -f "$config" ] || { echo "add-healthcheck: no config.json in $tarball (is the Jib format Docker?)" >&2; exit 1; }
# durations in nanoseconds: every 10s, 5s timeout, 3 retries, 20s start period
health="\"Healthcheck\":{\"Test\":$test_json,\"Interval\":10000000000,\"Timeout\":5000000000,\"StartPeriod\":20000000000,\"Retries\":3}"
if grep -q '"Healthcheck"' "$config"; then
  echo "add-healthcheck: $tarball has one already"
  exit 0
fi
grep -q '"config":{' "$config" || { echo "add-healthcheck: no \"config\" object in config.json" >&2; exit 1; }
sed -i "s|\"config\":{|\"config\":{$health,|" "$config"
(cd "$work" && tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf "$tarball.tmp" $(ls -A))
mv "$tarball.tmp" "$tarball"
echo "add-healthcheck: $tarball"

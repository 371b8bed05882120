#!/usr/bin/env bash
# Brings up examples/compose (the mock plus a CLI client on the host network), waits for the client's edit through the
# mock, checks its result and takes everything down again. Needs a Docker engine, Compose (docker compose or
# docker-compose) and the images: ./mvnw -B -pl mock-image -am package -DskipTests
#   usage: examples/compose/check.sh            (LTX_MOCK_PORT: the port to use; default: a free one)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
images="$here/../../mock-image/target"
if docker compose version >/dev/null 2>&1; then compose=(docker compose); elif command -v docker-compose >/dev/null 2>&1; then compose=(docker-compose); else
  echo "check.sh: neither 'docker compose' nor docker-compose is installed" >&2; exit 3; fi
for tar in "$images/ltxflux-mock-image.tar" "$images/ltxflux-cli-image.tar"; do
  [ -f "$tar" ] || { echo "check.sh: $tar missing: ./mvnw -B -pl mock-image -am package -DskipTests" >&2; exit 3; }
  docker load -q -i "$tar" >/dev/null
done
if [ -z "${LTX_MOCK_PORT:-}" ]; then
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then LTX_MOCK_PORT=$p; break; fi
  done
fi
export LTX_MOCK_PORT
project="ltxflux-compose-check-$$"
down() { "${compose[@]}" -p "$project" -f "$here/docker-compose.yml" down --remove-orphans -t 5 >/dev/null 2>&1 || true; }
trap down EXIT
start=$(date +%s)
out="$("${compose[@]}" -p "$project" -f "$here/docker-compose.yml" up --no-color --abort-on-container-exit --exit-code-from client 2>&1)" || {
  echo "$out"; echo "check.sh: FAILED: the client did not finish its edit" >&2; exit 1; }
if ! grep -q '"type" *: *"completed"' <<<"$out" || ! grep -q 'assetUrl' <<<"$out"; then
  echo "$out"; echo "check.sh: FAILED: no completed job with an artifact in the client's output" >&2; exit 1
fi
echo "check.sh: OK: the client's edit completed through the mock on port $LTX_MOCK_PORT in $(( $(date +%s) - start )) s"

#!/usr/bin/env bash
# Status read of the ltxflux mock vs plain WireMock serving the same body as a static stub, in ALTERNATING wrk runs
# (both servers up, measured one after the other, which one first alternating per round, ROUNDS times), plus java -jar
# to first answer (SKIP_STARTUP=1 skips it; MOCK_JAR=... measures another build of the mock; BASE_JAR=... adds a second
# build of the mock to every round, e.g. main's jar for before/after; WARMUP=seconds per server, default 15; OUT=... writes elsewhere).
# Loopback only; stops everything it starts. Usage: bash benchmarks/run-status-ab.sh [seconds per run, default 10] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${1:-10}
ROUNDS=${2:-3}
OUT=${OUT:-benchmarks/target/status-ab}
mkdir -p "$OUT"
MOCK_JAR=${MOCK_JAR:-mock-server/target/ltxflux-mock-server.jar}
[ -f "$MOCK_JAR" ] || ./mvnw -B -q -DskipTests package -pl mock-server -am
command -v wrk >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get update -q >/dev/null; apt-get install -y -q wrk >/dev/null; }
WM_JAR=$(find ~/.m2/repository/org/wiremock/wiremock-standalone -name 'wiremock-standalone-3.13.2.jar' | head -1)

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
AUTH="Authorization: Bearer user:12345-mock"
wait_for() { for _ in $(seq 1 400); do curl -s -o /dev/null "$1" -H "$AUTH" && return 0; sleep 0.05; done; return 1; }

echo "== java -jar to first answer"
[ -n "${SKIP_STARTUP:-}" ] || for i in 1 2 3 4 5; do
  t0=$(date +%s%N)
  java -jar "$MOCK_JAR" --port 18111 >/dev/null 2>&1 & p=$!
  until curl -s -o /dev/null "http://127.0.0.1:18111/v1/ltxstudio/assets/x" -H "$AUTH"; do sleep 0.01; done
  echo "startup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"
  kill $p; wait $p 2>/dev/null || true
done | tee "$OUT/startup.txt"

java -Xmx512m -jar "$MOCK_JAR" --port 18112 --job-duration 1h >/dev/null 2>&1 & PIDS+=($!)
wait_for "http://127.0.0.1:18112/v1/ltxstudio/assets/x"
JOB=$(curl -s -X POST http://127.0.0.1:18112/v1/ltxstudio/images/flux-edit -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"prompt":"p","referenceAssetId":"asset:3b18…-type:image/png"}' | sed 's/.*"jobId":"\([^"]*\)".*/\1/')
ENC=$(python3 -c "import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1],safe=''))" "$JOB")
BODY=$(curl -s "http://127.0.0.1:18112/v1/ltxstudio/assets/$ENC" -H "$AUTH")
WM_ROOT="$OUT/wiremock-root"; mkdir -p "$WM_ROOT/mappings"
python3 - "$BODY" "$WM_ROOT/mappings/status.json" <<'PY'
import json, sys
json.dump({"request": {"method": "GET", "urlPathPattern": "/v1/ltxstudio/assets/.+"},
           "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": sys.argv[1]}}, open(sys.argv[2], "w"))
PY
java -Xmx512m -jar "$WM_JAR" --port 18113 --bind-address 127.0.0.1 --root-dir "$WM_ROOT" --disable-banner --no-request-journal >/dev/null 2>&1 & PIDS+=($!)
wait_for "http://127.0.0.1:18113/v1/ltxstudio/assets/x"
MOCK_URL="http://127.0.0.1:18112/v1/ltxstudio/assets/$ENC"
WM_URL="http://127.0.0.1:18113/v1/ltxstudio/assets/$ENC"
URLS=("$MOCK_URL" "$WM_URL")
if [ -n "${BASE_JAR:-}" ]; then
  # a second build of the mock (e.g. main's jar) measured in the same rounds: before/after under the same load
  java -Xmx512m -jar "$BASE_JAR" --port 18114 --job-duration 1h >/dev/null 2>&1 & PIDS+=($!)
  wait_for "http://127.0.0.1:18114/v1/ltxstudio/assets/x"
  BJOB=$(curl -s -X POST http://127.0.0.1:18114/v1/ltxstudio/images/flux-edit -H "$AUTH" -H 'Content-Type: application/json' \
    -d '{"prompt":"p","referenceAssetId":"asset:3b18…-type:image/png"}' | sed 's/.*"jobId":"\([^"]*\)".*/\1/')
  BASE_URL="http://127.0.0.1:18114/v1/ltxstudio/assets/$(python3 -c "import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1],safe=''))" "$BJOB")"
  URLS+=("$BASE_URL")
fi
# JIT warm-up of each (15 s each: 5 s was not enough on a loaded 2-core machine, throughput still rose run after run)
for url in "${URLS[@]}"; do wrk -t2 -c32 -d"${WARMUP:-15}s" -H "$AUTH" "$url" >/dev/null; done
rps() { wrk -t2 -c32 -d"${DUR}s" -H "$AUTH" "$1" | awk '/Requests\/sec/ {print $2}'; }
: > "$OUT/rounds.txt"
for r in $(seq 1 "$ROUNDS"); do
  declare -A got=()
  order=("${URLS[@]}")
  if [ $((r % 2)) -eq 0 ]; then order=(); for ((i=${#URLS[@]}-1; i>=0; i--)); do order+=("${URLS[$i]}"); done; fi
  for url in "${order[@]}"; do got[$url]=$(rps "$url"); done
  m=${got[$MOCK_URL]}; w=${got[$WM_URL]}
  line="round=$r mock_rps=$m wiremock_rps=$w ratio=$(python3 -c "print(round($m/$w, 2))")"
  if [ -n "${BASE_JAR:-}" ]; then b=${got[$BASE_URL]}; line="$line base_mock_rps=$b base_ratio=$(python3 -c "print(round($b/$w, 2))")"; fi
  echo "$line" | tee -a "$OUT/rounds.txt"
  unset got
done

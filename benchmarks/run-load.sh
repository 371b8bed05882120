#!/usr/bin/env bash
# Load runs on loopback only (127.0.0.1): mock server vs plain WireMock standalone vs Stoplight Prism, with wrk;
# start-up to first served request; resident memory after 100,000 jobs. Stops everything it starts.
# Usage: bash benchmarks/run-load.sh [seconds per wrk run, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${1:-15}
OUT=benchmarks/target/load
mkdir -p "$OUT"
MOCK_JAR=mock-server/target/ltxflux-mock-server.jar
[ -f "$MOCK_JAR" ] || ./mvnw -B -q -DskipTests package -pl mock-server -am
if ! command -v wrk >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null
fi
WM_JAR=$(find ~/.m2/repository/org/wiremock/wiremock-standalone -name 'wiremock-standalone-*.jar' | sort | tail -1)
[ -n "$WM_JAR" ] || ./mvnw -B -q dependency:get -Dartifact=org.wiremock:wiremock-standalone:3.13.2

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

measure() { # out-file, wrk args...: a 5 s warm-up (JIT) then the measured run, the same for every server
  local out=$1; shift
  wrk -t2 -c32 -d5s "$@" >/dev/null
  wrk -t2 -c32 -d"${DUR}s" --latency "$@" > "$out"
}

wait_for() { # url, [header]
  for _ in $(seq 1 200); do
    if curl -s -o /dev/null -w '%{http_code}' "$1" -H "${2:-X-None: 1}" | grep -qE '^(200|401|404)$'; then return 0; fi
    sleep 0.05
  done
  echo "server at $1 did not come up" >&2; return 1
}

TOKEN=user:12345-mock
AUTH="Authorization: Bearer $TOKEN"

echo "== start-up: java -jar to first served request"
for i in 1 2 3; do
  t0=$(date +%s%N)
  java -jar "$MOCK_JAR" --port 18101 >/dev/null 2>&1 & p=$!
  until curl -s -o /dev/null "http://127.0.0.1:18101/v1/ltxstudio/assets/x" -H "$AUTH"; do sleep 0.01; done
  t1=$(date +%s%N)
  echo "startup_ms=$(( (t1 - t0) / 1000000 ))"
  kill $p; wait $p 2>/dev/null || true
done | tee "$OUT/startup.txt"

echo "== mock server: status read, submit, upload"
java -Xmx512m -jar "$MOCK_JAR" --port 18102 --job-duration 1h --max-jobs 100 >/dev/null 2>&1 & PIDS+=($!)
wait_for "http://127.0.0.1:18102/v1/ltxstudio/assets/x" "$AUTH"
JOB=$(curl -s -X POST http://127.0.0.1:18102/v1/ltxstudio/images/flux-edit -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"prompt":"p","referenceAssetId":"asset:3b18…-type:image/png"}' | sed 's/.*"jobId":"\([^"]*\)".*/\1/')
ENC=$(python3 -c "import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1],safe=''))" "$JOB")
STATUS_BODY=$(curl -s "http://127.0.0.1:18102/v1/ltxstudio/assets/$ENC" -H "$AUTH")
measure "$OUT/mock-status.txt" -H "$AUTH" "http://127.0.0.1:18102/v1/ltxstudio/assets/$ENC"
cat > "$OUT/submit.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"prompt":"p","referenceAssetId":"asset:3b18…-type:image/png","maxJobs":100}'
LUA
curl -s -X POST http://127.0.0.1:18102/__admin/ltx/reset >/dev/null
kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true
java -Xmx512m -jar "$MOCK_JAR" --port 18103 --job-duration 10ms --max-jobs 100 >/dev/null 2>&1 & PIDS+=($!)
wait_for "http://127.0.0.1:18103/v1/ltxstudio/assets/x" "$AUTH"
measure "$OUT/mock-submit.txt" -H "$AUTH" -s "$OUT/submit.lua" "http://127.0.0.1:18103/v1/ltxstudio/images/flux-edit"
cp samples/landscape.png "$OUT/sample.png"
cat > "$OUT/upload.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "image/png"
local f = io.open("$OUT/sample.png", "rb"); wrk.body = f:read("*all"); f:close()
LUA
measure "$OUT/mock-upload.txt" -H "$AUTH" -s "$OUT/upload.lua" "http://127.0.0.1:18103/v1/ltxstudio/assets/?type=reference-image"
kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true

echo "== plain WireMock standalone serving a static stub of the same status response"
WM_ROOT="$OUT/wiremock-root"; mkdir -p "$WM_ROOT/mappings"
python3 - "$STATUS_BODY" "$WM_ROOT/mappings/status.json" <<'PY'
import json, sys
json.dump({"request": {"method": "GET", "urlPathPattern": "/v1/ltxstudio/assets/.+"},
           "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": sys.argv[1]}}, open(sys.argv[2], "w"))
PY
java -Xmx512m -jar "$WM_JAR" --port 18104 --bind-address 127.0.0.1 --root-dir "$WM_ROOT" --disable-banner --no-request-journal >/dev/null 2>&1 & PIDS+=($!)
wait_for "http://127.0.0.1:18104/v1/ltxstudio/assets/x"
measure "$OUT/wiremock-status.txt" -H "$AUTH" "http://127.0.0.1:18104/v1/ltxstudio/assets/$ENC"
kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true

echo "== Stoplight Prism serving openapi.yaml"
PRISM_DIR="$OUT/prism"
if [ ! -x "$PRISM_DIR/node_modules/.bin/prism" ]; then
  mkdir -p "$PRISM_DIR" && (cd "$PRISM_DIR" && npm install --silent --no-audit --no-fund @stoplight/prism-cli >/dev/null 2>&1) || echo "prism install failed" | tee "$OUT/prism-status.txt"
fi
if [ -x "$PRISM_DIR/node_modules/.bin/prism" ]; then
  SPEC_DIR="$OUT/spec"; mkdir -p "$SPEC_DIR"; cp schemas/src/main/resources/dev/ltxflux/schemas/* "$SPEC_DIR/"
  "$PRISM_DIR/node_modules/.bin/prism" mock -h 127.0.0.1 -p 18105 "$SPEC_DIR/openapi.yaml" > "$OUT/prism.log" 2>&1 & PIDS+=($!)
  if wait_for "http://127.0.0.1:18105/assets/x" "$AUTH"; then
    measure "$OUT/prism-status.txt" -H "$AUTH" "http://127.0.0.1:18105/assets/$ENC"
  else
    echo "prism did not serve the document (see prism.log)" | tee "$OUT/prism-status.txt"
  fi
  kill "${PIDS[-1]}" 2>/dev/null || true; wait "${PIDS[-1]}" 2>/dev/null || true
fi

echo "== resident memory after 100,000 jobs (10 ms jobs, 20 s retention so eviction runs)"
java -Xmx256m -jar "$MOCK_JAR" --port 18106 --job-duration 10ms --max-jobs 100 --retention 20s >/dev/null 2>&1 & MP=$!; PIDS+=($MP)
wait_for "http://127.0.0.1:18106/v1/ltxstudio/assets/x" "$AUTH"
total=0
while [ "$total" -lt 100000 ]; do
  n=$(wrk -t2 -c16 -d5s -H "$AUTH" -s "$OUT/submit.lua" "http://127.0.0.1:18106/v1/ltxstudio/images/flux-edit" | awk '/requests in/ {print $1}')
  total=$((total + n))
done
jobs_now=$(curl -s http://127.0.0.1:18106/__admin/ltx/stats | python3 -c 'import json,sys;print(json.load(sys.stdin)["jobs"])')
echo "submitted=$total jobs_held=$jobs_now rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$MP/status)" | tee "$OUT/memory.txt"
sleep 25
jobs_after=$(curl -s http://127.0.0.1:18106/__admin/ltx/stats | python3 -c 'import json,sys;print(json.load(sys.stdin)["jobs"])')
echo "after retention: jobs_held=$jobs_after rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$MP/status)" | tee -a "$OUT/memory.txt"

echo "== summary"
for f in mock-status wiremock-status prism-status mock-submit mock-upload; do
  [ -f "$OUT/$f.txt" ] || continue
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/$f.txt"); p50=$(awk '$1=="50%" {print $2}' "$OUT/$f.txt"); p99=$(awk '$1=="99%" {print $2}' "$OUT/$f.txt")
  non2xx=$(awk '/Non-2xx/ {print $4}' "$OUT/$f.txt")
  echo "$f: req/s=${rps:-n/a} p50=${p50:-n/a} p99=${p99:-n/a} non2xx=${non2xx:-0}"
done | tee "$OUT/summary.txt"

#!/usr/bin/env bash
# Load on a real Yici over loopback (issue 9 item 9, issue 11 item 6): JSON-only checks, checks
# with one scanned page, the window's paper check, and a kill -9 in the middle of JSON load
# followed by a restart and a read-back of every acknowledged check. Prints Markdown rows.
#
#   benchmarks/service-load.sh [SECONDS]     (default 30 s per run; about 5 minutes in all)
#   YICI_LOAD_DB=postgresql benchmarks/service-load.sh [SECONDS]
#
# Builds the service and the benchmarks jar, runs the service on port 18080 with a throw-away data
# directory (embedded H2; or, with YICI_LOAD_DB=postgresql, a throw-away schema in the local
# PostgreSQL's database `test`, dropped at the end), and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
port=18080
base="http://127.0.0.1:$port"
key="yk_load_driver_$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
data=$(mktemp -d)
database=()
if [ "${YICI_LOAD_DB:-h2}" = postgresql ]; then
  schema="yici_load_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
  database=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema"
            --spring.datasource.username=postgres --spring.flyway.schemas="$schema")
fi
cleanup() {
  kill -9 "${pid:-0}" 2>/dev/null || true
  rm -rf "$data"
  if [ -n "${schema:-}" ]; then
    PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA IF EXISTS $schema CASCADE" || true
  fi
}
trap cleanup EXIT

# JSON throughput is driven by wrk: the Java driver costs ~1.2 ms of CPU per request on the same
# two cores, more than the check itself, and capped what it could measure.
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y wrk >/dev/null; }
  else
    echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1
  fi
fi

./mvnw -q -B -Pbenchmarks -pl engine,benchmarks -am package -DskipTests
cp=benchmarks/target/yici-benchmarks.jar
export OMP_THREAD_LIMIT=1

start_service() {
  java -Xmx1g -jar engine/target/yici.jar serve \
    --server.port=$port --yici.data-dir="$data" --logging.level.root=WARN "${database[@]}" \
    --yici.api-keys.bootstrap[0].name=load-driver --yici.api-keys.bootstrap[0].roles=INTAKE,STAFF \
    --yici.api-keys.bootstrap[0].key="$key" \
    --yici.window.bootstrap-user=load --yici.window.bootstrap-password=load-driver-password \
    >"$data/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fs "$base/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "service did not start; log:" >&2; tail -50 "$data/service.log" >&2; exit 1
}

load() { java -cp "$cp" org.yici.benchmarks.service.ServiceLoad "$@"; }
wrk_json() {
  WRK_CONNECTIONS=$1 wrk -t1 -c"$1" -d"${seconds}s" --latency -s benchmarks/service-json.lua \
    "$base/api/v1/checks" -- "$key" | grep '^| json'
}

start_service
# Warm-up (JIT, connection pools, first OCR engine) is not measured.
load json "$base" "$key" 4 10 >/dev/null
WRK_CONNECTIONS=8 wrk -t1 -c8 -d10s -s benchmarks/service-json.lua "$base/api/v1/checks" -- "$key" >/dev/null
load scan "$base" "$key" 2 10 >/dev/null
load window "$base" load:load-driver-password 1 5 >/dev/null

echo "| workload | client threads | requests | per second | p50 ms | p99 ms | max ms | errors |"
echo "|---|---|---|---|---|---|---|---|"
for connections in 1 4 8 16 32; do wrk_json "$connections"; done
for threads in 1 4; do load json "$base" "$key" "$threads" "$seconds"; done
for threads in 1 2; do load scan "$base" "$key" "$threads" "$seconds"; done
load window "$base" load:load-driver-password 1 "$seconds"
load window "$base" load:load-driver-password 4 "$seconds"

# kill -9 under load: every check the service acknowledged (201) must be there after a restart.
acks="$data/acknowledged.txt"
load json "$base" "$key" 8 $((seconds * 2)) "$acks" >"$data/killed-run.txt" 2>&1 &
driver=$!
sleep "$seconds"
kill -9 "$pid"
wait "$driver" || true
echo
echo "kill -9 after $seconds s of JSON load (8 threads, $((seconds * 2)) s run); requests after the kill count as errors:"
cat "$data/killed-run.txt"
start_service
load verify "$base" "$key" 1 0 "$acks"

#!/usr/bin/env bash
# Two Yici nodes on one PostgreSQL (issue 20): files in the database (yici.storage.kind=database),
# load through both (JSON checks, notice prints, checks with a PDF, asynchronous checks with a
# scanned page), node A killed with kill -9 in the middle, then every item either node
# acknowledged is asked of the survivor B. Prints acknowledged vs found per kind (Markdown).
#
#   benchmarks/two-node-kill.sh [SECONDS]     (default 30: the kill comes after SECONDS/2)
#
# Builds the service and the benchmarks jar (YICI_SKIP_BUILD=1 uses what is built), runs the nodes
# on ports 18081 and 18082 in a throw-away schema of the local PostgreSQL's database `test`
# (dropped at the end) with throw-away data directories, and stops them at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
key="yk_cluster_driver_$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
schema="yici_kill_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
data=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$data"
  PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA IF EXISTS $schema CASCADE" || true
}
trap cleanup EXIT

if [ "${YICI_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -Pbenchmarks -pl engine,benchmarks -am package -DskipTests
fi
cp=benchmarks/target/yici-benchmarks.jar
export OMP_THREAD_LIMIT=1

# start_node NAME PORT: a node on the shared schema, its own data directory; waits for health.
start_node() {
  mkdir -p "$data/$1"
  YICI_DATA_DIR="$data/$1" java -Xmx1g -jar engine/target/yici.jar serve \
    --server.port="$2" --logging.level.root=WARN \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" \
    --spring.datasource.username=postgres --spring.flyway.schemas="$schema" \
    --yici.storage.kind=database \
    --yici.jobs.heartbeat-interval=2s --yici.jobs.stale-after=10s \
    --yici.api-keys.bootstrap[0].name=cluster-driver --yici.api-keys.bootstrap[0].roles=INTAKE,STAFF \
    --yici.api-keys.bootstrap[0].key="$key" \
    >"$data/$1/service.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 180); do
    curl -fs -H "X-API-Key: $key" "http://127.0.0.1:$2/api/v1/matters" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "node $1 did not start; log:" >&2; tail -50 "$data/$1/service.log" >&2; exit 1
}

start_node a 18081
pid_a=${pids[0]}
start_node b 18082
acks="$data/acknowledged.txt"
java -cp "$cp" org.yici.benchmarks.service.ClusterKill drive \
  http://127.0.0.1:18081,http://127.0.0.1:18082 "$key" 4 "$seconds" "$acks" 2>"$data/driver.err" &
driver=$!
sleep $((seconds / 2))
kill -9 "$pid_a"
wait "$driver" || true
echo "two nodes on PostgreSQL, files in the database; node A killed with kill -9 after $((seconds / 2)) s of a ${seconds} s run (4 driver threads alternating between the nodes):"
cat "$data/driver.err"
java -cp "$cp" org.yici.benchmarks.service.ClusterKill verify http://127.0.0.1:18082 "$key" "$acks" 120

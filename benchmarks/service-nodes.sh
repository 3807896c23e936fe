#!/usr/bin/env bash
# JSON-check throughput per setup (issue 20 item 5): one node on H2, one node on PostgreSQL, two
# nodes on one PostgreSQL schema, at 4 and 8 connections, beside the in-process check (rules only,
# and rules with JSON in and out) in the same session. Prints Markdown rows ending with the CPU the
# service processes used per check (which depends far less on other work on the machine than a rate)
# and the machine's load (uptime's 1-minute load average) as the row ends.
#
#   benchmarks/service-nodes.sh [SECONDS]     (default 20 s per row; about 8 minutes in all)
#
# Environment: YICI_NODES_SKIP_BUILD=1 uses the jars already built; YICI_NODES_JAR=path runs another
# service jar (to compare builds); YICI_NODES_ROWS picks rows (default "inprocess h2 pg pg2");
# YICI_NODES_ARGS adds service arguments (e.g. --logging.level.root=WARN); YICI_NODES_WARM_UP sets
# the seconds of unmeasured load before each setup's rows (default 30), after which the load goes on
# in 10 s steps while the JIT compiler threads still use more than 5 % of the service's CPU, for at
# most YICI_NODES_WARM_UP_MAX seconds in all (default 180): a row measured while C1/C2 still compile
# says more about the JIT than about a check (on 2 cores they took 2 ms of CPU per check in the
# first rows of a 30 s warm-up). The "JIT" column is the compiler threads' CPU per check during the
# row: near 0 when warm. The service runs with its shipped logging unless told otherwise.
#
# Two nodes are two service processes on one throw-away schema, each driven by its own wrk with half
# the connections at the same time; requests and rates are summed, p50 is the mean of the two, p99
# and max the worse of the two. wrk, the services and PostgreSQL all share the same cores.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
warm_up=${YICI_NODES_WARM_UP:-30}
warm_up_max=${YICI_NODES_WARM_UP_MAX:-180}
ports=(18471 18472)
key="yk_nodes_driver_$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
jar=${YICI_NODES_JAR:-engine/target/yici.jar}
rows=${YICI_NODES_ROWS:-inprocess h2 pg pg2}
read -r -a extra <<<"${YICI_NODES_ARGS:-}"
work=$(mktemp -d)
pids=()
schemas=()

cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$work"
  for s in "${schemas[@]}"; do
    PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA IF EXISTS $s CASCADE" || true
  done
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y wrk >/dev/null; }
  else
    echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1
  fi
fi
if [ "${YICI_NODES_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -Pbenchmarks -pl engine,benchmarks -am package -DskipTests
fi
export OMP_THREAD_LIMIT=1

load_average() { cut -d' ' -f1 /proc/loadavg; }

# CPU the service processes have used so far (user + system, clock ticks).
cpu_ticks() {
  local total=0
  for p in "${pids[@]}"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
  echo "$total"
}

# CPU of the services' JIT compiler threads so far (clock ticks).
jit_ticks() {
  local total=0
  for p in "${pids[@]}"; do
    for t in /proc/"$p"/task/*; do
      case "$(cat "$t/comm" 2>/dev/null)" in
        C1\ CompilerThre* | C2\ CompilerThre*) total=$((total + $(awk '{print $14 + $15}' "$t/stat"))) ;;
      esac
    done
  done
  echo "$total"
}

# start_node INDEX DATA_DIR [spring arguments...]: starts a service on ports[INDEX], waits for health.
start_node() {
  local index=$1 data=$2; shift 2
  local port=${ports[$index]}
  java -Xmx1g -jar "$jar" serve \
    --server.port="$port" --yici.data-dir="$data" "$@" "${extra[@]}" \
    --yici.api-keys.bootstrap[0].name=load-driver --yici.api-keys.bootstrap[0].roles=INTAKE,STAFF \
    --yici.api-keys.bootstrap[0].key="$key" \
    >"$data.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "service on port $port did not start; log:" >&2; tail -50 "$data.log" >&2; exit 1
}

stop_nodes() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  pids=()
}

# wrk_raw INDEX CONNECTIONS DURATION: "raw requests seconds p50 p99 max errors" against node INDEX.
wrk_raw() {
  WRK_RAW=1 wrk -t1 -c"$2" -d"$3s" --latency -s benchmarks/service-json.lua \
    "http://127.0.0.1:${ports[$1]}/api/v1/checks" -- "$key" | grep '^raw '
}

# measure NAME NODES: warms up (JIT, pools; not measured), then one row per connection count; with two nodes each wrk has half.
measure() {
  local name=$1 nodes=$2
  # Wait for the wrk runs only: a bare `wait` would also wait for the services.
  local drivers=()
  for ((n = 0; n < nodes; n++)); do wrk_raw "$n" $((8 / nodes)) "$warm_up" >/dev/null & drivers+=($!); done
  wait "${drivers[@]}"
  local warmed=$warm_up
  while [ "$warmed" -lt "$warm_up_max" ]; do
    local cpu0=$(cpu_ticks) jit0=$(jit_ticks)
    drivers=()
    for ((n = 0; n < nodes; n++)); do wrk_raw "$n" $((8 / nodes)) 10 >/dev/null & drivers+=($!); done
    wait "${drivers[@]}"
    warmed=$((warmed + 10))
    [ $(( ($(jit_ticks) - jit0) * 20 )) -gt $(( $(cpu_ticks) - cpu0 )) ] || break
  done
  echo "$name: warmed up for ${warmed} s" >&2
  for connections in 4 8; do
    local per=$((connections / nodes))
    local before=$(cpu_ticks) jit_before=$(jit_ticks)
    drivers=()
    for ((n = 0; n < nodes; n++)); do wrk_raw "$n" "$per" "$seconds" >"$work/wrk-$n.txt" & drivers+=($!); done
    wait "${drivers[@]}"
    local ticks=$(($(cpu_ticks) - before)) jit=$(($(jit_ticks) - jit_before))
    cat "$work"/wrk-*.txt | awk -v name="$name" -v c="$connections" -v ld="$(load_average)" \
      -v ticks="$ticks" -v jit="$jit" -v hz="$(getconf CLK_TCK)" '
      { requests += $2; rate += $2 / $3; p50 += $4; if ($5 > p99) p99 = $5; if ($6 > max) max = $6; errors += $7; n++ }
      END { printf "| %s | %d | %d | **%.0f** | %.1f | **%.1f** | %.1f | %d | %.2f | %.2f | %s |\n",
            name, c, requests, rate, p50 / n, p99, max, errors, ticks * 1000 / hz / requests,
            jit * 1000 / hz / requests, ld }'
    rm -f "$work"/wrk-*.txt
  done
}

postgres_args() {
  echo "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$1"
  echo "--spring.datasource.username=postgres"
  echo "--spring.flyway.schemas=$1"
}

new_schema() {
  local s="yici_nodes_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
  schemas+=("$s")
  echo "$s"
}

echo "| setup | connections | requests | per second | p50 ms | p99 ms | max ms | errors | service CPU ms per check | of which JIT | load (1 min) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for row in $rows; do
  case $row in
    inprocess)
      for mode in rules rules+json; do
        line=$(java -cp benchmarks/target/yici-benchmarks.jar org.yici.benchmarks.service.InProcessCheck \
          "$mode" 2 "$seconds")
        # "| name | threads | ..." from the driver, with the load appended.
        echo "${line/| 2 |/| 2 threads |} – | – | $(load_average) |"
      done
      ;;
    h2)
      start_node 0 "$work/h2"
      measure "one node, H2" 1
      stop_nodes
      ;;
    pg)
      mapfile -t db < <(postgres_args "$(new_schema)")
      start_node 0 "$work/pg" "${db[@]}"
      measure "one node, PostgreSQL" 1
      stop_nodes
      ;;
    pg2)
      mapfile -t db < <(postgres_args "$(new_schema)")
      # The first node migrates the schema; the second starts on it afterwards.
      start_node 0 "$work/pg2-a" "${db[@]}"
      start_node 1 "$work/pg2-b" "${db[@]}"
      measure "two nodes, PostgreSQL (summed)" 2
      stop_nodes
      ;;
    *) echo "unknown row $row (inprocess, h2, pg, pg2)" >&2; exit 2 ;;
  esac
done

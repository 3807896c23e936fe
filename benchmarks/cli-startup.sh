#!/usr/bin/env bash
# Start-up of the command-line tools that need no rules (issue 17 item 2), run as a user runs them:
# `java -jar JAR <command>` in a folder with the default embedded H2 in ./data. Prints Markdown
# rows: wall time and CPU (user + system) per command, mean ± standard deviation over RUNS runs.
#
#   benchmarks/cli-startup.sh [RUNS] [JAR ...]    (default 10 runs of engine/target/yici.jar)
#
# A JAR with a lib/ folder beside it (the extracted layout of engine/target/yici.jar) is also run
# through scripts/yici (class data sharing archive, C1 only), its archive written first.
# Needs hyperfine (Debian package `hyperfine`; installed when missing and run as root) and jq.
# Each JAR gets a throw-away folder; one `keys create` migrates its database first (that first
# run is measured separately, on an empty folder each time).
set -euo pipefail
runs=${1:-10}
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=("$(dirname "$0")/../engine/target/yici.jar")
for tool in hyperfine jq; do
  if ! command -v "$tool" >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq "$tool" >/dev/null; else echo "needs $tool" >&2; exit 1; fi
  fi
done

commands=(
  "keys create --role INTAKE --name demo"
  "keys list"
  "staff list"
  "licences import licences.csv"
  "dishonesty import list.csv"
  "deferrals --overdue"
)

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| jar | command | wall (s) | CPU user + sys (s) |"
echo "|---|---|---|---|"
launcher=$(realpath "$(dirname "$0")/../scripts/yici")
for label in "${jars[@]}"; do
  jar=$(realpath "$label")
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  runners=("java -jar $jar")
  [ -d "$(dirname "$jar")/lib" ] && runners+=("env YICI_JAR=$jar YICI_CDS_ARCHIVE=$dir/yici.jsa $launcher")
  (
    cd "$dir"
    printf 'holder,type,number,validUntil,source\n110101198001010016,ID_CARD,110101198001010016,2036-01-01,电子证照库\n' > licences.csv
    printf 'holder,name,basis,listedOn\n110101199004040016,赵六,失信被执行人,2025-06-01\n' > list.csv
    for runner in "${runners[@]}"; do
      name=$label
      case $runner in env*) name="$label via scripts/yici" ;; esac
      row() { # name, json
        jq -r --arg jar "$name" --arg name "$1" \
          '.results[0] | "| \($jar) | `\($name)` | \(.mean*100|round/100) ± \(.stddev*100|round/100) | \((.user+.system)*100|round/100) |"' "$2"
      }
      rm -f "$dir/yici.jsa"
      $runner keys list >/dev/null 2>&1 || true # writes the launcher's archive (not measured)
      hyperfine -N -r "$runs" -w 1 -p 'rm -rf data' --export-json first.json \
        "$runner keys create --role INTAKE --name demo" >/dev/null 2>&1
      row "keys create (empty data folder: migrates)" first.json
      $runner keys create --role INTAKE --name warm-up >/dev/null
      for command in "${commands[@]}"; do
        hyperfine -N -r "$runs" -w 1 --export-json run.json "$runner $command" >/dev/null 2>&1
        row "$command" run.json
      done
      rm -rf data
    done
  )
  rm -rf "$dir"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

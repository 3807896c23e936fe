#!/usr/bin/env bash
# Builds Yici and runs the service on http://localhost:8080 with the embedded H2 database in
# ./data (YICI_DATA_DIR). Extra arguments go to Spring Boot, e.g. --server.port=8081.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-natives.sh
./mvnw -B -q -DskipTests package
export OMP_THREAD_LIMIT=1
exec java -jar engine/target/yici.jar serve "$@"

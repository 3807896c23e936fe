#!/usr/bin/env bash
# Runs the whole test suite: formatting, forbidden APIs, dependency convergence, unit and
# scenario tests, the real OCR and PDF tests, and the database tests on H2 and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
YICI_WITH_POSTGRES=1 scripts/install-natives.sh
export OMP_THREAD_LIMIT=1
./mvnw -B verify "$@"

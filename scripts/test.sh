#!/usr/bin/env bash
# Runs the whole test suite: formatting, forbidden APIs, dependency convergence, unit and
# scenario tests, the real OCR and PDF tests, the database tests on H2 and PostgreSQL, the
# browser test in Chromium, then a bounded fuzzing run of the file ingest.
set -euo pipefail
cd "$(dirname "$0")/.."
YICI_FOR_TESTS=1 scripts/install-natives.sh
export OMP_THREAD_LIMIT=1
./mvnw -B verify "$@"
# Fuzz the ingest of hostile files for a bounded time (the seed corpus already ran in verify).
JAZZER_FUZZ=1 ./mvnw -B -pl pdf-ingest test -Dtest=IngestFuzzTest -Dsurefire.failIfNoSpecifiedTests=false

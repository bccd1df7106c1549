#!/usr/bin/env bash
# The second README command, and what CI runs: lint, typecheck, every unit and integration
# test on embedded PGlite, the database tests again on a real PostgreSQL server started from
# the machine's binaries, Schemathesis against /openapi.json on a started API, then the
# end-to-end specs in Chromium against the built apps. (The in-process API fuzzer runs in the
# PGlite stage: apps/api/src/fuzz.)
# Every stage runs even when an earlier one fails; the exit code says whether all passed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bootstrap.sh
ensure_pnpm
install_dependencies || exit 1
ensure_chromium || echo "! could not install chromium; the end-to-end stage will fail"

results=.data/test-results
rm -rf "$results" && mkdir -p "$results"
failed=()
stage() {
  local name=$1; shift
  echo; echo "━━ $name"
  "$@" || failed+=("$name")
}

stage "lint" pnpm lint
stage "typecheck" pnpm typecheck
stage "unit + integration (PGlite)" pnpm exec vitest run \
  --reporter=default --reporter=json --outputFile.json="$results/vitest-pglite.json"

pg_dir=$(mktemp -d /tmp/tandem-test-pg.XXXXXX) && chmod 755 "$pg_dir"  # the postgres user must reach it
pg_port=${TEST_PG_PORT:-$((56000 + RANDOM % 2000))}
if pg_url=$(scripts/postgres.sh start "$pg_dir/data" "$pg_port"); then
  trap 'scripts/postgres.sh stop "$pg_dir/data" "$pg_port"; rm -rf "$pg_dir"' EXIT
  stage "integration (PostgreSQL $pg_port)" env TEST_DATABASE_URL="$pg_url" pnpm exec vitest run .db.test \
    --reporter=default --reporter=json --outputFile.json="$results/vitest-postgres.json"
else
  failed+=("start PostgreSQL")
fi

stage "schemathesis (/openapi.json)" scripts/schemathesis.sh "$results"
stage "build storefront" pnpm --filter @tandem/storefront build
stage "build admin" pnpm --filter @tandem/admin build
stage "end-to-end (Chromium)" env PLAYWRIGHT_JSON_OUTPUT_FILE="$PWD/$results/playwright.json" pnpm test:e2e

echo
node scripts/test-summary.mjs "$results"
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed stages: ${failed[*]}"
  exit 1
fi

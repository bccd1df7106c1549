#!/usr/bin/env bash
# The second README command, and what CI runs: lint, typecheck, every unit and integration
# test on embedded PGlite, the database tests again on a real PostgreSQL server started from
# the machine's binaries, Schemathesis against /openapi.json on a started API, then the
# end-to-end specs in Chromium against the built apps (the card spec once more with stripe-mock). (The in-process API fuzzer runs in the
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

# Clean-up steps for the servers the stages start, run in order when the script exits.
exit_steps=()
on_exit() { exit_steps+=("$1"); }
trap 'for step in "${exit_steps[@]}"; do eval "$step"; done' EXIT

stage "lint" pnpm lint
stage "typecheck" pnpm typecheck

# Meilisearch (issue #18): a throw-away server from MEILISEARCH_BIN, ../shared/bin or PATH
# (scripts/meilisearch.sh), so the search adapter's contract suite runs in the Vitest stage
# and the search specs run once more against a store searching with it (after the e2e stage).
meili_env=()
meili_dir=$(mktemp -d /tmp/tandem-test-meili.XXXXXX)
meili_out=$(scripts/meilisearch.sh start "$meili_dir"); meili_status=$?
if [ "$meili_status" = 0 ]; then
  on_exit "scripts/meilisearch.sh stop '$meili_dir'"
  meili_env=(MEILISEARCH_URL="$(sed -n 1p <<<"$meili_out")" MEILISEARCH_API_KEY="$(sed -n 2p <<<"$meili_out")")
else
  rm -rf "$meili_dir"
  [ "$meili_status" = 3 ] || failed+=("start Meilisearch")
  echo "↷ skipped: the Meilisearch contract tests and search specs (the line above says what is missing)"
fi

# Mailpit (issue #17): a real SMTP server for the e-mail delivery test, read back through its
# JSON API (apps/api/src/mail/smtp-delivery.db.test.ts). Installed once from the Go module proxy.
mailpit_smtp=$((52000 + RANDOM % 2000)) mailpit_api=$((54000 + RANDOM % 2000))
mailpit_out=$(scripts/mailpit.sh start "$mailpit_smtp" "$mailpit_api"); mailpit_status=$?
if [ "$mailpit_status" = 0 ]; then
  on_exit "scripts/mailpit.sh stop '$mailpit_smtp'"
  read -r TEST_SMTP_URL TEST_MAILPIT_API_URL <<<"$mailpit_out"
  export TEST_SMTP_URL TEST_MAILPIT_API_URL
else
  [ "$mailpit_status" = 3 ] || failed+=("start Mailpit")
  echo "↷ skipped: the SMTP delivery test through Mailpit (the line above says why)"
fi

stage "unit + integration (PGlite)" env "${meili_env[@]}" pnpm exec vitest run \
  --reporter=default --reporter=json --outputFile.json="$results/vitest-pglite.json"

pg_dir=$(mktemp -d /tmp/tandem-test-pg.XXXXXX) && chmod 755 "$pg_dir"  # the postgres user must reach it
pg_port=${TEST_PG_PORT:-$((56000 + RANDOM % 2000))}
if pg_url=$(scripts/postgres.sh start "$pg_dir/data" "$pg_port"); then
  on_exit 'scripts/postgres.sh stop "$pg_dir/data" "$pg_port"; rm -rf "$pg_dir"'
  stage "integration (PostgreSQL $pg_port)" env TEST_DATABASE_URL="$pg_url" pnpm exec vitest run .db.test \
    --reporter=default --reporter=json --outputFile.json="$results/vitest-postgres.json"
else
  failed+=("start PostgreSQL")
fi

stage "schemathesis (/openapi.json)" scripts/schemathesis.sh "$results"
stage "build storefront" pnpm --filter @tandem/storefront build
stage "build admin" pnpm --filter @tandem/admin build
stage "end-to-end (Chromium)" env PLAYWRIGHT_JSON_OUTPUT_FILE="$PWD/$results/playwright.json" pnpm test:e2e

# The search specs once more, on a store searching with the Meilisearch started above (its own
# ports and output folder, so the run above keeps its traces).
if [ ${#meili_env[@]} -gt 0 ]; then
  stage "end-to-end search (Chromium, Meilisearch)" env "${meili_env[@]}" E2E_API_PORT=4320 E2E_STOREFRONT_PORT=3320 \
    E2E_ADMIN_PORT=3321 E2E_DEMO_SITES_PORT=3322 PLAYWRIGHT_JSON_OUTPUT_FILE="$PWD/$results/playwright-meilisearch.json" \
    pnpm test:e2e tests/search.spec.ts --output test-results/meilisearch
fi

# The card spec (issue #17) in a run of its own, on an API whose Stripe SDK talks to stripe-mock
# (installed once from the Go module proxy): with Stripe keys card becomes every spec's first
# payment method and Stripe the group buys' provider, so the other specs keep their keyless API.
stripe_port=$((12000 + RANDOM % 2000))
stripe_url=$(scripts/stripe-mock.sh start "$stripe_port"); stripe_status=$?
if [ "$stripe_status" = 0 ]; then
  on_exit "scripts/stripe-mock.sh stop '$stripe_port'"
  stage "end-to-end card payment (Chromium, stripe-mock)" env E2E_STRIPE_MOCK_URL="$stripe_url" E2E_API_PORT=4330 \
    E2E_STOREFRONT_PORT=3330 E2E_ADMIN_PORT=3331 E2E_DEMO_SITES_PORT=3332 PLAYWRIGHT_JSON_OUTPUT_FILE="$PWD/$results/playwright-stripe.json" \
    pnpm test:e2e tests/card-payment.spec.ts --output test-results/stripe
else
  [ "$stripe_status" = 3 ] || failed+=("start stripe-mock")
  echo "↷ skipped: the card payment spec against stripe-mock (the line above says why)"
fi

# Stop the servers now, so nothing they print comes after the closing line: CI reads the last
# line ("tests: N passed, N failed, N skipped") to know that tests ran.
for step in "${exit_steps[@]}"; do eval "$step" >/dev/null 2>&1; done
exit_steps=()

echo
[ ${#failed[@]} -gt 0 ] && echo "failed stages: ${failed[*]}"
node scripts/test-summary.mjs "$results"
[ ${#failed[@]} -eq 0 ]

#!/usr/bin/env bash
# A stage of scripts/test.sh: Schemathesis (from PyPI, in a venv under .data/) fuzzes the REST
# surface described by /openapi.json on an API started here with embedded PGlite and the demo
# data, in a throw-away data directory on a free port. Protected operations get a fresh API key
# and a session of the demo jersey shop (an approved partner). Fails on any 5xx; writes the request and 5xx counts to
# .data/test-results/schemathesis.json. SCHEMATHESIS_MAX_EXAMPLES bounds the run (default 25).
set -uo pipefail
cd "$(dirname "$0")/.."

results=${1:-.data/test-results}
venv=$PWD/.data/schemathesis-venv
max_examples=${SCHEMATHESIS_MAX_EXAMPLES:-25}
port=${SCHEMATHESIS_API_PORT:-$((47000 + RANDOM % 2000))}
base="http://127.0.0.1:$port"
mkdir -p "$results"

if [ ! -x "$venv/bin/st" ] || ! "$venv/bin/st" --version 2>/dev/null | grep -q 'version 4\.'; then
  echo "› installing Schemathesis 4 from PyPI into $venv"
  python3 -m venv "$venv" && "$venv/bin/pip" install -q 'schemathesis==4.*' || { echo "! could not install Schemathesis"; exit 1; }
fi

run_dir=$(mktemp -d /tmp/tandem-schemathesis.XXXXXX)
api_log="$run_dir/api.log"
# Its own process group, so stopping it stops tsx and node with it.
setsid env API_PORT="$port" PGLITE_DATA_DIR="$run_dir/pglite" MEDIA_DIR="$run_dir/media" DATABASE_URL='' SEED_DEMO=true NODE_ENV=test \
  pnpm --filter @tandem/api-server start >"$api_log" 2>&1 &
api_pid=$!
stop_api() {
  kill -TERM -- "-$api_pid" 2>/dev/null
  for _ in $(seq 1 30); do kill -0 "$api_pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$api_pid" 2>/dev/null
  rm -rf "$run_dir"
}
trap stop_api EXIT

echo "› starting the API on $base (demo data, PGlite in $run_dir)"
for _ in $(seq 1 360); do
  curl -fsS "$base/health" >/dev/null 2>&1 && break
  kill -0 "$api_pid" 2>/dev/null || { echo "! the API stopped:"; tail -20 "$api_log"; exit 1; }
  sleep 1
done
curl -fsS "$base/health" >/dev/null || { echo "! the API did not answer /health within 6 minutes"; tail -20 "$api_log"; exit 1; }

status=$(curl -s -o /dev/null -w '%{http_code}' "$base/openapi.json")
if [ "$status" = 404 ]; then
  echo "schemathesis: skipped — this API serves no /openapi.json (404)"
  echo '{ "fuzzer": "schemathesis", "skipped": "no /openapi.json" }' >"$results/schemathesis.json"
  exit 0
fi

credentials=$(node scripts/lib/schemathesis-support.mjs partner-key "$base") || { echo "! could not get a partner API key"; exit 1; }
read -r key session <<<"$credentials"

har="$run_dir/schemathesis.har"
# From the throw-away directory: Schemathesis keeps its example database in ./.schemathesis.
# Its output is indented behind "st │": its closing banner ("==== No issues found in 12.3s ====")
# has the shape of pytest's closing line, and CI read it as a test run that executed no test.
(cd "$run_dir" && "$venv/bin/st" --no-color run "$base/openapi.json" \
  --checks not_a_server_error,response_schema_conformance \
  --max-examples "$max_examples" --seed 16 --max-time 150 --request-timeout 30 \
  --header "X-Partner-Key: $key" --header "Authorization: Bearer $session" \
  --report har --report-har-path "$har") 2>&1 | sed -E 's/^=+ (.*[^= ]) =+$/[\1]/; s/^/  st │ /'
st_status=${PIPESTATUS[0]}

node scripts/lib/schemathesis-support.mjs figures "$har" "$results/schemathesis.json" || exit 1
server_errors=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$results/schemathesis.json','utf8')).serverErrors)")
curl -fsS "$base/health" >/dev/null || { echo "! /health did not answer after the run"; exit 1; }
[ "$server_errors" = 0 ] && [ "$st_status" = 0 ]

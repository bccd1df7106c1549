#!/usr/bin/env bash
# A throw-away Meilisearch server for tests and benchmarks (issue #18).
# Usage: scripts/meilisearch.sh find | start DIR | stop DIR
#   find       prints the binary: $MEILISEARCH_BIN, else ../shared/bin/meilisearch beside the
#              repository (CI's fresh clone has it too), else `meilisearch` on PATH. Exits 3,
#              naming what it looked for, when there is none.
#   start DIR  serves a new, empty database in DIR on a free port of 127.0.0.1 (or on
#              $MEILISEARCH_PORT when set: machines shared by several people hand out ports) with a random
#              master key and $MEILISEARCH_MAX_INDEXING_MEMORY (default 256 MiB) for indexing,
#              waits until /health answers and prints two lines: the URL and the key.
#              Exits 3 when there is no binary, 1 when the server does not come up.
#   stop DIR   stops the server started in DIR and removes DIR.
# Logs go to DIR/meilisearch.log. Needs no stdin and no internet.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

die() { echo "meilisearch.sh: $1" >&2; exit "${2:-1}"; }

find_binary() {
  local shared; shared=$(cd "$root/.." && pwd)/shared/bin/meilisearch
  if [ -n "${MEILISEARCH_BIN:-}" ]; then
    [ -x "$MEILISEARCH_BIN" ] || die "MEILISEARCH_BIN=$MEILISEARCH_BIN is not an executable file" 3
    echo "$MEILISEARCH_BIN"
  elif [ -x "$shared" ]; then
    echo "$shared"
  elif command -v meilisearch >/dev/null 2>&1; then
    command -v meilisearch
  else
    die "no Meilisearch binary: MEILISEARCH_BIN is not set, $shared does not exist and no meilisearch is on PATH" 3
  fi
}

source scripts/lib/process.sh

healthy() {
  local reply
  reply=$( (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && cat <&3) 2>/dev/null || true)
  [[ $reply == *'"available"'* ]]
}

is_ours() { [ -f "$1/bin" ] && [ "$(readlink "/proc/$2/exe" 2>/dev/null)" = "$(readlink -f "$(cat "$1/bin")")" ]; }

start() {
  local dir=$1 bin key port pid
  bin=$(find_binary)
  mkdir -p "$dir"
  echo "$bin" >"$dir/bin"
  # Meilisearch sets aside this much memory for every indexing batch, 2/3 of the machine's RAM
  # by default: setting that aside took about a second per batch however small, which made
  # every edit wait a second to become searchable (issue #18). 256 MiB is plenty for 100k products.
  local indexing_memory=${MEILISEARCH_MAX_INDEXING_MEMORY:-256 MiB}
  key=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
  # A random port that nothing answers on; another process may still take it first, so retry.
  for _ in 1 2 3 4 5; do
    port=${MEILISEARCH_PORT:-$((50000 + RANDOM % 10000))}
    if port_answers "$port"; then
      [ -n "${MEILISEARCH_PORT:-}" ] && die "MEILISEARCH_PORT=$MEILISEARCH_PORT is taken"
      continue
    fi
    "$bin" --db-path "$dir/data" --http-addr "127.0.0.1:$port" --master-key "$key" \
      --no-analytics --env development --log-level WARN --max-indexing-memory "$indexing_memory" \
      </dev/null >"$dir/meilisearch.log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/pid"
    for _ in $(seq 1 300); do
      if healthy "$port"; then printf 'http://127.0.0.1:%s\n%s\n' "$port" "$key"; return 0; fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  cat "$dir/meilisearch.log" >&2
  die "Meilisearch ($bin) did not answer on 127.0.0.1 within 30 s"
}

stop() {
  local dir=$1
  [ -f "$dir/pid" ] && stop_process "$(cat "$dir/pid")" is_ours "$dir"
  rm -rf "$dir"
}

case "${1:-}" in
  find) find_binary ;;
  start) start "${2:?usage: $0 start DIR}" ;;
  stop) stop "${2:?usage: $0 stop DIR}" ;;
  *) echo "usage: $0 find | start DIR | stop DIR" >&2; exit 2 ;;
esac

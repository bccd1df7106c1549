#!/usr/bin/env bash
# Mailpit (github.com/axllent/mailpit), a real SMTP server with a JSON API for reading what
# arrived: the shop's outgoing mail in tests and in `pnpm start`.
# Usage: scripts/mailpit.sh install | start SMTP_PORT API_PORT | stop SMTP_PORT
#   install                    go-installs Mailpit into .data/tools/go/bin unless it is already there
#   start SMTP_PORT API_PORT   installs if needed, starts SMTP on SMTP_PORT and the web UI/API on
#                              API_PORT (127.0.0.1 only, messages in memory), waits until both
#                              answer and prints "SMTP_URL API_URL" on stdout
#   stop SMTP_PORT             stops the server started on SMTP_PORT
# Exits 3 when Go is missing (a skip for scripts/test.sh), 1 on any other failure.
# Env: MAILPIT_VERSION (default v1.33.1), GO (path of the go binary); GOPATH / GOCACHE are
# respected when set. Needs no stdin; logs go to .data/mailpit/SMTP_PORT.log.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
run_dir=$root/.data/mailpit
version=${MAILPIT_VERSION:-v1.33.1}

die() { echo "mailpit.sh: $*" >&2; exit 1; }
source scripts/lib/go-tool.sh
bin=$go_bin_dir/mailpit

install() { go_install_once mailpit "github.com/axllent/mailpit@$version" "$run_dir"; }

is_ours() { runs_binary "$1" "$bin"; }

start() {
  local smtp=$1 api=$2 pid_file=$run_dir/$1.pid log=$run_dir/$1.log
  [[ $smtp =~ ^[0-9]+$ && $api =~ ^[0-9]+$ ]] || die "SMTP_PORT and API_PORT must be numbers, got '$smtp' '$api'"
  install
  local urls="smtp://127.0.0.1:$smtp http://127.0.0.1:$api"
  if [ -f "$pid_file" ] && is_ours "$(cat "$pid_file")" && port_answers "$smtp"; then
    echo "$urls"; return 0
  fi
  port_answers "$smtp" && die "port $smtp is already taken by another process"
  port_answers "$api" && die "port $api is already taken by another process"
  # No --database: messages stay in memory and vanish with the process (a throw-away inbox).
  # Plain SMTP with no auth, as a local relay; MP_* variables from the caller are not read.
  env -u MP_DATABASE "$bin" --smtp "127.0.0.1:$smtp" --listen "127.0.0.1:$api" \
    --smtp-auth-accept-any --smtp-auth-allow-insecure --disable-version-check </dev/null >"$log" 2>&1 &
  local pid=$!
  echo "$pid" >"$pid_file"
  await_started Mailpit "$pid" "$pid_file" "$log" "$urls" "$smtp" "$api"
}

stop() { stop_started "$run_dir" "$1"; }

case "${1:-}" in
  install) install ;;
  start) start "${2:?usage: $0 start SMTP_PORT API_PORT}" "${3:?usage: $0 start SMTP_PORT API_PORT}" ;;
  stop) stop "${2:?usage: $0 stop SMTP_PORT}" ;;
  *) echo "usage: $0 install | start SMTP_PORT API_PORT | stop SMTP_PORT" >&2; exit 2 ;;
esac

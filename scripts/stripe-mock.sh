#!/usr/bin/env bash
# Stripe's official mock API server (github.com/stripe/stripe-mock) for the Stripe adapter's tests.
# Usage: scripts/stripe-mock.sh install | start PORT | stop PORT
#   install     go-installs stripe-mock into .data/tools/go/bin unless it is already there
#   start PORT  installs if needed, serves plain HTTP on PORT (no HTTPS listener),
#               waits until the port answers and prints the base URL on stdout
#   stop PORT   stops the server started on PORT
# Env: STRIPE_MOCK_VERSION (default latest), GO (path of the go binary), GOPATH / GOMODCACHE /
# GOCACHE are respected when set. Needs no stdin; logs go to .data/stripe-mock/PORT.log.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
run_dir=$root/.data/stripe-mock
version=${STRIPE_MOCK_VERSION:-latest}

die() { echo "stripe-mock.sh: $*" >&2; exit 1; }
source scripts/lib/go-tool.sh
bin=$go_bin_dir/stripe-mock

install() { go_install_once stripe-mock "github.com/stripe/stripe-mock@$version" "$run_dir"; }

is_our_mock() { runs_binary "$1" "$bin"; }

start() {
  local port=$1 pid_file=$run_dir/$1.pid log=$run_dir/$1.log
  [[ $port =~ ^[0-9]+$ ]] || die "PORT must be a number, got '$port'"
  install
  if [ -f "$pid_file" ] && is_our_mock "$(cat "$pid_file")" && port_answers "$port"; then
    echo "http://127.0.0.1:$port"; return 0
  fi
  port_answers "$port" && die "port $port is already taken by another process"
  # `-http-port` alone turns the default HTTPS listener (12112) off; `-http-addr` would not.
  # PORT in the environment would be read by stripe-mock's legacy `-port` option.
  env -u PORT "$bin" -http-port "$port" </dev/null >"$log" 2>&1 &
  local pid=$!
  echo "$pid" >"$pid_file"
  await_started stripe-mock "$pid" "$pid_file" "$log" "http://127.0.0.1:$port" "$port"
}

stop() { stop_started "$run_dir" "$1"; }

case "${1:-}" in
  install) install ;;
  start) start "${2:?usage: $0 start PORT}" ;;
  stop) stop "${2:?usage: $0 stop PORT}" ;;
  *) echo "usage: $0 install | start PORT | stop PORT" >&2; exit 2 ;;
esac

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
bin_dir=$root/.data/tools/go/bin
bin=$bin_dir/stripe-mock
run_dir=$root/.data/stripe-mock
version=${STRIPE_MOCK_VERSION:-latest}

die() { echo "stripe-mock.sh: $*" >&2; exit 1; }

find_go() {
  local go=${GO:-}
  [ -n "$go" ] || go=$(command -v go 2>/dev/null || true)
  [ -n "$go" ] || go=/usr/local/go/bin/go
  [ -x "$go" ] || die "Go is not installed (looked for \$GO, go on PATH and /usr/local/go/bin/go); it is needed to install stripe-mock"
  echo "$go"
}

install() {
  [ -x "$bin" ] && return 0
  local go; go=$(find_go)
  mkdir -p "$bin_dir" "$run_dir"
  # One installer at a time when several test workers start together; the lock's file
  # descriptor stays in this subshell, so the server started afterwards does not inherit it.
  (
    flock 8
    [ -x "$bin" ] && exit 0
    # Without HOME, Go cannot derive its default paths: keep them inside the repo then.
    [ -n "$("$go" env GOPATH 2>/dev/null)" ] || export GOPATH=$root/.data/tools/go/path
    case "$("$go" env GOCACHE 2>/dev/null)" in ""|off) export GOCACHE=$root/.data/tools/go/cache ;; esac
    flags=$("$go" env GOFLAGS 2>/dev/null || true)
    echo "› installing stripe-mock@$version from the Go module proxy into $bin_dir (about a minute, once)" >&2
    if ! GOBIN=$bin_dir GOFLAGS="$flags -mod=mod -modcacherw" "$go" install "github.com/stripe/stripe-mock@$version" >"$run_dir/install.log" 2>&1; then
      cat "$run_dir/install.log" >&2
      die "could not install stripe-mock with 'go install github.com/stripe/stripe-mock@$version' (GOPROXY=$("$go" env GOPROXY): is the Go module proxy reachable?)"
    fi
    [ -x "$bin" ] || die "go install succeeded but $bin is missing"
  ) 8>"$run_dir/install.lock"
}

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

is_our_mock() { [ "$(readlink "/proc/$1/exe" 2>/dev/null)" = "$bin" ]; }

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
  for _ in $(seq 1 300); do
    port_answers "$port" && { echo "http://127.0.0.1:$port"; return 0; }
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; rm -f "$pid_file"; die "stripe-mock exited before answering on port $port"; }
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  rm -f "$pid_file"
  cat "$log" >&2
  die "stripe-mock did not answer on port $port within 30 s"
}

stop() {
  local pid_file=$run_dir/$1.pid pid
  rm -f "$run_dir/$1.log"
  [ -f "$pid_file" ] || return 0
  pid=$(cat "$pid_file")
  if is_our_mock "$pid"; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    is_our_mock "$pid" && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
}

case "${1:-}" in
  install) install ;;
  start) start "${2:?usage: $0 start PORT}" ;;
  stop) stop "${2:?usage: $0 stop PORT}" ;;
  *) echo "usage: $0 install | start PORT | stop PORT" >&2; exit 2 ;;
esac

# Shared by scripts/stripe-mock.sh and scripts/mailpit.sh: install a Go program from the Go
# module proxy into .data/tools/go/bin once, and the start/stop steps the two share.
# The sourcing script defines `die` and sets `root` (the repository) first.

go_bin_dir=$root/.data/tools/go/bin

# The go binary: $GO, go on PATH, or Go's default install path.
find_go() {
  local go=${GO:-}
  [ -n "$go" ] || go=$(command -v go 2>/dev/null || true)
  [ -n "$go" ] || go=/usr/local/go/bin/go
  # Exit status 3: a missing tool, which scripts/test.sh reports as a skip rather than a failure.
  [ -x "$go" ] || { echo "${0##*/}: Go is not installed (looked for \$GO, go on PATH and /usr/local/go/bin/go); it is needed to install $1" >&2; exit 3; }
  echo "$go"
}

# go_install_once NAME MODULE@VERSION LOG_DIR: installs $go_bin_dir/NAME unless it is there.
go_install_once() {
  local name=$1 module=$2 log_dir=$3 bin=$go_bin_dir/$1
  mkdir -p "$log_dir"  # the caller keeps its pid files and logs there
  [ -x "$bin" ] && return 0
  local go; go=$(find_go "$name")
  mkdir -p "$go_bin_dir"
  # One installer at a time when several test workers start together; the lock's file
  # descriptor stays in this subshell, so the server started afterwards does not inherit it.
  (
    flock 8
    [ -x "$bin" ] && exit 0
    # Without HOME, Go cannot derive its default paths: keep them inside the repo then.
    [ -n "$("$go" env GOPATH 2>/dev/null)" ] || export GOPATH=$root/.data/tools/go/path
    case "$("$go" env GOCACHE 2>/dev/null)" in ""|off) export GOCACHE=$root/.data/tools/go/cache ;; esac
    flags=$("$go" env GOFLAGS 2>/dev/null || true)
    echo "› installing $module from the Go module proxy into $go_bin_dir (a minute or more, once)" >&2
    if ! GOBIN=$go_bin_dir GOFLAGS="$flags -mod=mod -modcacherw" "$go" install "$module" >"$log_dir/install.log" 2>&1; then
      cat "$log_dir/install.log" >&2
      die "could not install $name with 'go install $module' (GOPROXY=$("$go" env GOPROXY): is the Go module proxy reachable?)"
    fi
    [ -x "$bin" ] || die "go install succeeded but $bin is missing"
  ) 8>"$log_dir/install.lock"
}

source "$root/scripts/lib/process.sh"

# Whether process PID runs the binary BIN (so a stale pid file never kills a stranger).
runs_binary() { [ "$(readlink "/proc/$1/exe" 2>/dev/null)" = "$2" ]; }
# The same with the arguments in stop_process's order: BIN PID.
binary_runs() { runs_binary "$2" "$1"; }

# await_started NAME PID PID_FILE LOG URLS PORT...: waits up to 30 s until every PORT answers,
# then prints URLS; when the process exits first or time runs out, shows its log and dies.
await_started() {
  local name=$1 pid=$2 pid_file=$3 log=$4 urls=$5; shift 5
  local port all
  for _ in $(seq 1 300); do
    all=1
    for port in "$@"; do port_answers "$port" || { all=0; break; }; done
    [ "$all" = 1 ] && { echo "$urls"; return 0; }
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; rm -f "$pid_file"; die "$name exited before answering on port(s) $*"; }
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  rm -f "$pid_file"
  cat "$log" >&2
  die "$name did not answer on port(s) $* within 30 s"
}

# stop_started RUN_DIR KEY: stops the server whose pid file is RUN_DIR/KEY.pid, if it is still
# the program in $bin (set by the sourcing script), and removes its pid file and log.
stop_started() {
  local pid_file=$1/$2.pid
  rm -f "$1/$2.log"
  [ -f "$pid_file" ] || return 0
  stop_process "$(cat "$pid_file")" binary_runs "$bin"
  rm -f "$pid_file"
}

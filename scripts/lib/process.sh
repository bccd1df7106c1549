# Shared by the scripts that start throw-away servers (Meilisearch, Mailpit, stripe-mock): small
# process and port checks.

# Whether something listens on 127.0.0.1:PORT.
port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# stop_process PID CHECK [ARG...]: stops PID while `CHECK ARG... PID` says it is still ours (so a
# stale pid file never kills a stranger): TERM, up to 5 s to exit, then KILL.
stop_process() {
  local pid=$1; shift
  "$@" "$pid" || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  "$@" "$pid" && kill -9 "$pid" 2>/dev/null || true
}

#!/usr/bin/env bash
# A local Neo4j 5.26 (Community, in-process launcher from Maven Central jars) on Bolt, no Docker.
#
#   scripts/neo4j.sh start    build once if needed, start in the background, wait until Bolt answers
#   scripts/neo4j.sh stop     stop it (no-op when not running)
#   scripts/neo4j.sh status   say whether it runs and answers
#   scripts/neo4j.sh env      print the NEO4J_* exports that reach it
#   scripts/neo4j.sh build    fetch the jars and compile the launcher
#   scripts/neo4j.sh reset    stop and delete the database files
#   scripts/neo4j.sh import DIR   (server stopped) replace the database with the neo4j-admin CSVs in DIR,
#                             as written by `sinergi export --format neo4j-admin -o DIR`
#
# Settings (environment): SINERGI_NEO4J_PORT (7687), SINERGI_NEO4J_HOME (neo4j/run/home),
# SINERGI_NEO4J_HEAP (2g), SINERGI_NEO4J_PAGECACHE (512m), NEO4J_PASSWORD: the password user neo4j
# gets (a fixed test password by default; NEO4J_PASSWORD=none starts the server without auth).
# Log: neo4j/run/neo4j.log; pid file: neo4j/run/neo4j.pid. Starting twice is harmless.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="$ROOT/neo4j"
RUN_DIR="$PROJECT/run"
PID_FILE="$RUN_DIR/neo4j.pid"
LOG_FILE="$RUN_DIR/neo4j.log"
PORT="${SINERGI_NEO4J_PORT:-7687}"
HOME_DIR="${SINERGI_NEO4J_HOME:-$RUN_DIR/home}"
HEAP="${SINERGI_NEO4J_HEAP:-2g}"
PAGECACHE="${SINERGI_NEO4J_PAGECACHE:-512m}"
TEST_PASSWORD="sinergi-test"   # local test server only; override with NEO4J_PASSWORD
PASSWORD="${NEO4J_PASSWORD:-$TEST_PASSWORD}"
START_TIMEOUT="${SINERGI_NEO4J_START_TIMEOUT:-180}"

LOG_MARK=0

log() { printf 'neo4j.sh: %s\n' "$*" >&2; }

is_running() {
  [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

# True when something on the port completes a Bolt handshake (offers 5.4..5.0, 4.4).
bolt_answers() {
  local reply
  reply="$(timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "\x60\x60\xb0\x17\x00\x04\x04\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    head -c 4 <&3 | od -An -tx1 | tr -d " \n"
  ' _ "$PORT" 2>/dev/null)" || return 1
  [[ -n "$reply" && "$reply" != "00000000" ]]
}

port_in_use() {
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$PORT" 2>/dev/null
}

build() {
  local stamp="$PROJECT/target/.built"
  if [[ -f "$stamp" && "$stamp" -nt "$PROJECT/pom.xml" \
        && "$stamp" -nt "$PROJECT/src/main/java/sinergi/Neo4jLauncher.java" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || { log "mvn not found: install Maven (apt-get install maven)"; exit 1; }
  command -v java >/dev/null || { log "java not found: install a JDK 17 or 21"; exit 1; }
  log "fetching Neo4j jars and compiling the launcher (first run only; output in $RUN_DIR/build.log)"
  mkdir -p "$RUN_DIR"
  if ! (cd "$PROJECT" && mvn -B -Dstyle.color=never dependency:copy-dependencies -DoutputDirectory=target/lib \
          && mvn -B -Dstyle.color=never compile) >"$RUN_DIR/build.log" 2>&1; then
    log "the Maven build failed; last lines of $RUN_DIR/build.log:"
    tail -n 20 "$RUN_DIR/build.log" >&2
    exit 1
  fi
  touch "$stamp"
}

start() {
  mkdir -p "$RUN_DIR"
  if is_running; then
    if wait_for_bolt 60; then
      log "already running (pid $(cat "$PID_FILE")) on bolt://127.0.0.1:$PORT"
      return 0
    fi
    log "pid $(cat "$PID_FILE") runs but Bolt does not answer on port $PORT; see $LOG_FILE"
    exit 1
  fi
  rm -f "$PID_FILE"
  if port_in_use; then
    log "port $PORT is taken by another process; stop it or set SINERGI_NEO4J_PORT"
    exit 1
  fi
  build
  local auth_env=()
  if [[ "$PASSWORD" != "none" ]]; then
    auth_env=(SINERGI_NEO4J_PASSWORD="$PASSWORD")
  fi
  log "starting Neo4j on bolt://127.0.0.1:$PORT (log $LOG_FILE)"
  touch "$LOG_FILE"
  LOG_MARK="$(wc -l <"$LOG_FILE")"
  (
    cd "$PROJECT"
    exec env "${auth_env[@]}" setsid java -Xms512m "-Xmx$HEAP" -XX:+UseG1GC \
      --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
      -cp "target/classes:target/lib/*" sinergi.Neo4jLauncher \
      --home "$HOME_DIR" --bolt "127.0.0.1:$PORT" --pagecache "$PAGECACHE" \
      >>"$LOG_FILE" 2>&1 </dev/null
  ) &
  echo $! >"$PID_FILE"
  if ! wait_for_bolt "$START_TIMEOUT" ready; then
    log "Neo4j did not answer on port $PORT within ${START_TIMEOUT}s; last log lines:"
    tail -n 20 "$LOG_FILE" >&2 || true
    stop
    exit 1
  fi
  log "ready on bolt://127.0.0.1:$PORT (pid $(cat "$PID_FILE"))"
}

# wait_for_bolt SECONDS [ready]: with "ready", also wait for the launcher's ready line (written
# after the password is set), so no client sees the server before its credentials are in place.
wait_for_bolt() {
  local deadline=$((SECONDS + $1))
  while ((SECONDS < deadline)); do
    if [[ "${2:-}" == ready ]] \
        && ! tail -n "+$((LOG_MARK + 1))" "$LOG_FILE" | grep -q '^sinergi-neo4j: ready'; then
      :
    elif bolt_answers; then
      return 0
    fi
    if ! is_running; then
      log "the Neo4j process exited; last log lines:"
      tail -n 20 "$LOG_FILE" >&2 || true
      return 1
    fi
    sleep 1
  done
  return 1
}

stop() {
  if ! is_running; then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  local pid
  pid="$(cat "$PID_FILE")"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid did not stop in 60s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  if is_running && bolt_answers; then
    echo "running (pid $(cat "$PID_FILE")) on bolt://127.0.0.1:$PORT"
  elif is_running; then
    echo "starting or stuck (pid $(cat "$PID_FILE")); Bolt does not answer on port $PORT"
    return 1
  else
    echo "not running"
    return 3
  fi
}

print_env() {
  echo "export NEO4J_URI=bolt://127.0.0.1:$PORT"
  if [[ "$PASSWORD" != "none" ]]; then
    echo "export NEO4J_USER=neo4j"
    echo "export NEO4J_PASSWORD=$PASSWORD"
  fi
}

# neo4j-admin database import, run from the same Maven Central jars (org.neo4j.cli.AdminTool).
import_csv() {
  local dir="${1:-}"
  [[ -n "$dir" && -f "$dir/import.args" ]] || {
    log "usage: $0 import DIR (DIR holds import.args and the CSVs from sinergi export --format neo4j-admin)"; exit 2; }
  if is_running; then log "stop the server first (scripts/neo4j.sh stop); import replaces its database"; exit 1; fi
  build
  mkdir -p "$HOME_DIR/conf"
  touch "$HOME_DIR/conf/neo4j.conf"
  local args=()
  mapfile -t args <"$dir/import.args"
  (cd "$PROJECT" && NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$HOME_DIR/conf" \
    java "-Xmx$HEAP" -cp "target/classes:target/lib/*" org.neo4j.cli.AdminTool "${args[@]}")
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) status ;;
  env) print_env ;;
  build) build ;;
  reset) stop; rm -rf "$HOME_DIR"; log "deleted $HOME_DIR" ;;
  import) import_csv "${2:-}" ;;
  *) echo "usage: $0 start|stop|restart|status|env|build|reset|import DIR" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Fresh machine → full test run: set up, install Debian chromium for the browser tests, start a
# real Neo4j (in-process harness, Java 17), then lint, type-check and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test: installing Debian chromium for the browser tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test: /usr/bin/chromium missing and cannot apt-get install it; browser tests will skip" >&2
  fi
fi

if command -v java >/dev/null && [ -z "${NEO4J_URI:-}" ]; then
  scripts/neo4j.sh start
  trap 'scripts/neo4j.sh stop' EXIT
  eval "$(scripts/neo4j.sh env)"
  export SINERGI_REQUIRE_NEO4J=1
elif [ -n "${NEO4J_URI:-}" ]; then
  export SINERGI_REQUIRE_NEO4J=1
else
  echo "test: no java on PATH — Neo4j tests will skip (set NEO4J_URI to use an existing server)" >&2
fi

.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/pytest "$@"

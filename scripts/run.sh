#!/usr/bin/env bash
# Fresh machine → running explorer: set up, ingest the bundled sample corpus into the embedded
# store (./.sinergi/store), open the Streamlit UI on http://localhost:8501.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/sinergi ingest data/articles
exec .venv/bin/sinergi app "$@"

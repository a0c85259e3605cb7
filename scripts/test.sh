#!/usr/bin/env bash
# Sets up the environment (once) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
bash scripts/install_model.sh
exec .venv/bin/python -m pytest "$@"

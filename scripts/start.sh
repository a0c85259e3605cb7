#!/usr/bin/env bash
# Sets up the environment (once), prepares the data store and starts Onward:
# the first time that is `onward init`, afterwards a coaching session.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
bash scripts/install_model.sh
exec .venv/bin/onward start "$@"

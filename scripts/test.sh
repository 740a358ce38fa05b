#!/usr/bin/env bash
# The project's test command (README "Set-up"): installs what the tests need
# that cargo does not (the real `pre-commit` tool, from PyPI, into a private
# virtualenv under target/), then runs every test offline.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="target/test-venv"
if [ ! -x "$venv/bin/pre-commit" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check pre-commit
fi
export ISOLINT_PRE_COMMIT="$PWD/$venv/bin/pre-commit"

cargo test --all-targets "$@"

#!/usr/bin/env bash
# What the flake lab needs, reused when present: the pinned tools, the release mirror, the container engine,
# the python:3.13-slim stand-in, the apt repository, a PEP 503 index over the wheelhouse plus pip's wheel
# (python:3.13-slim ships pip; the stand-in image does not, so the lab's before.yml runs pip from its wheel), and
# the pre-warmed image after.yml runs in (built from the stand-in against the local mirror; cached layers reused).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
C="${CI_ACTIONS_CACHE:-$HOME/.cache/ci-actions}"
PIP_VERSION=25.3

bash scripts/e2e/tools.sh node24 act helm kubeconform uv nox wheels >&2
node scripts/e2e/pack-releases.mjs >/dev/null
bash scripts/e2e/containers.sh all >&2
if ! ls "$C/lab-wheels"/pip-"$PIP_VERSION"-*.whl >/dev/null 2>&1; then
  mkdir -p "$C/lab-wheels"
  python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$C/lab-wheels" "pip==$PIP_VERSION" >&2
fi
node scripts/e2e/pypi-index.mjs --out "$C/lab-pypi-simple" --wheels "$C/wheels:$C/lab-wheels" >&2
node scripts/image.mjs build >&2

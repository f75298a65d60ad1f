#!/usr/bin/env bash
# `npm run demo`: installs what it needs (pinned tools into ${CI_ACTIONS_CACHE:-$HOME/.cache/ci-actions}, reused when
# present), packs the release archives, then runs examples/demo.yml with nektos/act in host mode against a local
# mirror on 127.0.0.1 and prints each step's outputs and timings (scripts/e2e/demo.mjs).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE/.."
bash scripts/e2e/tools.sh node24 act helm kubeconform uv nox wheels
node scripts/e2e/pack-releases.mjs --no-install >/dev/null
exec node scripts/e2e/demo.mjs

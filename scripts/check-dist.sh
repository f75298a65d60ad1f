#!/usr/bin/env bash
# Rebuilds dist/ and fails when it differs from what is committed (consumers run the committed bundles).
set -euo pipefail
npm run --silent build >/dev/null
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ does not match the sources; run 'npm run build' and commit dist/:" >&2
  git status --porcelain -- dist >&2
  git --no-pager diff --stat -- dist >&2
  exit 1
fi
echo "check-dist: dist/ matches the sources"

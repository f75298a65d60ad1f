#!/bin/sh
# Runs the actions' own committed bundles (dist/<action>/main) the way a runner does, so uv, nox, helm and
# kubeconform land in the tool-cache layout the actions read ($RUNNER_TOOL_CACHE/<tool>/<version>/<arch> with
# the completion marker and digest record), verified against the actions' built-in digest tables.
# Versions default to tools.env (generated from the actions' tables by scripts/image-tools.mjs); every
# variable below may be set by a build argument (tests: the local mirror, its digests, uv 0.9.30).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)

pin() { sed -n "s/^$1=//p" "$HERE/tools.env"; }
: "${UV_VERSION:=$(pin UV_VERSION)}" "${NOX_VERSION:=$(pin NOX_VERSION)}"
: "${HELM_VERSION:=$(pin HELM_VERSION)}" "${KUBECONFORM_VERSION:=$(pin KUBECONFORM_VERSION)}"

work=/tmp/ci-build
mkdir -p "$work/temp" "$work/project"
: >"$work/output"
: >"$work/env"
: >"$work/path"
: >"$work/state"
export RUNNER_TEMP="$work/temp" GITHUB_OUTPUT="$work/output" GITHUB_ENV="$work/env" \
  GITHUB_PATH="$work/path" GITHUB_STATE="$work/state" GITHUB_WORKSPACE="$work/project" \
  UV_CACHE_DIR="$work/uv-cache"
[ -z "${PYPI_INDEX:-}" ] || export UV_DEFAULT_INDEX="$PYPI_INDEX"

env "INPUT_HELM-VERSION=$HELM_VERSION" "INPUT_KUBECONFORM-VERSION=$KUBECONFORM_VERSION" \
  "INPUT_HELM-SHA256=${HELM_SHA256:-}" "INPUT_KUBECONFORM-SHA256=${KUBECONFORM_SHA256:-}" \
  "INPUT_HELM-MIRRORS=${HELM_MIRRORS:-}" "INPUT_KUBECONFORM-MIRRORS=${KUBECONFORM_MIRRORS:-}" \
  INPUT_CACHE=false INPUT_SCHEMA-CACHE=false INPUT_ATTEMPTS=5 \
  node "$HERE/setup-helm-kubeconform/index.js"

env "INPUT_UV-VERSION=$UV_VERSION" "INPUT_UV-SHA256=${UV_SHA256:-}" "INPUT_UV-MIRRORS=${UV_MIRRORS:-}" \
  "INPUT_NOX-VERSION=$NOX_VERSION" INPUT_INSTALL=none INPUT_CACHE=false INPUT_PRUNE-CACHE=false \
  "INPUT_WORKING-DIRECTORY=$work/project" INPUT_ATTEMPTS=5 \
  node "$HERE/prepare-python/index.js"

# The release archives kept for the Actions cache are not needed on an image: only the binaries and markers.
rm -rf "$RUNNER_TOOL_CACHE"/*/*/*.archive
mkdir -p "$UV_TOOL_BIN_DIR"
for tool in "$RUNNER_TOOL_CACHE"/*/*/*/; do
  for bin in "$tool"*; do
    [ -x "$bin" ] && [ -f "$bin" ] && ln -sf "$bin" "$UV_TOOL_BIN_DIR/$(basename "$bin")"
  done
done
rm -rf "$work" "$HOME/.cache"

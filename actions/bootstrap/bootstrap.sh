#!/bin/sh
# bootstrap: install OS packages (and optionally Node.js >= 20) in a bare container, with retries.
#
# POSIX sh only (dash, busybox ash, bash --posix). Called by action.yml with the inputs in env:
#   BOOTSTRAP_PACKAGES  packages, space- or newline-separated (default: none)
#   BOOTSTRAP_NODE      true|false: make sure node >= 20 is on PATH (default: false)
#   BOOTSTRAP_ATTEMPTS  1..100: upper bound on the attempts of the index update and of the install
#                       (default: 20; the retry budget usually ends the retries first)
#   BOOTSTRAP_DELAY     0..300 seconds before the 2nd attempt, doubled each time, capped at
#                       max(15, delay), each wait drawn from 50-100% of that (default: 5)
#   BOOTSTRAP_RETRY_BUDGET  how long each command is retried after its first failure, as the node
#                       actions' `retry-budget`: '500ms', '30s', '5m', '1h' or bare seconds, 0s..1h
#                       (default: 2m)
# Test-only overrides (not part of the action's interface):
#   BOOTSTRAP_SLEEP      command used to wait between attempts (default: sleep)
#   BOOTSTRAP_RANDOM     0..100: the jitter draw, in percent, for every wait (default: random)
#   BOOTSTRAP_APT_LISTS  apt's lists directory (default: /var/lib/apt/lists)
# The flake ledger (schema: the top-level README): $CI_ACTIONS_LEDGER, else
# $RUNNER_TEMP/ci-actions/ledger.jsonl; one JSON line per retried or failed package manager call.
# Outputs (to $GITHUB_OUTPUT, or printed when it is unset):
#   installed=<packages actually installed, space-separated>
#   package-manager=<apt-get|apk|dnf|microdnf|yum, or empty when none was needed and none found>
#   faults-absorbed=<package manager attempts that failed and were retried>
set -eu

NODE_MIN=20
SLEEP_CMD=${BOOTSTRAP_SLEEP:-sleep}
APT_LISTS=${BOOTSTRAP_APT_LISTS:-/var/lib/apt/lists}
NL='
'
CR=$(printf '\r')

# --- messages ------------------------------------------------------------------------------

# Escape a value for a workflow command (% CR LF), like @actions/core does.
escape_data() {
  case $1 in
    *%* | *"$CR"* | *"$NL"*) ;;
    *)
      printf '%s' "$1"
      return 0
      ;;
  esac
  _in=$1
  _out=
  while [ -n "$_in" ]; do
    _rest=${_in#?}
    _c=${_in%"$_rest"}
    _in=$_rest
    case $_c in
      %) _out="${_out}%25" ;;
      "$CR") _out="${_out}%0D" ;;
      "$NL") _out="${_out}%0A" ;;
      *) _out="$_out$_c" ;;
    esac
  done
  printf '%s' "$_out"
}

log() {
  printf 'bootstrap: %s\n' "$*"
}

error() {
  printf '::error title=bootstrap::bootstrap: %s\n' "$(escape_data "$*")"
}

warning() {
  printf '::warning::bootstrap: %s\n' "$(escape_data "$*")"
}

die() {
  error "$@"
  exit 1
}

# --- input validation ----------------------------------------------------------------------

trim() {
  _t=$1
  _t=${_t#"${_t%%[![:space:]]*}"}
  _t=${_t%"${_t##*[![:space:]]}"}
  printf '%s' "$_t"
}

bad_inputs=0

# check_int NAME VALUE MIN MAX -> sets int_value
check_int() {
  _v=$(trim "$2")
  case $_v in
    '' | *[!0-9]*)
      error "input '$1' must be an integer from $3 to $4, got '$2'"
      bad_inputs=1
      return 0
      ;;
  esac
  _n=${_v#"${_v%%[!0]*}"}
  [ -n "$_n" ] || _n=0
  if [ "${#_n}" -gt 3 ] || [ "$_n" -lt "$3" ] || [ "$_n" -gt "$4" ]; then
    error "input '$1' must be an integer from $3 to $4, got '$2'"
    bad_inputs=1
    return 0
  fi
  int_value=$_n
}

# check_duration NAME VALUE -> sets duration_s: the duration rounded up to whole seconds, 0s..1h.
# The forms of the node actions' duration inputs: digits with an optional fraction and unit.
check_duration() {
  _v=$(trim "$2")
  _unit=1000
  case $_v in
    *ms) _unit=1 _v=${_v%ms} ;;
    *s) _v=${_v%s} ;;
    *m) _unit=60000 _v=${_v%m} ;;
    *h) _unit=3600000 _v=${_v%h} ;;
  esac
  _int=${_v%%.*}
  _frac=
  case $_v in *.*) _frac=${_v#*.} ;; esac
  _ok=1
  case $_int in '' | *[!0-9]*) _ok=0 ;; esac
  case $_v in *.*) case $_frac in '' | *[!0-9]*) _ok=0 ;; esac ;; esac
  if [ "$_ok" -eq 0 ] || [ "${#_int}" -gt 7 ] || [ "${#_frac}" -gt 3 ]; then
    error "input '$1' must be a duration such as '500ms', '30s', '5m', '1h' or a bare number of seconds, got '$2'"
    bad_inputs=1
    return 0
  fi
  # Leading zeros off: the shell reads 08 as a bad octal number.
  _int=${_int#"${_int%%[!0]*}"}
  _f=${_frac#"${_frac%%[!0]*}"}
  _scale=1
  _i=0
  while [ "$_i" -lt "${#_frac}" ]; do
    _scale=$((_scale * 10))
    _i=$((_i + 1))
  done
  _ms=$((${_int:-0} * _unit + ${_f:-0} * _unit / _scale))
  if [ "$_ms" -gt 3600000 ]; then
    error "input '$1' must be a duration from 0ms to 1h, got '$2'"
    bad_inputs=1
    return 0
  fi
  duration_s=$(((_ms + 999) / 1000))
}

int_value=0
check_int attempts "${BOOTSTRAP_ATTEMPTS-20}" 1 100
ATTEMPTS=$int_value
check_int delay "${BOOTSTRAP_DELAY-5}" 0 300
DELAY=$int_value
duration_s=0
check_duration retry-budget "${BOOTSTRAP_RETRY_BUDGET-2m}"
BUDGET=$duration_s
BUDGET_TEXT=$(trim "${BOOTSTRAP_RETRY_BUDGET-2m}")

node_raw=${BOOTSTRAP_NODE-false}
case $(trim "$node_raw") in
  true | True | TRUE) WANT_NODE=1 ;;
  false | False | FALSE | '') WANT_NODE=0 ;;
  *)
    error "input 'node' must be one of true, True, TRUE, false, False, FALSE, got '$node_raw'"
    bad_inputs=1
    WANT_NODE=0
    ;;
esac

# Split the package list on blanks and newlines, without glob expansion; drop duplicates.
PACKAGES=
set -f
for _p in ${BOOTSTRAP_PACKAGES-}; do
  case $_p in
    [A-Za-z0-9]*) ;;
    *) _p="!$_p" ;;
  esac
  case $_p in
    *[!A-Za-z0-9.+_:=~-]*)
      error "input 'packages' must list package names made of letters, digits and . + _ : = ~ - (starting with a letter or digit), separated by spaces or newlines; got '${_p#!}'"
      bad_inputs=1
      continue
      ;;
  esac
  case " $PACKAGES " in
    *" $_p "*) ;;
    *) PACKAGES="${PACKAGES:+$PACKAGES }$_p" ;;
  esac
done
set +f

[ "$bad_inputs" -eq 0 ] || exit 1

# --- outputs -------------------------------------------------------------------------------

set_output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  else
    printf '%s=%s\n' "$1" "$2"
  fi
}

# --- flake ledger --------------------------------------------------------------------------

LEDGER=${CI_ACTIONS_LEDGER:-}
[ -n "$LEDGER" ] || [ -z "${RUNNER_TEMP:-}" ] || LEDGER=$RUNNER_TEMP/ci-actions/ledger.jsonl
FAULTS=0
LEDGER_BROKEN=0

# json_string VALUE: VALUE as a JSON string, quotes included (\ " and control characters escaped).
json_string() {
  case $1 in
    *[\\\"[:cntrl:]]*) ;;
    *)
      printf '"%s"' "$1"
      return 0
      ;;
  esac
  _in=$1
  _out=
  while [ -n "$_in" ]; do
    _rest=${_in#?}
    _c=${_in%"$_rest"}
    _in=$_rest
    case $_c in
      \\) _out="$_out\\\\" ;;
      \") _out="$_out\\\"" ;;
      "$NL") _out="$_out\\n" ;;
      "$CR") _out="$_out\\r" ;;
      [[:cntrl:]]) _out="$_out$(printf '\\u%04x' "'$_c")" ;;
      *) _out="$_out$_c" ;;
    esac
  done
  printf '"%s"' "$_out"
}

# redact TEXT: URLs without userinfo, query or fragment; at most 300 bytes. Without sed the text
# is not recorded.
redact() {
  command -v sed >/dev/null 2>&1 || {
    printf '(not recorded: no sed)'
    return 0
  }
  printf '%.300s' "$(printf '%s\n' "$1" | sed -e 's|\(://\)[^/@[:space:]]*@|\1|g' \
    -e 's|\(://[^[:space:]?#]*\)[?#][^[:space:]]*|\1|g')"
}

# ledger KIND TARGET ATTEMPT ERROR WAITED_MS OUTCOME: appends one line with one write; a ledger
# that cannot be written warns once and never fails the step.
ledger() {
  case $1 in
    unabsorbed) ;;
    *) FAULTS=$((FAULTS + 1)) ;;
  esac
  [ -n "$LEDGER" ] && [ "$LEDGER_BROKEN" -eq 0 ] || return 0
  _ts=$(date -u +%Y-%m-%dT%H:%M:%SZ 2>/dev/null) || _ts=
  _line="{\"v\":1,\"ts\":$(json_string "$_ts"),\"job\":$(json_string "${GITHUB_JOB:-}"),\"action\":\"bootstrap\",\"step\":$(json_string "${GITHUB_ACTION:-}"),\"kind\":\"$1\",\"target\":$(json_string "$2"),\"attempt\":$3,\"error\":$(json_string "$(redact "$4")"),\"waited_ms\":$5,\"outcome\":\"$6\"}"
  case $LEDGER in
    */*) mkdir -p "${LEDGER%/*}" 2>/dev/null || : ;;
  esac
  if ! { printf '%s\n' "$_line" >>"$LEDGER"; } 2>/dev/null; then
    LEDGER_BROKEN=1
    warning "the flake ledger $LEDGER cannot be written; faults are not recorded for the rest of this step"
  fi
}

# --- node ----------------------------------------------------------------------------------

# Prints node's version (e.g. v22.11.0) or nothing when node is missing or does not run.
node_version() {
  command -v node >/dev/null 2>&1 || return 0
  _nv=$(node --version 2>/dev/null) || _nv=
  printf '%s' "$_nv"
}

# node_ok VERSION: true when VERSION (vMAJOR.MINOR.PATCH) has MAJOR >= NODE_MIN.
node_ok() {
  _major=${1#v}
  _major=${_major%%.*}
  case $_major in
    '' | *[!0-9]*) return 1 ;;
  esac
  [ "${#_major}" -le 4 ] && [ "$_major" -ge "$NODE_MIN" ]
}

# --- package manager -----------------------------------------------------------------------

PM=
for _pm in apt-get apk dnf microdnf yum; do
  if command -v "$_pm" >/dev/null 2>&1; then
    PM=$_pm
    break
  fi
done

# is_installed SPEC: true when the package is already installed (a missing query tool -> false).
is_installed() {
  case $PM in
    apt-get)
      command -v dpkg-query >/dev/null 2>&1 || return 1
      case $1 in
        *=*)
          _st=$(dpkg-query -W -f='${Status} ${Version}' "${1%%=*}" 2>/dev/null) || return 1
          [ "$_st" = "install ok installed ${1#*=}" ] || [ "$_st" = "hold ok installed ${1#*=}" ]
          ;;
        *)
          _st=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) || return 1
          case $_st in
            *" ok installed") return 0 ;;
            *) return 1 ;;
          esac
          ;;
      esac
      ;;
    apk)
      # apk info -e takes plain names; a versioned spec is always handed to apk add (idempotent).
      case $1 in
        *[=~]*) return 1 ;;
      esac
      apk info -e "$1" >/dev/null 2>&1
      ;;
    dnf | microdnf | yum)
      command -v rpm >/dev/null 2>&1 || return 1
      rpm -q "$1" >/dev/null 2>&1
      ;;
    *) return 1 ;;
  esac
}

# --- running as root -----------------------------------------------------------------------

USE_SUDO=0
as_root() {
  if [ "$USE_SUDO" -eq 1 ]; then
    sudo -n "$@"
  else
    "$@"
  fi
}

setup_root() {
  _uid=$(id -u)
  [ "$_uid" = 0 ] && return 0
  if ! command -v sudo >/dev/null 2>&1; then
    die "running as uid $_uid, not root, and 'sudo' is not on PATH; run the job as root (for a container job: options: --user root) or use an image with sudo"
  fi
  if ! _se=$(sudo -n true 2>&1); then
    die "running as uid $_uid, not root, and 'sudo -n' cannot run commands without a password: $_se"
  fi
  USE_SUDO=1
  log "running as uid $_uid; package manager commands go through 'sudo -n'"
}

# --- retries -------------------------------------------------------------------------------

# RUNNER_TEMP may name a host directory that a container job cannot write to: fall back to /tmp.
TMP_DIR=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/bootstrap.XXXXXX" 2>/dev/null) ||
  TMP_DIR=$(mktemp -d "${TMPDIR:-/tmp}/bootstrap.XXXXXX" 2>/dev/null) ||
  { TMP_DIR=${TMPDIR:-/tmp}/bootstrap.$$ && mkdir -m 700 "$TMP_DIR"; }
trap 'rm -rf "$TMP_DIR"' EXIT
ERR_FILE=$TMP_DIR/stderr
RC_FILE=$TMP_DIR/rc

# Reads ERR_FILE: sets last_line (last non-blank stderr line) and permanent (1 when the error
# cannot be cured by retrying: the package is unknown to the index).
scan_stderr() {
  last_line=
  permanent=0
  while IFS= read -r _line || [ -n "$_line" ]; do
    _line=${_line%"$CR"}
    case $_line in
      *[![:space:]]*) last_line=$(trim "$_line") ;;
    esac
    case $_line in
      *'Unable to locate package'* | *'has no installation candidate'* | *'(no such package)'* | \
        *'No match for argument'* | *'Unable to find a match'*)
        permanent=1
        ;;
    esac
  done <"$ERR_FILE"
}

# run_logged CMD...: runs CMD as root; stdout and stderr stay in the log, stderr is also copied
# to ERR_FILE. Returns CMD's exit code.
run_logged() {
  : >"$ERR_FILE"
  printf '1\n' >"$RC_FILE"
  { { as_root "$@" 2>&1 1>&3 3>&- && _rc=0 || _rc=$?; printf '%s\n' "$_rc" >"$RC_FILE"; } |
    tee "$ERR_FILE" 1>&2; } 3>&1
  read -r _rc <"$RC_FILE" || _rc=1
  return "$_rc"
}

# Seconds since the epoch, or nothing where date cannot say (then only the waits are counted).
now_s() {
  _now=$(date +%s 2>/dev/null) || _now=
  case $_now in '' | *[!0-9]*) _now= ;; esac
  printf '%s' "$_now"
}

# jittered SECONDS -> sets jitter_s: 50-100% of SECONDS, rounded up.
jittered() {
  _pct=${BOOTSTRAP_RANDOM-}
  if [ -z "$_pct" ]; then
    _r=$(od -An -N2 -tu2 /dev/urandom 2>/dev/null) || _r=
    _r=$(trim "$_r")
    case $_r in '' | *[!0-9]*) _r=$(($$ * 7 + _attempt * 13)) ;; esac
    _pct=$((_r % 101))
  fi
  jitter_s=$((($1 * (50 + _pct / 2) + 99) / 100))
}

WARNED=
# with_retries LABEL CMD...: runs CMD with doubling, jittered waits until it succeeds, fails for
# good, ATTEMPTS runs were made or the retry budget (from the first failure) is spent.
with_retries() {
  _label=$1
  shift
  _attempt=1
  _wait=$DELAY
  _cap=15
  [ "$DELAY" -le "$_cap" ] || _cap=$DELAY
  _first=
  _slept=0
  while :; do
    log "$_label (attempt $_attempt of at most $ATTEMPTS)"
    if run_logged "$@"; then
      return 0
    else
      _rc=$?
    fi
    scan_stderr
    [ -n "$last_line" ] || last_line="exit code $_rc, no error output"
    if [ "$permanent" -eq 1 ] || [ "$_attempt" -ge "$ATTEMPTS" ]; then
      ledger unabsorbed "$_label" "$_attempt" "exit code $_rc: $last_line" 0 failed
      set_output faults-absorbed "$FAULTS"
    fi
    if [ "$permanent" -eq 1 ]; then
      _s=s
      [ "$_attempt" -ne 1 ] || _s=
      die "$_label failed after $_attempt attempt$_s (not retried: the package is unknown to the package index): $last_line"
    fi
    _s=s
    [ "$_attempt" -ne 1 ] || _s=
    if [ "$_attempt" -ge "$ATTEMPTS" ]; then
      die "$_label failed after $_attempt attempt$_s: $last_line"
    fi
    _t=$(now_s)
    [ -n "$_first" ] || _first=${_t:-0}
    _elapsed=$_slept
    [ -z "$_t" ] || [ $((_t - _first)) -le "$_elapsed" ] || _elapsed=$((_t - _first))
    _left=$((BUDGET - _elapsed))
    if [ "$_left" -le 0 ]; then
      die "$_label failed after $_attempt attempt$_s (retry-budget $BUDGET_TEXT spent): $last_line"
    fi
    jittered "$_wait"
    [ "$jitter_s" -le "$_left" ] || jitter_s=$_left
    ledger package-retry "$_label" "$_attempt" "exit code $_rc: $last_line" $((jitter_s * 1000)) retried
    # A warning for the first failure of each command, plain lines for its further attempts.
    case $WARNED in
      *"|$_label|"*) log "$_label failed with exit code $_rc (attempt $_attempt of at most $ATTEMPTS); retrying in ${jitter_s}s" ;;
      *)
        WARNED="$WARNED|$_label|"
        warning "$_label failed with exit code $_rc (attempt $_attempt of at most $ATTEMPTS): $last_line; retrying in ${jitter_s}s"
        ;;
    esac
    "$SLEEP_CMD" "$jitter_s"
    _slept=$((_slept + jitter_s))
    _attempt=$((_attempt + 1))
    _wait=$((_wait * 2))
    [ "$_wait" -le "$_cap" ] || _wait=$_cap
  done
}

# --- install -------------------------------------------------------------------------------

# True when apt's lists directory holds no downloaded index (a fresh container image).
apt_lists_empty() {
  for _f in "$APT_LISTS"/*; do
    case ${_f##*/} in
      '*' | lock | partial | auxfiles) ;;
      *) return 1 ;;
    esac
  done
  return 0
}

install_packages() {
  set -f
  # shellcheck disable=SC2086 # TO_INSTALL is a validated, blank-separated list
  set -- $TO_INSTALL
  set +f
  case $PM in
    apt-get)
      _clean=0
      apt_lists_empty && _clean=1
      _apt="-o Acquire::Retries=3 -o Acquire::http::Timeout=30 -o Acquire::https::Timeout=30 -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=120"
      set -f
      # shellcheck disable=SC2086 # _apt is a fixed option list
      with_retries "apt-get update" env DEBIAN_FRONTEND=noninteractive \
        apt-get $_apt -o APT::Update::Error-Mode=any update -qq
      # shellcheck disable=SC2086
      with_retries "apt-get install" env DEBIAN_FRONTEND=noninteractive \
        apt-get $_apt install -y -qq --no-install-recommends "$@"
      set +f
      if [ "$_clean" -eq 1 ]; then
        log "removing apt's package lists ($APT_LISTS), which were empty before"
        as_root rm -rf "$APT_LISTS"/* || log "could not remove $APT_LISTS/* (ignored)"
      else
        log "keeping apt's package lists, which existed before this step"
      fi
      ;;
    apk)
      with_retries "apk add" apk add --no-cache "$@"
      ;;
    dnf)
      with_retries "dnf makecache" dnf -y makecache
      with_retries "dnf install" dnf -y --setopt=install_weak_deps=False install "$@"
      as_root dnf clean all >/dev/null 2>&1 || log "dnf clean all failed (ignored)"
      ;;
    microdnf)
      with_retries "microdnf install" microdnf -y install "$@"
      as_root microdnf clean all >/dev/null 2>&1 || log "microdnf clean all failed (ignored)"
      ;;
    yum)
      with_retries "yum makecache" yum -y makecache
      with_retries "yum install" yum -y install "$@"
      as_root yum clean all >/dev/null 2>&1 || log "yum clean all failed (ignored)"
      ;;
  esac
}

# --- main ----------------------------------------------------------------------------------

WANTED=$PACKAGES
NODE_BEFORE=
if [ "$WANT_NODE" -eq 1 ]; then
  NODE_BEFORE=$(node_version)
  if node_ok "$NODE_BEFORE"; then
    log "node $NODE_BEFORE is on PATH (>= $NODE_MIN required); not installing nodejs"
    WANT_NODE=0
  else
    if [ -n "$NODE_BEFORE" ]; then
      log "node $NODE_BEFORE on PATH is older than $NODE_MIN; installing the distribution's nodejs"
    else
      log "node is not on PATH; installing the distribution's nodejs"
    fi
    case " $WANTED " in
      *" nodejs "*) ;;
      *) WANTED="${WANTED:+$WANTED }nodejs" ;;
    esac
  fi
fi

if [ -z "$WANTED" ]; then
  log "nothing requested; nothing to install"
  set_output installed ''
  set_output package-manager "$PM"
  set_output faults-absorbed 0
  exit 0
fi

if [ -z "$PM" ]; then
  die "no supported package manager found on PATH (looked for apt-get, apk, dnf, microdnf, yum); cannot install: $WANTED"
fi
log "package manager: $PM"

TO_INSTALL=
for _p in $WANTED; do
  if is_installed "$_p"; then
    log "$_p is already installed; skipping"
  else
    TO_INSTALL="${TO_INSTALL:+$TO_INSTALL }$_p"
  fi
done

if [ -n "$TO_INSTALL" ]; then
  setup_root
  log "installing with $PM: $TO_INSTALL"
  install_packages
  log "installed: $TO_INSTALL"
else
  log "all requested packages are already installed; nothing to do"
fi

if [ "$WANT_NODE" -eq 1 ]; then
  hash -r 2>/dev/null || true
  NODE_AFTER=$(node_version)
  if [ -z "$NODE_AFTER" ]; then
    die "input 'node' is true but no working 'node' is on PATH after installing the distribution's nodejs package with $PM; use an image that ships Node.js $NODE_MIN or newer (e.g. node:22-bookworm) or install Node.js from NodeSource"
  fi
  if ! node_ok "$NODE_AFTER"; then
    die "input 'node' is true but the distribution's nodejs is too old: node $NODE_AFTER found, $NODE_MIN or newer required (Debian bookworm ships 18, trixie 20); use an image that ships Node.js $NODE_MIN or newer (e.g. node:22-bookworm) or install Node.js from NodeSource before this step"
  fi
  log "node $NODE_AFTER is on PATH"
fi

set_output installed "$TO_INSTALL"
set_output package-manager "$PM"
set_output faults-absorbed "$FAULTS"

#!/usr/bin/env bash
# What the container jobs of the e2e suite need, prepared once per machine and reused (idempotent):
#
#   scripts/e2e/containers.sh engine    # docker.io debootstrap dpkg-dev installed; a Docker daemon answering
#   scripts/e2e/containers.sh image     # the stand-in image python:3.13-slim (Debian 13 minbase + python3)
#   scripts/e2e/containers.sh apt-repo  # $C/apt-repository: flat apt repository of nodejs git curl tar docker.io
#                                       # docker-cli + dependencies (docker: the image's dind variant)
#   scripts/e2e/containers.sh pypi      # $C/pypi-simple: PEP 503 index over $C/wheels (+ PYPI_EXTRA_WHEELS dirs)
#   scripts/e2e/containers.sh all       # all of the above, in that order
#   scripts/e2e/containers.sh stop      # stops the daemon only if this script started it
#   scripts/e2e/containers.sh env       # APT_REPO_DIR PYPI_SIMPLE_DIR CONTAINER_IMAGE DOCKER_READY as KEY=VALUE
#
# $C = ${CI_ACTIONS_CACHE:-$HOME/.cache/ci-actions}. The daemon runs with --bridge=none --iptables=false
# --ip6tables=false: containers use the host network only and nothing but 127.0.0.1 is ever addressed. The
# Debian mirrors are reached only to build the rootfs and to download the .debs of the apt repository; jobs
# then get every package from the local mirror (scripts/lib/mirror.mjs serves $C/apt-repository under /apt/).
# Each step prints `reused`/`built` and its time. Exit status: 0 ready, non-zero on failure (reason printed).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
C="${CI_ACTIONS_CACHE:-$HOME/.cache/ci-actions}"
IMAGE=python:3.13-slim
SUITE=trixie
ROOTFS="$C/python-3.13-slim-rootfs"
# Not $C/apt-repo: that older repository (without docker.io) stays as it was for checkouts that still use it.
APT_REPO="$C/apt-repository"
APT_PACKAGES="nodejs git curl tar docker.io docker-cli"
PYPI_SIMPLE="$C/pypi-simple"
DOCKERD_DIR="$C/dockerd"

log() { printf '[containers] %s\n' "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1fs", b-a}'; }
die() {
  log "$*"
  exit 1
}

docker_answers() { docker info >/dev/null 2>&1; }

apt_install() {
  # A policy-rc.d that forbids service starts, so installing docker.io never starts a daemon with a bridge.
  local policy=/usr/sbin/policy-rc.d added=0 i
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    added=1
  fi
  for i in 1 2 3; do
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"; then
      [ "$added" = 0 ] || rm -f "$policy"
      return 0
    fi
    sleep $((i * 5))
  done
  [ "$added" = 0 ] || rm -f "$policy"
  return 1
}

cmd_engine() {
  local t0 missing=() pid launcher
  t0=$(now)
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker >/dev/null || missing+=(docker.io)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v dpkg-scanpackages >/dev/null || missing+=(dpkg-dev)
  if [ ${#missing[@]} -gt 0 ]; then
    log "engine: apt-get install ${missing[*]}"
    [ "$(id -u)" = 0 ] || die "engine: ${missing[*]} missing and not root"
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    apt_install "${missing[@]}" || die "engine: apt-get install ${missing[*]} failed"
  fi
  if docker_answers; then
    log "engine: reused (a daemon answers: $(docker info --format '{{.ServerVersion}}' 2>/dev/null)) $(elapsed "$t0")"
    return 0
  fi
  [ "$(id -u)" = 0 ] || die "engine: no Docker daemon answers and not root, cannot start one"
  mkdir -p "$DOCKERD_DIR"
  # A bridge left over from a daemon started with defaults: remove it so that nothing routes through it.
  if ip link show docker0 >/dev/null 2>&1; then
    log "engine: deleting leftover docker0 link"
    ip link delete docker0 || die "engine: could not delete the leftover docker0 link"
  fi
  log "engine: starting dockerd --bridge=none --iptables=false --ip6tables=false (log $DOCKERD_DIR/dockerd.log)"
  rm -f "$DOCKERD_DIR/dockerd.pid" "$DOCKERD_DIR/started"
  # Own session, so the daemon outlives this script; its own pid file (removed by dockerd when it exits).
  setsid dockerd --bridge=none --iptables=false --ip6tables=false --pidfile "$DOCKERD_DIR/dockerd.pid" \
    </dev/null >>"$DOCKERD_DIR/dockerd.log" 2>&1 &
  launcher=$!
  alive() {
    kill -0 "$launcher" 2>/dev/null ||
      { [ -s "$DOCKERD_DIR/dockerd.pid" ] && kill -0 "$(cat "$DOCKERD_DIR/dockerd.pid")" 2>/dev/null; }
  }
  for _ in $(seq 1 600); do
    docker_answers && break
    alive || {
      tail -n 20 "$DOCKERD_DIR/dockerd.log" >&2
      die "engine: dockerd exited (log $DOCKERD_DIR/dockerd.log)"
    }
    sleep 0.1
  done
  docker_answers || die "engine: dockerd does not answer after 60 s (log $DOCKERD_DIR/dockerd.log)"
  pid=$(cat "$DOCKERD_DIR/dockerd.pid")
  # `stop` stops only a daemon recorded here.
  echo "$pid" >"$DOCKERD_DIR/started"
  log "engine: started dockerd pid $pid $(elapsed "$t0")"
}

cmd_image() {
  local t0 t1
  t0=$(now)
  if docker image inspect "$IMAGE" >/dev/null 2>&1; then
    log "image $IMAGE: reused $(elapsed "$t0")"
    return 0
  fi
  if [ ! -x "$ROOTFS/usr/bin/python3" ] || [ ! -f "$ROOTFS/etc/debian_version" ]; then
    log "image: debootstrap --variant=minbase --include=python3,ca-certificates $SUITE $ROOTFS ..."
    rm -rf "$ROOTFS.tmp"
    debootstrap --variant=minbase --include=python3,ca-certificates "$SUITE" "$ROOTFS.tmp" \
      >"$C/debootstrap.log" 2>&1 || {
      tail -n 20 "$C/debootstrap.log" >&2
      die "image: debootstrap failed (log $C/debootstrap.log)"
    }
    # Like the published slim images: no apt lists, no .deb cache.
    rm -rf "$ROOTFS.tmp"/var/lib/apt/lists/* "$ROOTFS.tmp"/var/cache/apt/archives/*.deb \
      "$ROOTFS.tmp"/var/cache/apt/*.bin
    mkdir -p "$ROOTFS.tmp/var/lib/apt/lists/partial" "$ROOTFS.tmp/var/cache/apt/archives/partial"
    rm -rf "$ROOTFS"
    mv "$ROOTFS.tmp" "$ROOTFS"
    log "image: debootstrap $(elapsed "$t0")"
  fi
  t1=$(now)
  tar -C "$ROOTFS" -c . | docker import - "$IMAGE" >/dev/null || die "image: docker import failed"
  log "image $IMAGE: imported $(elapsed "$t1") (total $(elapsed "$t0"))"
}

# A flat repository is complete when its index exists and every .deb it names is present.
apt_repo_complete() {
  [ -f "$APT_REPO/Packages" ] && [ -f "$APT_REPO/Packages.gz" ] && [ -f "$APT_REPO/Release" ] || return 1
  [ "$(cat "$APT_REPO/.packages" 2>/dev/null)" = "$APT_PACKAGES" ] || return 1
  local f
  while read -r f; do
    [ -f "$APT_REPO/$f" ] || return 1
  done < <(sed -n 's/^Filename: //p' "$APT_REPO/Packages")
}

# Release file (unsigned; jobs use [trusted=yes]) so apt finds the index hashes without warnings.
write_release() {
  local dir="$1" f
  {
    echo "Origin: ci-actions e2e"
    echo "Label: ci-actions e2e"
    echo "Date: $(LC_ALL=C date -u -d @0 '+%a, %d %b %Y %H:%M:%S UTC')"
    echo "SHA256:"
    for f in Packages Packages.gz; do
      printf ' %s %s %s\n' "$(sha256sum "$dir/$f" | cut -d' ' -f1)" "$(stat -c %s "$dir/$f")" "$f"
    done
  } >"$dir/Release"
}

cmd_apt_repo() {
  local t0 tmp
  t0=$(now)
  if apt_repo_complete; then
    log "apt-repo: reused ($APT_REPO, $(grep -c '^Package:' "$APT_REPO/Packages") packages) $(elapsed "$t0")"
    return 0
  fi
  docker image inspect "$IMAGE" >/dev/null 2>&1 || die "apt-repo: image $IMAGE missing (run: $0 image)"
  tmp="$APT_REPO.tmp"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  log "apt-repo: apt-get install --download-only $APT_PACKAGES in $IMAGE (Debian's mirrors, this once) ..."
  # --network host: no bridge. The .debs land in the bind mount; the container is removed afterwards.
  docker run --rm --network host -v "$tmp:/out" "$IMAGE" sh -ec "
    mkdir -p /out/partial
    for i in 1 2 3; do apt-get update -qq && break; sleep \$((i * 5)); done
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends --download-only \
      -o Acquire::Retries=3 -o Dir::Cache::archives=/out $APT_PACKAGES
    rm -rf /out/partial /out/lock
    chown -R $(id -u):$(id -g) /out" >"$C/apt-repo.log" 2>&1 || {
    tail -n 20 "$C/apt-repo.log" >&2
    die "apt-repo: download failed (log $C/apt-repo.log)"
  }
  ls "$tmp"/*.deb >/dev/null 2>&1 || die "apt-repo: no .deb downloaded (log $C/apt-repo.log)"
  # apt's cache names carry the epoch as %3a; pool names drop it (a URL-decoding server would miss the file).
  local f
  for f in "$tmp"/*%3a*.deb; do
    [ -e "$f" ] || continue
    mv "$f" "$(dirname "$f")/$(basename "$f" | sed 's/_[0-9]*%3a/_/')"
  done
  (cd "$tmp" && dpkg-scanpackages --multiversion . /dev/null 2>/dev/null >Packages && gzip -9nc Packages >Packages.gz)
  write_release "$tmp"
  echo "$APT_PACKAGES" >"$tmp/.packages"
  rm -rf "$APT_REPO"
  mv "$tmp" "$APT_REPO"
  apt_repo_complete || die "apt-repo: $APT_REPO is incomplete after building it"
  log "apt-repo: built ($APT_REPO, $(grep -c '^Package:' "$APT_REPO/Packages") packages, $(du -sh "$APT_REPO" | cut -f1)) $(elapsed "$t0")"
}

cmd_pypi() {
  local t0 dirs
  t0=$(now)
  bash "$HERE/tools.sh" uv nox wheels >&2 || die "pypi: tools.sh wheels failed"
  dirs="$C/wheels${PYPI_EXTRA_WHEELS:+:$PYPI_EXTRA_WHEELS}"
  node "$HERE/pypi-index.mjs" --out "$PYPI_SIMPLE" --wheels "$dirs" || die "pypi: index generation failed"
  log "pypi: $PYPI_SIMPLE $(elapsed "$t0")"
}

cmd_stop() {
  local pid
  if [ ! -f "$DOCKERD_DIR/started" ]; then
    log "stop: the daemon was not started by this script; left alone"
    return 0
  fi
  pid=$(cat "$DOCKERD_DIR/started")
  if kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ]; then
    kill "$pid"
    for _ in $(seq 1 300); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && die "stop: dockerd pid $pid still running after 30 s"
    log "stop: dockerd pid $pid stopped"
  else
    log "stop: dockerd pid $pid is not running"
  fi
  rm -f "$DOCKERD_DIR/started"
}

cmd_env() {
  echo "APT_REPO_DIR=$APT_REPO"
  echo "PYPI_SIMPLE_DIR=$PYPI_SIMPLE"
  echo "CONTAINER_IMAGE=$IMAGE"
  if docker_answers && docker image inspect "$IMAGE" >/dev/null 2>&1; then
    echo "DOCKER_READY=1"
  else
    echo "DOCKER_READY=0"
  fi
}

[ $# -gt 0 ] || {
  sed -n '2,10p' "$0"
  exit 2
}
for target in "$@"; do
  case "$target" in
  engine) cmd_engine ;;
  image) cmd_image ;;
  apt-repo) cmd_apt_repo ;;
  pypi) cmd_pypi ;;
  all)
    T_ALL=$(now)
    cmd_engine
    cmd_image
    cmd_apt_repo
    cmd_pypi
    log "all: ready $(elapsed "$T_ALL")"
    ;;
  stop) cmd_stop ;;
  env) cmd_env ;;
  -h | --help) sed -n '2,18p' "$0" ;;
  *) die "unknown target '$target' (engine image apt-repo pypi all stop env)" ;;
  esac
done

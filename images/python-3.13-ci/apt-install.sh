#!/bin/sh
# apt-get install with retries for the image builds: no lists and no .debs are left behind.
#   APT_SOURCE  one sources.list line used instead of the base image's Debian sources during the install
#               (the local mirror in tests); the base image's own sources are put back afterwards.
# Usage: sh apt-install.sh PACKAGE...
set -eu

restore() {
  [ -d /tmp/apt-sources.orig ] || return 0
  rm -rf /etc/apt/sources.list.d
  mv /tmp/apt-sources.orig/sources.list.d /etc/apt/sources.list.d
  [ ! -e /tmp/apt-sources.orig/sources.list ] || mv /tmp/apt-sources.orig/sources.list /etc/apt/sources.list
  rm -rf /tmp/apt-sources.orig
}
trap restore EXIT

if [ -n "${APT_SOURCE:-}" ]; then
  mkdir -p /tmp/apt-sources.orig /etc/apt/sources.list.d
  [ ! -e /etc/apt/sources.list ] || mv /etc/apt/sources.list /tmp/apt-sources.orig/sources.list
  mv /etc/apt/sources.list.d /tmp/apt-sources.orig/sources.list.d
  mkdir -p /etc/apt/sources.list.d
  printf '%s\n' "$APT_SOURCE" >/etc/apt/sources.list.d/image-build.list
fi

opts="-o Acquire::Retries=5 -o Acquire::http::Timeout=30 -o Acquire::https::Timeout=30 -o Dpkg::Use-Pty=0"
attempt=1
# shellcheck disable=SC2086 # opts is a fixed option list
until apt-get $opts -o APT::Update::Error-Mode=any update -qq &&
  DEBIAN_FRONTEND=noninteractive apt-get $opts install -y -qq --no-install-recommends "$@"; do
  if [ "$attempt" -ge 5 ]; then
    echo "apt-install: apt-get failed after $attempt attempts" >&2
    exit 1
  fi
  echo "apt-install: attempt $attempt failed; retrying in $((attempt * 5))s" >&2
  sleep $((attempt * 5))
  attempt=$((attempt + 1))
done
apt-get clean
rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/log/apt/* /var/log/dpkg.log

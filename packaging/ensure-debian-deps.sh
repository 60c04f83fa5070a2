#!/bin/sh
# Installs the Debian packages of the given groups (run, test) when missing.
# As root on Debian: apt-get install. Elsewhere: prints the exact command to run, and carries on.
set -eu
here=$(dirname "$0")
missing=""
for group in "$@"; do
  pkgs=$(sed -n "s/^$group: //p" "$here/debian-packages.txt")
  for p in $pkgs; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "chargedesk: not a Debian system; make sure the equivalents of these packages are installed:$missing" >&2
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  echo "chargedesk: installing Debian packages:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends $missing >/dev/null 2>&1 || {
    apt-get update -qq >/dev/null && apt-get install -y --no-install-recommends $missing >/dev/null
  }
else
  echo "chargedesk: missing Debian packages; run:" >&2
  echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
fi

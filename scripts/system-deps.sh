#!/usr/bin/env bash
# Installs the system tools Marsad uses that PyPI does not carry: Chromaprint's fpcalc (soundtrack
# fingerprints) and, for the test suite, a PostgreSQL server (the tests start a throwaway one on
# loopback). Debian/Ubuntu via apt; elsewhere it says what to install.
set -euo pipefail
need=()
command -v fpcalc >/dev/null 2>&1 || need+=(libchromaprint-tools)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  echo "installing ${need[*]} ..."
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  exit 0
fi
echo "missing: ${need[*]} (install Chromaprint's fpcalc and a PostgreSQL server, e.g. with brew)" >&2
exit 1

#!/usr/bin/env bash
# Installs the system tools Marsad uses that PyPI does not carry: Chromaprint's fpcalc (soundtrack
# fingerprints). Debian/Ubuntu via apt; elsewhere it says what to install.
set -euo pipefail
if command -v fpcalc >/dev/null 2>&1; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  echo "installing Chromaprint's fpcalc (libchromaprint-tools)..."
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libchromaprint-tools >/dev/null
  exit 0
fi
echo "fpcalc (Chromaprint) is missing: install chromaprint's command-line tool, e.g. 'brew install chromaprint'" >&2
exit 1

#!/usr/bin/env bash
# The Windows release of CCHC Desktop, built on Linux (Debian 12) under Wine, from a clean checkout:
#
#   packaging/windows/build.sh            dist/CCHC Desktop/ and dist/CCHC-Desktop-<version>-setup.exe
#   packaging/windows/build.sh --test     ... then smoke-test the installer under Wine (install, CLI, window,
#                                         uninstall); screenshots and PDFs in dist/smoke/
#   packaging/windows/build.sh --pytest   ... then run the test suite on Windows CPython 3.12 under Wine
#   packaging/windows/build.sh --no-build --pytest [-- PYTEST ARGS]   only the Windows test run
#
# Installs what it needs: Wine (64- and 32-bit) and MinGW from Debian, uv from PyPI, Inno Setup from npm; the
# Windows CPython and wheels come from PyPI through uv.lock. Exit status non-zero on any failure, with the step.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(wine wine64 wine32:i386 gcc-mingw-w64-x86-64 xvfb xauth xdotool imagemagick)
# npm comes with Node.js on some machines: ask Debian for it only when there is none
if ! command -v npm >/dev/null 2>&1; then PACKAGES+=(nodejs npm); fi
missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "== Debian packages: ${missing[*]}"
    if ! dpkg --print-foreign-architectures | grep -qx i386; then $SUDO dpkg --add-architecture i386; fi
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export PATH="$HOME/.local/bin:$PATH"
if ! command -v uv >/dev/null 2>&1; then
    python3 -m pip install --quiet uv
fi

cd "$ROOT/packaging/windows"
exec uv run --frozen --project "$ROOT" python -m winekit "$@"

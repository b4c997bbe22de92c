"""Tooling of the Windows release built on Linux under Wine; run as ``python -m winekit`` (see build.sh)."""

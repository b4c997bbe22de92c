"""Entry point of ``cchc.exe`` in the frozen Windows build."""

from cchc_desktop.cli import run

run()

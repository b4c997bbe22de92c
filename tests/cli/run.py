"""Running ``cchc`` as a user does: a separate process, its output as text."""

from __future__ import annotations

import subprocess
import sys


def cchc(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m cchc_desktop.cli ARGS``: exit code, standard output and error (UTF-8)."""
    return subprocess.run([sys.executable, "-m", "cchc_desktop.cli", *args], capture_output=True, text=True,
                          encoding="utf-8")

"""A virtual X display (Xvfb) for starting the Windows program's window under Wine, and looking at it."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path


class VirtualDisplay:
    def __init__(self, size: str = "1600x1000x24"):
        self.size = size
        self.name = ""
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> VirtualDisplay:
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", self.size, "-nolisten", "tcp"],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert self.proc.stdout is not None
        number = self.proc.stdout.readline().decode().strip()
        if not number.isdigit():
            raise RuntimeError("Xvfb did not start")
        self.name = f":{number}"
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=30)

    def find_window(self, title_regex: str) -> str:
        """The id of a visible window whose title matches, or ''."""
        proc = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title_regex],
                              env={"DISPLAY": self.name}, capture_output=True, text=True)
        ids = proc.stdout.split()
        return ids[0] if ids else ""

    def screenshot(self) -> bytes:
        return subprocess.run(["import", "-display", self.name, "-window", "root", "png:-"],
                              capture_output=True, check=True).stdout

    def screenshot_when_settled(self, target: Path, timeout: float = 60) -> None:
        """Save the screen once two shots a second apart are the same (the window has finished painting)."""
        deadline = time.monotonic() + timeout
        previous = self.screenshot()
        while time.monotonic() < deadline:
            time.sleep(1)
            current = self.screenshot()
            if current == previous:
                break
            previous = current
        target.write_bytes(previous)

"""A Wine prefix for the Windows build and its tests, and running Windows programs in it from Linux."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import shims

# Wine's optional Mono and Gecko installers would open dialogs and wait; none of our programs needs them.
BASE_OVERRIDES = {"mscoree": "", "mshtml": ""}


class StepFailed(RuntimeError):
    """A named build or test step failed; the message says which and why."""


def winpath(path: Path | str) -> str:
    """The Windows view of a Linux path (Wine maps the Linux root to drive Z:)."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


class Prefix:
    def __init__(self, root: Path):
        self.root = root

    @property
    def drive_c(self) -> Path:
        return self.root / "drive_c"

    @property
    def system32(self) -> Path:
        return self.drive_c / "windows" / "system32"

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON", "VIRTUAL_ENV", "UV_"))}
        env.update(WINEPREFIX=str(self.root), WINEARCH="win64", WINEDEBUG=env.get("WINEDEBUG", "-all"))
        env["WINEDLLOVERRIDES"] = ";".join(f"{k}={v}" for k, v in BASE_OVERRIDES.items())
        env.update(extra or {})
        return env

    def run(self, step: str, args: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
            timeout: float = 1800, check: bool = True, quiet: bool = False) -> subprocess.CompletedProcess[str]:
        """Run a program under Wine; output is read through a pipe (Python under Wine dies when its standard
        streams are regular files) and echoed unless ``quiet``."""
        cmd = ["wine", *args]
        proc = subprocess.Popen(cmd, cwd=cwd, env=self.env({"PYTHONUNBUFFERED": "1", **(env or {})}),
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        chunks: list[bytes] = []
        deadline = time.monotonic() + timeout
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        while True:
            if time.monotonic() > deadline:
                proc.kill()
                raise StepFailed(f"{step}: timed out after {timeout:.0f} s")
            ready, _, _ = select.select([fd], [], [], 5)
            if not ready:
                if proc.poll() is not None:
                    break  # a Wine service that inherited the pipe may keep it open after the program ended
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
            if not quiet:
                sys.stdout.buffer.write(chunk)
                sys.stdout.flush()
        proc.wait()
        lines = b"".join(chunks).decode("utf-8", "replace").splitlines(keepends=True)
        result = subprocess.CompletedProcess(cmd, proc.returncode, "".join(lines), "")
        if check and proc.returncode != 0:
            tail = "".join(lines[-30:]) if quiet else ""
            raise StepFailed(f"{step}: exit status {proc.returncode}\n{tail}")
        return result

    def wait(self) -> None:
        subprocess.run(["wineserver", "-w"], env=self.env(), check=False)

    def kill(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env(), check=False, stderr=subprocess.DEVNULL)

    def create(self, shim_dir: Path) -> None:
        """A fresh 64-bit prefix set to Windows 10, with plain user folders and the test-only shims."""
        if self.root.exists():
            self.kill()
            shutil.rmtree(self.root)
        self.root.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["wineboot", "--init"], env=self.env(), check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600)
        self.wait()
        self.run("prefix: Windows 10", ["winecfg", "-v", "win10"], quiet=True)
        self._plain_user_folders()
        overrides = shims.install(shim_dir, self.system32)
        for dll, order in overrides.items():
            self.run(f"prefix: override {dll}", ["reg", "add", r"HKCU\Software\Wine\DllOverrides", "/v", dll,
                                                 "/d", order, "/f"], quiet=True)
        self.wait()

    def _plain_user_folders(self) -> None:
        """Wine links Documents, Desktop … to the Linux home; make them ordinary folders inside the prefix."""
        users = self.drive_c / "users"
        for user in users.iterdir():
            for entry in user.iterdir():
                if entry.is_symlink():
                    entry.unlink()
                    entry.mkdir()

    def user_dir(self) -> Path:
        users = [p for p in (self.drive_c / "users").iterdir() if p.name not in ("Public", "public")]
        return users[0]

    def local_appdata(self) -> Path:
        return self.user_dir() / "AppData" / "Local"

"""Smoke test of the built installer under Wine, as an office PC would use it.

Silent install; the command line (``--help``, ``demo``, ``db check``, ``tasks list``, ``notice pdf`` checked
against the layout tests, ``report analysis``); the window started on Xvfb until it shows, a screenshot,
closed with WM_CLOSE and exit status 0 with nothing in the crash log; silent uninstall that keeps user data.
Every failure raises :class:`StepFailed` naming the step.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .wine import Prefix, StepFailed, winpath
from .xdisplay import VirtualDisplay

APP_NAME = "CCHC Desktop"
HERE = Path(__file__).resolve().parent


def _step(name: str) -> None:
    print(f"\n== smoke: {name}", flush=True)


def _wait_for(step: str, condition: Callable[[], object], timeout: float, interval: float = 0.5) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise StepFailed(f"{step}: not reached within {timeout:.0f} s")


class Smoke:
    def __init__(self, root: Path, prefix: Prefix, installer: Path, python_exe: Path, out_dir: Path):
        self.root, self.prefix, self.installer, self.python_exe = root, prefix, installer, python_exe
        self.out = out_dir
        self.out.mkdir(parents=True, exist_ok=True)
        self.display = VirtualDisplay()
        self.app_dir = prefix.drive_c / "Program Files" / APP_NAME
        self.data_dir = prefix.local_appdata() / APP_NAME
        self.db = self.data_dir / "cchc.db"

    def cli(self, step: str, *args: str, timeout: float = 300) -> str:
        _step(step)
        result = self.wine(step, [winpath(self.app_dir / "cchc.exe"), *args], timeout=timeout)
        print(result.stdout[-2000:], flush=True)
        return result.stdout

    def wine(self, step: str, args: list[str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return self.prefix.run(step, args, env={"DISPLAY": self.display.name}, timeout=timeout, quiet=True)

    def run(self) -> None:
        # Inno Setup creates its (hidden) forms even when silent, and Wine needs a display for any window.
        with VirtualDisplay() as display:
            self.display = display
            self.install()
            self.command_line()
            self.window()
            self.uninstall()
        print("\n== smoke: all steps passed", flush=True)

    def install(self) -> None:
        _step("silent install")
        log = self.out / "install.log"
        self.wine("silent install", [winpath(self.installer), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
                                     f"/LOG={winpath(log)}"], timeout=600)
        self.prefix.wait()
        for needed in (self.app_dir / f"{APP_NAME}.exe", self.app_dir / "cchc.exe",
                       self.app_dir / "unins000.exe"):
            if not needed.is_file():
                raise StepFailed(f"silent install: {needed} missing")
        shortcuts = [self.prefix.drive_c / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs",
                     self.prefix.drive_c / "users" / "Public" / "Desktop"]
        for folder in shortcuts:
            if not (folder / f"{APP_NAME}.lnk").is_file():
                raise StepFailed(f"silent install: no shortcut in {folder}")
        if (self.prefix.drive_c / "Program Files (x86)" / APP_NAME).exists():
            raise StepFailed("silent install: installed into Program Files (x86), not the 64-bit folder")

    def command_line(self) -> None:
        if "cchc" not in self.cli("cchc --help", "--help"):
            raise StepFailed("cchc --help: no usage text")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.cli("cchc demo", "demo", "--db", winpath(self.db))
        self.cli("cchc db check", "db", "check", "--db", winpath(self.db))
        self.cli("cchc tasks list", "tasks", "list", "--db", winpath(self.db))
        notices = json.loads(self.cli("cchc notice list", "notice", "list", "--db", winpath(self.db),
                                      "--format", "json"))
        q1_2024 = next(n["id"] for n in notices if n["date"].endswith("2024"))
        pdf = self.out / "notice-2024.pdf"
        self.cli("cchc notice pdf", "notice", "pdf", str(q1_2024), "--db", winpath(self.db), "--out", winpath(pdf))
        self.check_notice_layout(pdf)
        report = self.out / "report-2021.pdf"
        self.cli("cchc report analysis", "report", "analysis", "--year", "2021", "--db", winpath(self.db),
                 "--out", winpath(report))
        if not report.is_file() or not report.read_bytes().startswith(b"%PDF") or report.stat().st_size < 10_000:
            raise StepFailed(f"cchc report analysis: {report} is not a complete PDF")

    def check_notice_layout(self, pdf: Path) -> None:
        """The frozen app's PDF passes the same Nghị định 30 layout tests as the one rendered in the tests."""
        _step("notice PDF layout (tests/documents/test_notice_pdf.py on the frozen app's PDF)")
        env = {**os.environ, "CCHC_CHECK_NOTICE_PDF": str(pdf)}
        proc = subprocess.run(["uv", "run", "--frozen", "pytest", "-q", "-p", "no:cacheprovider",
                               "tests/documents/test_notice_pdf.py"], cwd=self.root, env=env)
        if proc.returncode != 0:
            raise StepFailed(f"notice PDF layout: the frozen app's {pdf.name} fails the layout tests")

    def window(self) -> None:
        _step("window on Xvfb")
        log_dir = self.data_dir / "Logs"
        logs_before = {p: p.stat().st_size for p in log_dir.glob("*.log")} if log_dir.exists() else {}
        env = self.prefix.env({"DISPLAY": self.display.name})
        proc = subprocess.Popen(["wine", winpath(self.app_dir / f"{APP_NAME}.exe"), "--db", winpath(self.db)],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        output: list[bytes] = []
        reader = threading.Thread(target=lambda: output.extend(proc.stdout or []), daemon=True)
        reader.start()

        def shown() -> str:
            if proc.poll() is not None:
                raise StepFailed(f"window on Xvfb: the program ended with status {proc.returncode} before its "
                                 f"window showed:\n{b''.join(output).decode('utf-8', 'replace')[-3000:]}")
            return self.display.find_window(f"{APP_NAME}.*cchc")

        try:
            window = _wait_for("window on Xvfb: main window shown", shown, 180)
            print(f"main window {window} shown", flush=True)
            shot = self.out / "window.png"
            self.display.screenshot_when_settled(shot)
            print(f"screenshot: {shot}", flush=True)
            self.close_window()
            status = proc.wait(timeout=120)
        except subprocess.TimeoutExpired as exc:
            raise StepFailed("window on Xvfb: the program did not exit after WM_CLOSE") from exc
        finally:
            if proc.poll() is None:
                proc.kill()
            reader.join(timeout=10)
            (self.out / "window.log").write_bytes(b"".join(output))
        if status != 0:
            raise StepFailed(f"window on Xvfb: exit status {status}")
        grown = [p for p in log_dir.glob("*.log") if p.stat().st_size != logs_before.get(p)] \
            if log_dir.exists() else []
        if grown:
            raise StepFailed(f"window on Xvfb: the crash log {grown[0]} has new entries:\n"
                             + grown[0].read_text(encoding="utf-8", errors="replace")[-3000:])

    def close_window(self) -> None:
        """WM_CLOSE to every top-level window of the program, as Windows sends when the user closes it."""
        result = self.wine("window on Xvfb: WM_CLOSE", [winpath(self.python_exe), winpath(HERE / "wm_close.py"),
                                                          APP_NAME])
        if "closed 0" in result.stdout:
            raise StepFailed("window on Xvfb: no window to close")

    def uninstall(self) -> None:
        _step("silent uninstall")
        self.wine("silent uninstall", [winpath(self.app_dir / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES",
                                       "/NORESTART"], timeout=300)
        self.prefix.wait()
        if (self.app_dir / f"{APP_NAME}.exe").exists() or (self.app_dir / "_internal").exists():
            raise StepFailed(f"silent uninstall: {self.app_dir} still holds the program")
        if not self.db.is_file():
            raise StepFailed(f"silent uninstall: the user's database {self.db} was removed")

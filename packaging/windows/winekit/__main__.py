"""Build the Windows release on Linux under Wine, smoke-test its installer and run the test suite on Windows
Python: ``uv run python -m winekit [--test] [--pytest]`` from ``packaging/windows`` (build.sh does this).

Everything lives in ``build/windows`` of the checkout (a fresh Wine prefix each run); the results are
``dist/CCHC Desktop/``, ``dist/CCHC-Desktop-<version>-setup.exe`` and, with ``--test``, ``dist/smoke/``
(install log, the PDFs made by the installed program, a screenshot of its window).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from . import shims, winpython
from .smoke import Smoke
from .wine import Prefix, StepFailed, winpath

ROOT = Path(__file__).resolve().parents[3]
WORK = ROOT / "build" / "windows"
INNO_SETUP = "innosetup@6.4.1"  # Inno Setup 6.4.1 (ISCC.exe) as published on the npm registry


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def banner(text: str) -> float:
    print(f"\n==== {text}", flush=True)
    return time.monotonic()


def inno_setup() -> Path:
    tools = WORK / "tools"
    iscc = tools / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
    if not iscc.is_file():
        tools.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(["npm", "install", "--prefix", str(tools), "--no-audit", "--no-fund",
                               "--ignore-scripts", "--no-save", INNO_SETUP], capture_output=True, text=True)
        if proc.returncode != 0 or not iscc.is_file():
            raise StepFailed(f"Inno Setup from npm ({INNO_SETUP}): {proc.stderr[-2000:]}")
    return iscc


def build(prefix: Prefix) -> tuple[Path, Path]:
    """The frozen folder and the installer; returns (installer, build python.exe)."""
    started = banner("Windows CPython 3.12 with the locked runtime wheels and PyInstaller")
    python = winpython.create(ROOT, WORK / "cache", WORK / "python-build", groups=("windows-build",),
                              extra_paths=(ROOT,))
    print(f"{python} ready in {time.monotonic() - started:.0f} s")
    iscc = inno_setup()
    started = banner("PyInstaller and Inno Setup under Wine (build_installer.py --installer)")
    for stale in (ROOT / "dist" / "CCHC Desktop", ROOT / "build" / "pyinstaller"):
        shutil.rmtree(stale, ignore_errors=True)
    prefix.run("build_installer.py", [winpath(python), winpath(ROOT / "build_installer.py"), "--installer",
                                      "--iscc", winpath(iscc)], cwd=ROOT, timeout=3600)
    installer = ROOT / "dist" / f"CCHC-Desktop-{version()}-setup.exe"
    print(f"built in {time.monotonic() - started:.0f} s")
    return installer, python


def windows_pytest(prefix: Prefix, pytest_args: list[str]) -> None:
    started = banner("the test suite on Windows CPython 3.12 under Wine")
    python = winpython.create(ROOT, WORK / "cache", WORK / "python-test", groups=("dev",), extra_paths=(ROOT,))
    shutil.copyfile(shims.SOURCES / "sitecustomize.py", python.parent / "Lib" / "site-packages" /
                    "sitecustomize.py")
    prefix.run("Windows test suite", [winpath(python), "-m", "pytest", "-p", "no:cacheprovider", *pytest_args],
               cwd=ROOT, timeout=3600)
    print(f"Windows test suite passed in {time.monotonic() - started:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.sh", description="Windows release built on Linux under Wine")
    parser.add_argument("--test", action="store_true", help="smoke-test the installer (install, CLI, window, "
                        "uninstall)")
    parser.add_argument("--pytest", action="store_true", help="run the test suite on Windows CPython under Wine")
    parser.add_argument("--no-build", action="store_true", help="reuse the last build (dist/, build/windows)")
    parser.add_argument("pytest_args", nargs="*", help="arguments for pytest after --")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        banner("test-only Wine shims and a fresh Wine prefix")
        shim_dir = WORK / "shims"
        shims.build(shim_dir)
        prefix = Prefix(WORK / "wineprefix")
        prefix.create(shim_dir)
        if args.no_build:  # reuse the last build (for working on the tests)
            installer = ROOT / "dist" / f"CCHC-Desktop-{version()}-setup.exe"
            python = WORK / "python-build" / "python.exe"
        else:
            installer, python = build(prefix)
        if args.test:
            banner("smoke test of the installer")
            Smoke(ROOT, prefix, installer, python, ROOT / "dist" / "smoke").run()
        if args.pytest:
            windows_pytest(prefix, args.pytest_args or ["-q"])
    except StepFailed as failure:
        print(f"\nFAILED: {failure}", file=sys.stderr, flush=True)
        return 1
    except subprocess.CalledProcessError as failure:
        print(f"\nFAILED: {failure}", file=sys.stderr, flush=True)
        return 1
    finally:
        Prefix(WORK / "wineprefix").kill()
    print(f"\nWindows build done in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build the Windows release of CCHC Desktop: a portable folder and the Inno Setup installer.

Runs on a Windows CPython 3.12 with the locked runtime wheels and PyInstaller installed — on a Windows PC, or
on Linux under Wine, which is how the release is made (``packaging/windows/build.sh`` sets all of that up and
calls this script):

    python build_installer.py                     # dist/CCHC Desktop/ (portable folder)
    python build_installer.py --installer         # + dist/CCHC-Desktop-<version>-setup.exe (Inno Setup 6)

The folder holds two programs built from one PyInstaller analysis (``packaging/windows/cchc.spec``):
``CCHC Desktop.exe`` (the window, no console) and ``cchc.exe`` (the command line). Resources (fonts with their
licence, reference data, templates, icons) and the Alembic migrations are bundled; the programs find them
through ``cchc_desktop.resources`` and ``store.migrate`` in the frozen bundle.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PACKAGING = ROOT / "packaging" / "windows"
DIST = ROOT / "dist"
BUILD = ROOT / "build" / "pyinstaller"
APP_NAME = "CCHC Desktop"
ISS = PACKAGING / "installer" / "cchc-desktop.iss"
sys.path.insert(0, str(PACKAGING))
from winekit.shims import names as test_shim_names  # noqa: E402  (stdlib only; also importable on Windows)

# Files that must never reach a release: the test-only Wine shims and parts of Qt the spec leaves out.
FORBIDDEN = test_shim_names() | {"opengl32sw.dll"}


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def check_folder(app_dir: Path) -> None:
    """The frozen folder has both programs and the resources, and nothing that must not ship."""
    problems = [f"missing {name}" for name in (f"{APP_NAME}.exe", "cchc.exe") if not (app_dir / name).is_file()]
    internal = app_dir / "_internal"
    for needed in ("resources/fonts/LiberationSerif-Regular.ttf", "resources/fonts/LICENSE-OFL-1.1.txt",
                   "resources/data/provinces.csv", "resources/templates/thong-bao.docx",
                   "resources/translations/qtbase_vi.qm", "resources/help/huong-dan.html",
                   "resources/icons/lucide/LICENSE", "resources/icons/lucide/calendar-plus.svg",
                   "cchc_desktop/store/migrations/env.py"):
        if not (internal / needed).is_file():
            problems.append(f"missing _internal/{needed}")
    for path in app_dir.rglob("*"):
        if (path.name.lower() in FORBIDDEN or path.name == "__pycache__"
                or {"PySide6", "translations"} <= set(path.parts)):
            problems.append(f"must not ship: {path.relative_to(app_dir)}")
    if problems:
        raise SystemExit("The frozen folder is not right:\n  " + "\n  ".join(problems))


def freeze() -> Path:
    """Run PyInstaller on the spec; returns ``dist/CCHC Desktop``."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(BUILD), str(PACKAGING / "cchc.spec")], check=True)
    app_dir = DIST / APP_NAME
    check_folder(app_dir)
    count, size = folder_size(app_dir)
    print(f"Portable folder: {app_dir} ({count} files, {size / 1e6:.0f} MB)")
    return app_dir


def find_iscc(given: str | None) -> Path:
    candidates = [given] if given else []
    candidates += [shutil.which("iscc"), shutil.which("ISCC.exe")]
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base:
            candidates.append(str(Path(base) / "Inno Setup 6" / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise SystemExit("Inno Setup 6 (ISCC.exe) not found: install it or pass --iscc PATH")


def make_installer(app_dir: Path, iscc: Path) -> Path:
    """Compile the Inno Setup script; returns the installer."""
    output = DIST / f"CCHC-Desktop-{version()}-setup.exe"
    output.unlink(missing_ok=True)
    subprocess.run([str(iscc), "/Q", f"/DAppVersion={version()}", f"/DAppDir={app_dir}", f"/DOutputDir={DIST}",
                    f"/DIconFile={ROOT / 'resources' / 'icons' / 'cchc.ico'}", str(ISS)], check=True)
    if not output.is_file():
        raise SystemExit(f"Inno Setup did not write {output}")
    print(f"Installer: {output} ({output.stat().st_size / 1e6:.0f} MB)")
    return output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installer", action="store_true", help="also build the Inno Setup installer")
    parser.add_argument("--iscc", help="path of ISCC.exe (default: PATH, then Program Files)")
    parser.add_argument("--skip-freeze", action="store_true", help="reuse dist/CCHC Desktop (installer only)")
    args = parser.parse_args()
    if sys.platform != "win32":
        print("Run this on Windows Python; on Linux use packaging/windows/build.sh (Wine).", file=sys.stderr)
        return 2
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is needed (the lock's windows-build group).", file=sys.stderr)
        return 2
    app_dir = DIST / APP_NAME if args.skip_freeze else freeze()
    if args.skip_freeze:
        check_folder(app_dir)
    if args.installer:
        make_installer(app_dir, find_iscc(args.iscc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

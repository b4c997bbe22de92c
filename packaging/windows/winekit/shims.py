"""TEST-ONLY Wine shims: small DLLs that fill gaps of Wine 8, built from ``../wine-test-shims`` with MinGW.

They are installed into the test Wine prefix's ``system32`` only, never into the release folder (the build
asserts that). Two kinds:

- a *stub* DLL for a system DLL that Wine lacks altogether (``icuuc``, ``bcryptprimitives``);
- a *proxy* for a Wine DLL with unimplemented exports (``ucrtbase``, ``propsys``, ``mscms``): it implements
  those exports and forwards every other one to a copy of Wine's own DLL named ``<name>_wine.dll``; the prefix
  is told to load the proxy instead of Wine's built-in one (DllOverrides ``native,builtin``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SOURCES = Path(__file__).resolve().parent.parent / "wine-test-shims"
WINE_PE_DIR = Path("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows")
CC = "x86_64-w64-mingw32-gcc"
NM = "x86_64-w64-mingw32-nm"
OBJDUMP = "x86_64-w64-mingw32-objdump"


@dataclass(frozen=True)
class Shim:
    name: str  # DLL name without .dll
    source: str
    libs: tuple[str, ...] = ()
    proxy: bool = False  # forwards the rest to Wine's own DLL


SHIMS = (
    Shim("icuuc", "icuuc.c"),
    Shim("bcryptprimitives", "bcryptprimitives.c", libs=("-lbcrypt",)),
    Shim("ucrtbase", "ucrtbase_complex.c", proxy=True),
    Shim("propsys", "propsys_shim.c", libs=("-loleaut32",), proxy=True),
    Shim("mscms", "mscms_shim.c", proxy=True),
)


def dll_exports(dll: Path) -> list[str]:
    """Names exported by a PE DLL, in table order."""
    out = subprocess.run([OBJDUMP, "-p", str(dll)], capture_output=True, text=True, check=True).stdout
    _, _, table = out.partition("[Ordinal/Name Pointer] Table")
    names = []
    for line in table.splitlines()[1:]:
        match = re.match(r"\s*\[\s*\d+\]\s+(\S+)$", line)
        if not match:
            break
        names.append(match.group(1))
    return names


def object_functions(obj: Path) -> dict[str, str]:
    """Export name → symbol for the global functions of an object (``shim_x`` exports as ``x``)."""
    out = subprocess.run([NM, "--defined-only", str(obj)], capture_output=True, text=True, check=True).stdout
    symbols = [line.split()[-1] for line in out.splitlines() if " T " in line]
    return {s.removeprefix("shim_"): s for s in symbols}


def def_file(shim: Shim, implemented: dict[str, str]) -> str:
    lines = [f"LIBRARY {shim.name}.dll", "EXPORTS"]
    forwarded = dll_exports(WINE_PE_DIR / f"{shim.name}.dll") if shim.proxy else []
    for name in forwarded:
        if name not in implemented:
            lines.append(f"  {name}={shim.name}_wine.{name}")
    for name, symbol in sorted(implemented.items()):
        lines.append(f"  {name}={symbol}" if name != symbol else f"  {name}")
    return "\n".join(lines) + "\n"


def build(out_dir: Path) -> list[Path]:
    """Compile every shim into ``out_dir``; returns the DLLs."""
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for shim in SHIMS:
        obj = out_dir / f"{shim.name}.o"
        subprocess.run([CC, "-c", "-O2", "-Wall", "-o", str(obj), str(SOURCES / shim.source)], check=True)
        definition = out_dir / f"{shim.name}.def"
        definition.write_text(def_file(shim, object_functions(obj)), encoding="ascii")
        dll = out_dir / f"{shim.name}.dll"
        subprocess.run([CC, "-shared", "-s", "-static-libgcc", "-o", str(dll), str(obj), str(definition), *shim.libs],
                       check=True)
        built.append(dll)
    return built


def install(out_dir: Path, system32: Path) -> dict[str, str]:
    """Copy the built shims (and Wine's originals for proxies) into a prefix; returns the DLL overrides."""
    overrides = {}
    for shim in SHIMS:
        shutil.copyfile(out_dir / f"{shim.name}.dll", system32 / f"{shim.name}.dll")
        if shim.proxy:
            shutil.copyfile(WINE_PE_DIR / f"{shim.name}.dll", system32 / f"{shim.name}_wine.dll")
            overrides[shim.name] = "native,builtin"
    return overrides


def names() -> set[str]:
    """File names the shims put into system32 (none may appear in a release)."""
    files = {f"{s.name}.dll" for s in SHIMS}
    files |= {f"{s.name}_wine.dll" for s in SHIMS if s.proxy}
    return files

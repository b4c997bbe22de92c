"""Layering: the core, the store and the documents run without Qt (so the CLI and tests need no display), and
the window reaches the data only through the core services."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cchc_desktop"
QT_FREE = ("core", "store", "documents", "cli")


def modules_under(folder: str) -> list[str]:
    names = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(relative.parts)
        if parts[-1] == "__init__":
            parts.pop()
        if "migrations" not in parts and parts[-1] != "__main__":
            names.append(".".join(parts))
    return names


def test_every_qt_free_module_imports_without_qt():
    modules = [name for folder in QT_FREE for name in modules_under(folder)]
    assert len(modules) > 60
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(("." * node.level) + node.module)
    return found


def test_the_window_goes_through_services_not_the_store_or_sql():
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for module in imported_modules(path):
            name = module.lstrip(".")
            if name.startswith("sqlalchemy") or name.endswith("store.models") or name == "store.models" \
                    or name.startswith("reportlab"):
                offenders.append(f"{path.relative_to(PACKAGE)}: {module}")
    assert offenders == []

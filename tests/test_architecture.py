"""Layering: the core, the store and the documents run without Qt (so the CLI and tests need no display), and
the window reaches the data only through the core services. Inside core, the kernel (modules directly in core/)
never reaches the store: only the application (core/services/, core/demo/) does; documents/ builds on the kernel
alone, and the store never calls back into services, the window or the CLI."""

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


# --- Kernel vs application -------------------------------------------------------------------------------------
# The kernel is the modules directly in cchc_desktop/core/: value types and rules, importing only the standard
# library, small third-party libraries and other kernel modules. The application (core/services/, core/demo/)
# is the only part of core that reaches the store.

ROOT = PACKAGE.name
NEVER_IN_KERNEL_OR_DOCUMENTS = ("sqlalchemy", "alembic", "PySide6", "shiboken6", "pyqtgraph")
DOCUMENT_EXPORTS = ("notice_pdf", "notice_docx", "analysis_report", "register_xlsx", "tasks_xlsx")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def resolved_imports(path: Path) -> set[str]:
    """Every module ``path`` imports, relative imports made absolute; ``from X import y`` gives X and X.y (y may
    be a submodule, as in ``from . import audit``)."""
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def kernel_modules() -> list[Path]:
    return sorted((PACKAGE / "core").glob("*.py"))


def is_kernel(module: str) -> bool:
    """``cchc_desktop.core.<file directly in core/>`` (or a name imported from one), or ``cchc_desktop.core``."""
    parts = module.split(".")
    if parts[:2] != [ROOT, "core"]:
        return False
    return len(parts) == 2 or (PACKAGE / "core" / f"{parts[2]}.py").is_file()


def starts_with_any(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def test_the_resolver_sees_relative_and_absolute_imports():
    found = resolved_imports(PACKAGE / "core" / "services" / "register.py")
    assert {"sqlalchemy", f"{ROOT}.store.models", f"{ROOT}.core.register_chain", f"{ROOT}.core.services.audit"} \
        <= found


def test_kernel_modules_import_only_the_kernel_and_no_database_or_qt():
    paths = kernel_modules()
    assert {"body.py", "provinces.py", "register_row.py", "text.py"} <= {path.name for path in paths}
    offenders = []
    for path in paths:
        for module in sorted(resolved_imports(path)):
            own = starts_with_any(module, (ROOT,))
            if (own and not is_kernel(module)) or starts_with_any(module, NEVER_IN_KERNEL_OR_DOCUMENTS):
                offenders.append(f"core/{path.name}: {module}")
    assert offenders == []


def test_documents_import_only_the_kernel_documents_and_resources():
    allowed = (f"{ROOT}.documents", f"{ROOT}.resources")
    paths = sorted((PACKAGE / "documents").rglob("*.py"))
    assert len(paths) > 10
    offenders = []
    for path in paths:
        for module in sorted(resolved_imports(path)):
            own = starts_with_any(module, (ROOT,))
            if (own and not (is_kernel(module) or starts_with_any(module, allowed))) \
                    or starts_with_any(module, NEVER_IN_KERNEL_OR_DOCUMENTS):
                offenders.append(f"{path.relative_to(PACKAGE)}: {module}")
    assert offenders == []


def test_the_store_never_imports_services_demo_the_window_or_the_cli():
    forbidden = tuple(f"{ROOT}.{name}" for name in ("core.services", "core.demo", "ui", "cli"))
    offenders = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in sorted((PACKAGE / "store").rglob("*.py"))
        for module in sorted(resolved_imports(path))
        if starts_with_any(module, forbidden + NEVER_IN_KERNEL_OR_DOCUMENTS[2:])
    ]
    assert offenders == []


def test_document_exports_load_without_sqlalchemy():
    code = (
        "import importlib, sys\n"
        "bad = {}\n"
        f"for name in {DOCUMENT_EXPORTS!r}:\n"
        f"    importlib.import_module('{ROOT}.documents.' + name)\n"
        "    loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "    if loaded:\n"
        "        bad[name] = loaded[:3]\n"
        "        break\n"
        "print(bad or '')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def page_imports(path: Path, root: Path = PACKAGE) -> set[str]:
    """The page packages (``ui.pages.<name>``) that the module at ``path`` under ``root/ui/pages/`` imports."""
    package = path.relative_to(root.parent).with_suffix("").parts[:-1]  # the module's own package
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pages = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = list(package[:len(package) - node.level + 1]) if node.level else []
            module = [*base, *(node.module.split(".") if node.module else [])]
            # "from .. import tasks" names a page package in its alias
            names = [".".join(module)] + [".".join([*module, alias.name]) for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[:3] == ["cchc_desktop", "ui", "pages"] and len(parts) > 3:
                pages.add(parts[3])
    return pages


def page_import_offenders(root: Path) -> list[str]:
    offenders = []
    for path in sorted((root / "ui" / "pages").rglob("*.py")):
        own = path.relative_to(root / "ui" / "pages").parts
        if len(own) < 2:  # the page registry (ui/pages/__init__.py) lists every page
            continue
        pages_known = {p.name for p in (root / "ui" / "pages").iterdir() if p.is_dir()}
        for page in sorted(page_imports(path, root) & pages_known - {own[0]}):
            offenders.append(f"{path.relative_to(root).as_posix()}: ui.pages.{page}")
    return offenders


def test_no_page_package_imports_another_page():
    """Pieces two pages share live in ui/widgets/ or ui/dialogs/, so each page can change on its own."""
    assert page_import_offenders(PACKAGE) == []


def test_the_page_import_check_finds_a_bad_import(tmp_path: Path):
    root = tmp_path / "cchc_desktop"
    for page in ("alpha", "beta"):
        (root / "ui" / "pages" / page).mkdir(parents=True)
        (root / "ui" / "pages" / page / "__init__.py").write_text("", encoding="utf-8")
    pages = root / "ui" / "pages"
    (pages / "__init__.py").write_text("from .alpha import A\nfrom .beta import B\n", encoding="utf-8")
    (pages / "alpha" / "view.py").write_text(
        "from ...widgets.common import data_table\nfrom .presenter import P\nfrom ..alpha.model import M\n",
        encoding="utf-8",
    )
    (pages / "beta" / "relative.py").write_text("from ..alpha.view import V\n", encoding="utf-8")
    (pages / "beta" / "package.py").write_text("from .. import alpha\n", encoding="utf-8")
    (pages / "beta" / "absolute.py").write_text(
        "def later():\n    import cchc_desktop.ui.pages.alpha.view\n", encoding="utf-8"
    )
    assert page_imports(pages / "alpha" / "view.py", root) == {"alpha"}
    assert page_import_offenders(root) == [
        "ui/pages/beta/absolute.py: ui.pages.alpha",
        "ui/pages/beta/package.py: ui.pages.alpha",
        "ui/pages/beta/relative.py: ui.pages.alpha",
    ]

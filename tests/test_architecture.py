"""The core, the store and the documents run without Qt (so the CLI and tests need no display)."""

import subprocess
import sys


def test_core_store_documents_and_cli_do_not_import_qt():
    code = (
        "import sys\n"
        "import cchc_desktop.core, cchc_desktop.store, cchc_desktop.documents, cchc_desktop.cli\n"
        "import cchc_desktop.core.services.agencies, cchc_desktop.store.db, cchc_desktop.core.body\n"
        "import cchc_desktop.core.demo\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""

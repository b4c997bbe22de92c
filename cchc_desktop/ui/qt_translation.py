"""Vietnamese for Qt's own strings: text-field menus, standard buttons, file, print, colour and input dialogs.

Qt ships no Vietnamese translation, so ours lives in ``resources/translations/qtbase_vi.ts`` (contexts and source
strings as Qt's own ``qtbase_*.ts`` have them). The compiled ``qtbase_vi.qm`` beside it is committed and built
with PySide6's lrelease::

    uv run pyside6-lrelease resources/translations/qtbase_vi.ts -qm resources/translations/qtbase_vi.qm

``tests/ui/test_qt_translation.py`` rebuilds it and fails when the committed file is stale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ..resources import resource

QT_TRANSLATION = "qtbase_vi"


def install_qt_translation(app: QCoreApplication) -> QTranslator:
    """Load the Vietnamese translation of Qt's strings and install it on ``app`` (kept alive as its child)."""
    existing = app.findChild(QTranslator, QT_TRANSLATION)
    if existing is not None:
        return existing
    translator = QTranslator(app)
    translator.setObjectName(QT_TRANSLATION)
    path = resource("translations", f"{QT_TRANSLATION}.qm")
    if not translator.load(str(path)):
        raise FileNotFoundError(f"Qt translation not loadable: {path}")
    app.installTranslator(translator)
    return translator

"""Qt's own strings read Vietnamese: text-field menus, standard buttons, Qt's file dialog; the .qm matches its .ts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from cchc_desktop.resources import resource
from cchc_desktop.ui.qt_translation import QT_TRANSLATION, install_qt_translation

TS_FILE = resource("translations", f"{QT_TRANSLATION}.ts")
QM_FILE = resource("translations", f"{QT_TRANSLATION}.qm")


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """Qt's strings translated as the application installs them at start."""
    had_translation = qapp.findChild(QTranslator, QT_TRANSLATION) is not None
    translator = install_qt_translation(qapp)
    yield
    if not had_translation:
        qapp.removeTranslator(translator)
        translator.setParent(None)


def menu_texts(menu: QMenu) -> list[str]:
    """What the menu shows, without mnemonics and shortcut columns."""
    return [action.text().split("\t")[0].replace("&", "") for action in menu.actions() if not action.isSeparator()]


def test_a_line_edit_menu_reads_vietnamese(vietnamese: None, qtbot: QtBot) -> None:
    field = QLineEdit("Tên cuộc họp")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert menu_texts(menu)[:7] == ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"]


def test_a_text_edit_menu_reads_vietnamese(vietnamese: None, qtbot: QtBot) -> None:
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("Kết luận")
    texts = menu_texts(editor.createStandardContextMenu())
    assert {"Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"} <= set(texts)
    assert not {"Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All"} & set(texts)


def test_standard_buttons_read_vietnamese(vietnamese: None, qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "CCHC Desktop", "Đã lưu.", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    ok_button = box.button(QMessageBox.StandardButton.Ok)
    assert ok_button is not None and ok_button.text() == "Đồng ý"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    qtbot.addWidget(buttons)
    assert sorted(b.text().replace("&", "") for b in buttons.buttons()) == ["Có", "Hủy", "Không", "Lưu", "Đóng"]


def test_qts_own_file_dialog_reads_vietnamese(vietnamese: None, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "Mở cơ sở dữ liệu", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "Tìm trong:"
    assert labels["fileNameLabel"] == "Tên tệp:"
    assert labels["fileTypeLabel"] == "Loại tệp:"


def test_every_message_of_the_ts_file_is_translated() -> None:
    messages = ET.parse(TS_FILE).getroot().iter("message")
    untranslated = [
        m.findtext("source") for m in messages
        if not (m.findtext("translation") or "").strip() or m.find("translation").get("type")  # type: ignore[union-attr]
    ]
    assert untranslated == []


def test_the_committed_qm_is_built_from_the_ts_file(tmp_path: Path) -> None:
    """A .ts edited without running lrelease fails here: the command in ui/qt_translation.py rebuilds it."""
    rebuilt = tmp_path / QM_FILE.name
    subprocess.run(
        [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()",
         "-silent", str(TS_FILE), "-qm", str(rebuilt)],
        check=True,
    )
    assert rebuilt.read_bytes() == QM_FILE.read_bytes(), f"{QM_FILE.name} is stale: run pyside6-lrelease"


def test_file_and_print_dialogs_are_opened_in_one_place_each() -> None:
    """The README's convention: the platform's file and print dialogs, asked for through one helper each."""
    ui = Path(__file__).resolve().parents[2] / "cchc_desktop" / "ui"
    users: dict[str, set[str]] = {"QFileDialog": set(), "QPrintDialog": set(), "DontUseNativeDialog": set()}
    for path in ui.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name, files in users.items():
            if name in text:
                files.add(path.relative_to(ui).as_posix())
    assert users == {"QFileDialog": {"prompts.py"}, "QPrintDialog": {"pages/notices/printing.py"},
                     "DontUseNativeDialog": set()}


def test_the_application_installs_the_translation_at_start(qapp: QApplication) -> None:
    from cchc_desktop.app import create_application

    app = create_application()
    assert app.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert app.findChildren(QTranslator, QT_TRANSLATION) == [install_qt_translation(app)]  # installed once

"""Questions to the user (confirmations, messages, file pickers), behind one small injectable class.

Presenters and controllers never open a modal dialog themselves; they ask a :class:`Prompter`. Tests pass a fake
that answers from a script and records what was asked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

DATABASE_FILTER = "Cơ sở dữ liệu CCHC (*.db *.sqlite);;Tất cả tệp (*)"


class Prompter:
    """Modal questions and messages in Vietnamese (the buttons carry Vietnamese text, not Qt's English)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def set_parent(self, parent: QWidget | None) -> None:
        """Centre later questions on ``parent`` (the main window once it exists)."""
        self.parent = parent

    def confirm(
        self, title: str, text: str, *, yes: str = "Đồng ý", no: str = "Hủy", default_yes: bool = False
    ) -> bool:
        """Ask a yes/no question; Escape and closing the box answer ``no``."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button if default_yes else no_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def ask_unsaved(self, title: str, text: str) -> str:
        """Three ways out of unsaved edits: "save", "discard" or "stay" (Escape and closing the box stay)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        save = box.addButton("Lưu", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Không lưu", QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton("Ở lại", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "stay"

    def error(self, title: str, text: str) -> None:
        self._message(QMessageBox.Icon.Warning, title, text)

    def info(self, title: str, text: str) -> None:
        self._message(QMessageBox.Icon.Information, title, text)

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)

    def open_file(self, title: str, directory: Path | None = None, file_filter: str = DATABASE_FILTER) -> Path | None:
        """Let the user pick an existing file; None when cancelled."""
        chosen, _ = QFileDialog.getOpenFileName(self.parent, title, str(directory or ""), file_filter)
        return Path(chosen) if chosen else None

    def save_file(self, title: str, suggested: Path, file_filter: str = DATABASE_FILTER) -> Path | None:
        """Let the user choose where to write a file (the dialog asks before overwriting); None when cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), file_filter)
        return Path(chosen) if chosen else None

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        box.setEscapeButton(box.addButton("Đóng", QMessageBox.ButtonRole.AcceptRole))
        box.exec()

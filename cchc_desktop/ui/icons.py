"""The window's icons: Lucide SVGs shipped in ``resources/icons/lucide`` (ISC licence, see its README).

``icon("calendar-plus")`` returns a ``QIcon`` drawn from the SVG at several sizes (crisp on high-DPI screens); the
set's ``currentColor`` strokes are painted in the palette's text colour, so the icons follow a dark or light
theme. :data:`COMMAND_ICONS` gives the same command the same icon on every page (see
:func:`~cchc_desktop.ui.widgets.common.command_button`).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..resources import resource

ICON_FOLDER = ("icons", "lucide")
PIXMAP_SIZES = (16, 20, 24, 32, 48, 64)

COMMAND_ICONS = {
    "Thêm": "plus", "Thêm cuộc họp": "calendar-plus", "Giao nhiệm vụ": "list-plus", "Thêm nhóm": "plus",
    "Soạn mới": "file-plus", "Soạn từ cuộc họp": "clipboard-pen-line",
    "Sửa": "pencil", "Mở, sửa": "pencil", "Mở": "eye", "Đổi tên": "pencil",
    "Xóa": "trash-2", "Xóa dự thảo": "trash-2", "Tìm": "search", "Lưu": "save", "Hủy thay đổi": "undo-2",
    "Xuất Excel": "file-down", "Nhập từ Excel": "file-input", "Ghi tệp mẫu": "file-spreadsheet",
    "Cập nhật tiến độ": "notebook-pen", "Hoàn thành": "circle-check", "Ban hành": "stamp",
    "Tạo phiên bản mới": "copy-plus", "In": "printer", "Lưu bản PDF": "file-down",
    "Mở bản PDF đã ban hành": "eye", "Nhập bảng kết quả": "import", "Nhập từ Excel/CSV": "file-input",
    "Thêm phiên bản": "copy-plus", "Thêm lĩnh vực": "plus", "Thêm mục con": "plus",
    "Sửa thang điểm, ghi chú": "pencil", "Giao nhiệm vụ theo văn bản này": "list-plus",
}
"""Icon of a command button by the command's text (without a trailing "…")."""


def icon_path_names() -> list[str]:
    """Names of every shipped icon (the SVG file names without ``.svg``)."""
    return sorted(path.stem for path in resource(*ICON_FOLDER).glob("*.svg"))


def _colours() -> tuple[str, str]:
    """The palette's text colour and its colour on a selection (highlighted text)."""
    palette = QGuiApplication.palette() if QGuiApplication.instance() is not None else QPalette()
    return (palette.color(QPalette.ColorRole.WindowText).name(),
            palette.color(QPalette.ColorRole.HighlightedText).name())


def _add_pixmaps(result: QIcon, svg: str, colour: str, mode: QIcon.Mode) -> None:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    for size in PIXMAP_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap, mode)


@cache
def _icon(name: str, colour: str, selected_colour: str) -> QIcon:
    path = resource(*ICON_FOLDER, f"{name}.svg")
    if not path.is_file():
        raise KeyError(f"no icon named {name!r} in resources/icons/lucide")
    svg = path.read_text(encoding="utf-8")
    result = QIcon()
    _add_pixmaps(result, svg, colour, QIcon.Mode.Normal)
    _add_pixmaps(result, svg, selected_colour, QIcon.Mode.Selected)  # e.g. the current navigation entry
    return result


def icon(name: str) -> QIcon:
    """The shipped icon ``name`` ("calendar-plus") in the palette's text colour (its highlighted-text colour
    when selected); an unknown name raises KeyError."""
    return _icon(name, *_colours())


def command_icon(text: str) -> QIcon | None:
    """The icon of a command called ``text`` ("Xuất Excel…"), or None when commands of that name have none."""
    name = COMMAND_ICONS.get(text.replace("&", "").rstrip("…").strip())
    return icon(name) if name else None

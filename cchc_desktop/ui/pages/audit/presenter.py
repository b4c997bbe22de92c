"""Behaviour of the audit log page: loading, filters, selection and the before/after details."""

from __future__ import annotations

import html

from ....core.errors import ValidationError
from ....core.formats import format_date
from ....core.services.audit_labels import LIST_FIELDS, LIST_SEPARATOR, table_label
from ....core.services.audit_log import AuditRow, AuditService, FieldChange
from ...context import AppContext
from ...models.audit_filter_proxy import AuditFilterProxy
from ...models.audit_table_model import AuditTableModel, Column
from ...topics import Topic
from ...widgets.field_errors import focus_field
from ...widgets.list_selection import ListSelection
from .view import ALL_TABLES, ALL_USERS, AuditView

GREY = "#5f6368"
REMOVED = "#b3261e"
ADDED = "#1e6b2f"


class AuditPresenter:
    """Owns the table model and its proxy; the log is read through :class:`AuditService` and never changed."""

    def __init__(self, view: AuditView, context: AppContext) -> None:
        self.view = view
        self.context = context
        self.service = AuditService(context.db)
        self.model = AuditTableModel(view)
        self.proxy = AuditFilterProxy(self.model, view)
        self.selection = ListSelection(view.table, self.proxy, self.model.row_of, self.model.entry, Column.TIME)

    # -- reading -------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the log again, keeping the filters and the selected entry."""
        kept = self.selection.remember()
        rows = self.service.list()
        self.model.set_rows(rows)
        users = sorted({row.user for row in rows if row.user})
        tables = sorted({row.table for row in rows}, key=table_label)
        user = self.proxy.user if self.proxy.user in users else None
        table = self.proxy.table if self.proxy.table in tables else None
        self.view.set_choices(self.view.user_combo, ALL_USERS, [(name, name) for name in users], user)
        self.view.set_choices(self.view.table_combo, ALL_TABLES, [(table_label(t), t) for t in tables], table)
        self.proxy.set_user(user)
        self.proxy.set_table(table)
        self.selection.restore(kept, keep_position=False, first=True)
        self.refresh_state()

    def external_change(self, changed: frozenset[Topic]) -> None:
        """Every change writes to the log, so any topic (``changed``) reloads it."""
        self.reload()

    def selected(self) -> AuditRow | None:
        return self.selection.current()

    def shown(self) -> list[AuditRow]:
        """The entries on screen, in the order shown."""
        return [self.model.entry(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def select(self, entry_id: int) -> bool:
        return self.selection.select_id(entry_id)

    def refresh_state(self) -> None:
        entry = self.selected()
        self.view.set_count(self.proxy.rowCount(), self.model.rowCount())
        self.view.detail.setHtml(details_html(entry) if entry is not None else "")

    # -- filters -------------------------------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._keep_a_selection()

    def set_user(self, combo_index: int) -> None:
        self.proxy.set_user(self.view.user_combo.itemData(combo_index))
        self._keep_a_selection()

    def set_table(self, combo_index: int) -> None:
        self.proxy.set_table(self.view.table_combo.itemData(combo_index))
        self._keep_a_selection()

    def set_dates(self) -> None:
        """Filter by the typed dates; a date that is not valid (or an end before the start) is named under the
        filters and the list keeps its previous range."""
        try:
            start, end = self.view.from_field.date(), self.view.to_field.date()
            if start is not None and end is not None and end < start:
                raise ValidationError("Đến ngày", format_date(end),
                                      f"“Đến ngày” {format_date(end)} sớm hơn “Từ ngày” {format_date(start)}.")
        except ValidationError as err:
            self.view.date_error.setText(str(err))
            self.view.date_error.show()
            return
        self.view.date_error.hide()
        self.proxy.set_dates(start, end)
        self._keep_a_selection()

    def focus_search(self) -> None:
        focus_field(self.view.search_edit)

    # -- helpers -------------------------------------------------------------------------------------------------
    def _keep_a_selection(self) -> None:
        self.selection.select_first_if_none()
        self.refresh_state()


def _multiline(text: str) -> str:
    return html.escape(text).replace("\n", "<br>") if text else f"<i style='color:{GREY}'>(trống)</i>"


def _list_cells(change: FieldChange) -> tuple[str, str]:
    """Before and after of a list field, one item a line; removed items struck out in red, added ones in green."""
    before = [item for item in change.before.split(LIST_SEPARATOR) if item]
    after = [item for item in change.after.split(LIST_SEPARATOR) if item]

    def cell(items: list[str], other: list[str], style: str) -> str:
        if not items:
            return _multiline("")
        return "<br>".join(f"<span style='{style}'>{html.escape(i)}</span>" if i not in other else html.escape(i)
                           for i in items)

    return (cell(before, after, f"color:{REMOVED}; text-decoration:line-through"),
            cell(after, before, f"color:{ADDED}; font-weight:bold"))


def _cells(change: FieldChange) -> tuple[str, str]:
    if change.field in LIST_FIELDS:
        return _list_cells(change)
    return _multiline(change.before), _multiline(change.after)


def details_html(entry: AuditRow) -> str:
    """The selected entry in full: who, when, which record, and a table of every changed field before and after."""
    e = html.escape
    record = f" – bản ghi mã {entry.record_id}" if entry.record_id is not None else (
        " – bản ghi không còn (đã xóa)" if entry.record_uuid else "")
    parts = [
        f"<p><b>{e(entry.when)}</b> – {e(entry.user)} – {e(entry.action_label)} – {e(entry.table_label)}"
        f"{e(record)}</p>",
        f"<p>{e(entry.summary)}</p>" if entry.summary else "",
    ]
    if entry.user_note:
        parts.append(f"<p style='color:{GREY}'>Tên người thực hiện {e(entry.user_note)}.</p>")
    if entry.facts:
        parts.append("<p>" + "<br>".join(f"{e(name)}: {e(value)}" for name, value in entry.facts) + "</p>")
    if entry.changes:
        cells = "".join(
            "<tr><td><b>{}</b></td><td>{}</td><td>{}</td></tr>".format(e(c.label), *_cells(c)) for c in entry.changes
        )
        parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
                     "<tr><th align='left' width='22%'>Trường</th><th align='left' width='39%'>Trước</th>"
                     f"<th align='left' width='39%'>Sau</th></tr>{cells}</table>")
    elif entry.compared:
        parts.append(f"<p style='color:{GREY}'>Không trường nào đổi giá trị.</p>")
    else:
        parts.append(f"<p style='color:{GREY}'>Lần ghi này không lưu giá trị trước, sau của từng trường.</p>")
    if entry.record_uuid:
        parts.append(f"<p style='color:{GREY}'>Mã định danh (UUID): {e(entry.record_uuid)}</p>")
    return "".join(parts)

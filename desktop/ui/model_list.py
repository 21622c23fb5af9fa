"""The Models list: a Qt table model over :class:`ModelRow` and its filters.

* :class:`ModelListModel` holds the rows plus each row's download state.
* :class:`ModelFilter` (a ``QSortFilterProxyModel``) filters by text, "Fits this
  computer", "Installed" and a "good for" tag.

Its painted cells (name, fit badge, buttons) are in
:mod:`desktop.ui.pages.models.delegates`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.ui import fmt
from desktop.ui.downloads import DownloadView
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr
from desktop.ui.model_rows import ModelRow
from desktop.ui.widgets.badge import badge_style

COLUMNS = (
    QT_TRANSLATE_NOOP("ModelListModel", "Model"),
    QT_TRANSLATE_NOOP("ModelListModel", "Size"),
    QT_TRANSLATE_NOOP("ModelListModel", "Quality"),
    QT_TRANSLATE_NOOP("ModelListModel", "License"),
    QT_TRANSLATE_NOOP("ModelListModel", "Fit"),
    QT_TRANSLATE_NOOP("ModelListModel", "Speed"),
    "",
)
COL_NAME, COL_SIZE, COL_QUANT, COL_LICENSE, COL_FIT, COL_SPEED, COL_ACTION = range(7)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DOWNLOAD_ROLE = Qt.ItemDataRole.UserRole + 3

_FIT_ORDER = {
    "runs_well": 0, "slow": 1, "tight": 2, "no_disk": 3, "too_big": 4, "unsupported": 5,
}

AnyIndex = QModelIndex | QPersistentModelIndex


def progress_text(view: DownloadView) -> str:
    """ "1.2 GB of 3.4 GB · 5.1 MB/s · about 3 min left" (or the state in words)."""
    if view.state == "paused":
        done = fmt.size(view.bytes_done)
        if view.total_bytes:
            return qtr("model_list", "Paused at {done} of {total}").format(
                done=done, total=fmt.size(view.total_bytes)
            )
        return qtr("model_list", "Paused at {done}").format(done=done)
    if view.state == "failed":
        return qtr("model_list", "Download stopped")
    if view.state == "verifying":
        return qtr("model_list", "Checking the file…")
    if view.state == "starting":
        return qtr("model_list", "Starting…")
    parts = [
        qtr("model_list", "{done} of {total}").format(
            done=fmt.size(view.bytes_done), total=fmt.size(view.total_bytes)
        )
        if view.total_bytes
        else fmt.size(view.bytes_done)
    ]
    if view.bytes_per_s:
        parts.append(fmt.speed(view.bytes_per_s))
    left = fmt.time_left(view.eta_s)
    if left:
        parts.append(left)
    if view.state == "retrying":
        parts.append(qtr("model_list", "reconnecting…"))
    return " · ".join(parts)


class ModelListModel(QAbstractTableModel):
    """Rows of models with their download states."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ModelRow] = []
        self._downloads: Callable[[str], DownloadView | None] = lambda key: None
        self.downloads_enabled = True

    def set_download_source(self, source: Callable[[str], DownloadView | None]) -> None:
        """Where the model reads each row's download state."""
        self._downloads = source

    def set_rows(self, rows: Sequence[ModelRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add_rows(self, rows: Sequence[ModelRow]) -> None:
        """Add rows whose keys are new (Hub results), replace those already shown."""
        known = {r.key: i for i, r in enumerate(self._rows)}
        new = [r for r in rows if r.key not in known]
        for r in rows:
            if r.key in known:
                self.replace_row(r)
        if new:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def replace_row(self, row: ModelRow) -> None:
        """Update one row in place (same key)."""
        for i, r in enumerate(self._rows):
            if r.key == row.key:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return

    def refresh_key(self, key: str) -> None:
        """Repaint a row whose download state changed."""
        for i, r in enumerate(self._rows):
            if r.key == key:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return

    def row(self, key: str) -> ModelRow | None:
        """The row with this key."""
        return next((r for r in self._rows if r.key == key), None)

    def rows(self) -> list[ModelRow]:
        """All rows."""
        return list(self._rows)

    def download(self, key: str) -> DownloadView | None:
        """The download state of a row."""
        return self._downloads(key)

    # --- Qt API -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return qtr("ModelListModel", COLUMNS[section]) if COLUMNS[section] else ""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_QUANT: qtr(
                    "ModelListModel",
                    "How much the model was compressed (Q4 = smaller, Q8 = closer to the original)",
                ),
                COL_FIT: qtr("ModelListModel", "How well the model runs on this computer"),
                COL_SPEED: qtr("ModelListModel", "Expected writing speed on this computer"),
            }.get(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell contents."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return row
        if role == DOWNLOAD_ROLE:
            return self._downloads(row.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return row.name
            if col == COL_SIZE:
                return fmt.size(row.size_bytes) if row.size_bytes else ""
            if col == COL_QUANT:
                return row.quantization or ""
            if col == COL_LICENSE:
                return row.license_name
            if col == COL_FIT:
                return row.fit.label if row.fit else badge_style(None).word
            if col == COL_SPEED:
                return row.speed_text
            return ""
        if role == SORT_ROLE:
            if col == COL_SIZE:
                return row.size_bytes or 0
            if col == COL_FIT:
                return _FIT_ORDER.get(row.fit.badge, 9) if row.fit else 9
            if col == COL_SPEED:
                return -(row.fit.tokens_per_s or 0) if row.fit else 0
            return (self.data(index) or "").lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_FIT and row.fit:
                return row.fit.reason
            if col == COL_SPEED and row.fit and row.speed_text:
                return row.fit.speed
            if col == COL_NAME:
                return row.description or row.name
            if col == COL_LICENSE and row.license_url:
                return row.license_url
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_FIT:
            return (
                f"{row.fit.label}. {row.fit.reason}"
                if row.fit
                else qtr("ModelListModel", "Checking")
            )
        if role == Qt.ItemDataRole.FontRole and col == COL_NAME:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None


class ModelFilter(QSortFilterProxyModel):
    """Filters: text, fits this computer, installed, "good for" tag."""

    def _refilter(self) -> None:
        # Qt 6.10 deprecates invalidateFilter() in favour of begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.fits_only = False
        self.installed_only = False
        self.tag: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        """Show rows containing every word of ``text``."""
        self.text = text.strip().lower()
        self._refilter()

    def set_fits_only(self, on: bool) -> None:
        """Show only models that run on this computer."""
        self.fits_only = on
        self._refilter()

    def set_installed_only(self, on: bool) -> None:
        """Show only models already on this computer."""
        self.installed_only = on
        self._refilter()

    def set_tag(self, tag: str | None) -> None:
        """Show only models good for ``tag`` (``None``: any)."""
        self.tag = tag or None
        self._refilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        """Apply the filters to one row."""
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if not isinstance(row, ModelRow):
            return False
        if self.installed_only and not row.installed:
            return False
        if self.fits_only and not row.fits:
            return False
        if self.tag and self.tag not in row.tags:
            return False
        if self.text:
            hay = row.search_text()
            return all(word in hay for word in self.text.split())
        return True

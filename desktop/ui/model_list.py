"""The Models list: a Qt table model over :class:`ModelRow`, its filters and painted cells.

* :class:`ModelListModel` holds the rows plus each row's download state.
* :class:`ModelFilter` (a ``QSortFilterProxyModel``) filters by text, "Fits this
  computer", "Installed" and a "good for" tag.
* :class:`FitDelegate` paints the colour-and-word badge; :class:`ActionDelegate` paints
  the Download / Pause / Resume / Cancel / Try buttons and the inline progress bar, and
  reports clicks.

Signals (ActionDelegate):
    clicked(str, str): (row key, action) for "download", "pause", "resume", "cancel", "try".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from desktop.ui import fmt
from desktop.ui.downloads import DownloadView
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr
from desktop.ui.model_rows import ModelRow
from desktop.ui.widgets.badge import badge_style, paint_badge

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
        return qtr("model_list", "Paused at {done}").format(done=done) + (
            f" of {fmt.size(view.total_bytes)}" if view.total_bytes else ""
        )
    if view.state == "failed":
        return qtr("model_list", "Download stopped")
    if view.state == "verifying":
        return qtr("model_list", "Checking the file…")
    if view.state == "starting":
        return qtr("model_list", "Starting…")
    parts = [
        f"{fmt.size(view.bytes_done)} of {fmt.size(view.total_bytes)}"
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


def secondary_text(row: ModelRow, *, with_speed: bool = False) -> str:
    """The grey line under a model's name: size, quality level, license, source (and the
    speed when the Speed column is hidden for lack of room)."""
    parts = []
    if with_speed and row.speed_text:
        parts.append(row.speed_text)
    if row.size_bytes:
        parts.append(fmt.size(row.size_bytes))
    if row.license_name:
        parts.append(row.license_name)
    if row.kind == "hub":
        parts.append(qtr("model_list", "from the Hub"))
    if row.installed:
        parts.append(qtr("model_list", "on this computer"))
    return " · ".join(parts)


class NameDelegate(QStyledItemDelegate):
    """Paints the name in bold with size, quality level and license underneath."""

    #: also the speed under the name (the Speed column is hidden in a narrow window)
    with_speed = False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Two lines: name, then the grey details."""
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        row = index.data(ROW_ROLE)
        if not isinstance(row, ModelRow):
            return
        from PySide6.QtGui import QFont, QFontMetrics

        painter.save()
        r = option.rect.adjusted(10, 5, -8, -5)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        top = QRect(r.left(), r.top(), r.width(), r.height() // 2)
        name = QFontMetrics(bold).elidedText(row.name, Qt.TextElideMode.ElideRight, r.width())
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        small = QFont(option.font)
        small.setWeight(QFont.Weight.Normal)
        small.setPointSizeF(max(7.5, option.font.pointSizeF() * 0.9))
        painter.setFont(small)
        muted = option.palette.color(QPalette.ColorRole.Text)
        muted.setAlpha(150)
        painter.setPen(muted)
        bottom = QRect(r.left(), r.top() + r.height() // 2, r.width(), r.height() - r.height() // 2)
        line = QFontMetrics(small).elidedText(
            secondary_text(row, with_speed=self.with_speed), Qt.TextElideMode.ElideRight, r.width()
        )
        painter.drawText(
            bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        """Two lines of text."""
        return QSize(260, 52)


class FitDelegate(QStyledItemDelegate):
    """Paints the fit badge (colour and word)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Paint the selection background, then the badge."""
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        row = index.data(ROW_ROLE)
        fit = row.fit if isinstance(row, ModelRow) else None
        rect = option.rect.adjusted(6, 0, -4, 0)
        paint_badge(painter, rect, fit.badge if fit else None, fit.label if fit else None)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        """Room for the widest word."""
        return QSize(150, 40)


class ActionDelegate(QStyledItemDelegate):
    """Paints the row's buttons and progress bar and turns clicks into ``clicked``."""

    clicked = Signal(str, str)

    BUTTON_W = 92
    SMALL_W = 64
    #: the narrowest progress bar worth drawing next to two buttons
    BAR_MIN_W = 96

    @staticmethod
    def button_width(fm: QFontMetrics, text: str, minimum: int) -> int:
        """A button wide enough for ``text`` in this font (never clipped), at least ``minimum``."""
        return max(minimum, fm.horizontalAdvance(text) + 28)

    @classmethod
    def column_width(cls, fm: QFontMetrics, *, with_bar: bool = True) -> int:
        """The action column's width in the current font: one Download button, or (when a
        download is shown, ``with_bar``) a progress bar plus Pause/Retry and Cancel."""
        small = max(
            cls.button_width(fm, w, cls.SMALL_W)
            for w in (
                qtr("ActionDelegate", "Pause"),
                qtr("ActionDelegate", "Resume"),
                qtr("ActionDelegate", "Retry"),
                qtr("ActionDelegate", "Cancel"),
            )
        )
        big = max(
            cls.button_width(fm, w, cls.BUTTON_W)
            for w in (
                qtr("ActionDelegate", "Download"),
                qtr("ActionDelegate", "Try it"),
                qtr("ActionDelegate", "Details"),
            )
        )
        bar = 12 + cls.BAR_MIN_W + 2 * (small + 6) if with_bar else 0
        return max(bar, big + 18)

    def _actions(
        self, row: ModelRow, dl: DownloadView | None, downloads_enabled: bool
    ) -> list[str]:
        if dl is not None and dl.active:
            return ["pause", "cancel"]
        if dl is not None and dl.state in ("paused", "failed"):
            return ["resume", "cancel"]
        if row.installed:
            return ["try"]
        if row.variant is None:
            return ["details"] if row.kind == "hub" else []
        if not row.allowed:
            return []
        return ["download"] if downloads_enabled else []

    def _layout(
        self,
        rect: QRect,
        actions: list[str],
        with_bar: bool,
        fm: QFontMetrics | None = None,
        dl: DownloadView | None = None,
    ) -> tuple[QRect, list[QRect]]:
        h = min(max(28, (fm.height() + 10) if fm else 28), rect.height() - 8)
        y = rect.center().y() - h // 2 + 1
        x = rect.right() - 6
        buttons: list[QRect] = []
        for action in reversed(actions):
            minimum = self.SMALL_W if with_bar else self.BUTTON_W
            w = self.button_width(fm, self.label(action, dl), minimum) if fm else minimum
            x -= w
            buttons.insert(0, QRect(x, y, w, h))
            x -= 6
        bar = QRect(rect.left() + 6, y, max(0, x - rect.left() - 8), h) if with_bar else QRect()
        return bar, buttons

    @staticmethod
    def label(action: str, dl: DownloadView | None) -> str:
        """The word on a button."""
        if action == "resume" and dl is not None and dl.state == "failed":
            return qtr("ActionDelegate", "Retry")
        return {
            "download": qtr("ActionDelegate", "Download"),
            "pause": qtr("ActionDelegate", "Pause"),
            "resume": qtr("ActionDelegate", "Resume"),
            "cancel": qtr("ActionDelegate", "Cancel"),
            "try": qtr("ActionDelegate", "Try it"),
            "details": qtr("ActionDelegate", "Details"),
        }[action]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Paint the background, the progress bar and the buttons."""
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        row = index.data(ROW_ROLE)
        if not isinstance(row, ModelRow):
            return
        dl = index.data(DOWNLOAD_ROLE)
        enabled = getattr(index.model(), "downloads_enabled", True)
        src = index.model()
        while isinstance(src, QSortFilterProxyModel):
            src = src.sourceModel()
        enabled = getattr(src, "downloads_enabled", True)
        actions = self._actions(row, dl, enabled)
        with_bar = dl is not None
        fm = QFontMetrics(option.font)
        bar_rect, rects = self._layout(option.rect, actions, with_bar, fm, dl)
        if with_bar and bar_rect.width() > 40:
            bar = QStyleOptionProgressBar()
            bar.rect = bar_rect
            bar.minimum = 0
            bar.maximum = 1000
            frac = dl.fraction
            bar.progress = int((frac or 0) * 1000)
            if frac is None and dl.active:
                bar.maximum = 0  # busy indicator
            # never drawn over the buttons: elided to the bar, the whole text in the tooltip
            bar.text = fm.elidedText(
                progress_text(dl), Qt.TextElideMode.ElideRight, max(0, bar_rect.width() - 8)
            )
            bar.textVisible = True
            bar.textAlignment = Qt.AlignmentFlag.AlignCenter
            bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
            bar.palette = option.palette
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
        for action, rect in zip(actions, rects, strict=True):
            button = QStyleOptionButton()
            button.rect = rect
            button.text = self.label(action, dl)
            button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
            button.palette = option.palette
            if action in ("download", "try"):
                button.palette.setColor(
                    QPalette.ColorRole.ButtonText, option.palette.color(QPalette.ColorRole.Link)
                )
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)
        if not actions and row.kind != "hub" and not row.installed and not row.allowed:
            painter.drawText(
                option.rect.adjusted(8, 0, -8, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                qtr("ActionDelegate", "Not allowed here"),
            )
        elif not actions and row.kind != "hub" and not row.installed and not enabled:
            painter.drawText(
                option.rect.adjusted(8, 0, -8, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                qtr("ActionDelegate", "Downloads are off"),
            )

    def hit(
        self, rect: QRect, index: AnyIndex, pos: Any, font: QFont | None = None
    ) -> str | None:
        """The action under ``pos`` in a cell, if any (``font``: the view's, as painted)."""
        row = index.data(ROW_ROLE)
        if not isinstance(row, ModelRow):
            return None
        dl = index.data(DOWNLOAD_ROLE)
        src = index.model()
        while isinstance(src, QSortFilterProxyModel):
            src = src.sourceModel()
        actions = self._actions(row, dl, getattr(src, "downloads_enabled", True))
        fm = QFontMetrics(font if font is not None else QApplication.font())
        _, rects = self._layout(rect, actions, dl is not None, fm, dl)
        for action, r in zip(actions, rects, strict=True):
            if r.contains(pos):
                return action
        return None

    def editorEvent(
        self,
        event: QEvent,
        model: Any,
        option: QStyleOptionViewItem,  # noqa: N802
        index: AnyIndex,
    ) -> bool:
        """Turn a click on a painted button into ``clicked(key, action)``."""
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            action = self.hit(option.rect, index, event.position().toPoint(), option.font)
            row = index.data(ROW_ROLE)
            if action and isinstance(row, ModelRow):
                self.clicked.emit(row.key, action)
                return True
        return super().editorEvent(event, model, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        """Room for a progress bar and two buttons."""
        return QSize(360, 40)

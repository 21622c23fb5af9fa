"""The Models list's painted cells: the name with its details, the fit badge, the buttons.

* :class:`NameDelegate` paints the name in bold with size, quality and license underneath.
* :class:`FitDelegate` paints the colour-and-word badge.
* :class:`ActionDelegate` paints the Download / Pause / Resume / Cancel / Try buttons and
  the inline progress bar, and reports clicks.

Signals (ActionDelegate):
    clicked(str, str): (row key, action) for "download", "pause", "resume", "cancel", "try".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, QSortFilterProxyModel, Qt, Signal
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
from desktop.ui.i18n import qtr
from desktop.ui.model_list import DOWNLOAD_ROLE, ROW_ROLE, AnyIndex, progress_text
from desktop.ui.model_rows import ModelRow
from desktop.ui.widgets.badge import paint_badge


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


def _paint_background(
    delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem,
    index: AnyIndex,
) -> QStyle:
    """Paint the cell's background and selection, without its text (the delegate paints
    that); returns the style it painted with."""
    delegate.initStyleOption(option, index)
    option.text = ""
    widget = option.widget
    style = widget.style() if widget else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
    return style


class NameDelegate(QStyledItemDelegate):
    """Paints the name in bold with size, quality level and license underneath."""

    #: also the speed under the name (the Speed column is hidden in a narrow window)
    with_speed = False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Two lines: name, then the grey details."""
        _paint_background(self, painter, option, index)
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
        _paint_background(self, painter, option, index)
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
        style = _paint_background(self, painter, option, index)
        widget = option.widget
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

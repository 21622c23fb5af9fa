"""A page body that scrolls only when the window is too short for what it must show.

Qt's own :class:`QScrollArea` makes its widget as tall as the widget's *preferred* height
for the width when word-wrapped text is inside (so a page would scroll at sizes where it
fits well), and a plain layout's minimum does not count wrapped lines at all (so it would
never scroll, and the widgets are squeezed over each other instead). :class:`FitScrollArea`
keeps its body exactly the viewport's size while the body's honest minimum height fits,
and makes the body that minimum height (with a vertical scroll bar) when it does not.

Scrolled to the end, it stays at the end when the body grows (e.g. the numbers under the
answers come in). The minimum is :func:`min_height_for_width`: the layout's items at their
minimum height, word-wrapped text at the height it needs for the width, and a widget that
knows better (a method ``minimum_height_for_width(width)``) asked directly.
"""

from __future__ import annotations

from typing import Protocol, cast, runtime_checkable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QLayoutItem, QScrollArea, QWidget


@runtime_checkable
class KnowsMinimumHeight(Protocol):
    """A widget that says how tall it must be at a width (wrapped text counted)."""

    def minimum_height_for_width(self, width: int) -> int:
        """The least height at which nothing in it overlaps or is cut."""
        ...


def item_min_height(item: QLayoutItem, width: int) -> int:
    """The least height a layout item needs at ``width`` (0 for a hidden one)."""
    if item.isEmpty():
        return 0
    widget = item.widget()
    if isinstance(widget, KnowsMinimumHeight):
        return max(widget.minimum_height_for_width(width), widget.minimumHeight())
    layout = item.layout()
    if isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop
    ):
        return min_height_for_width(layout, width)
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.minimumSize().height()


def min_height_for_width(layout: QLayout, width: int) -> int:
    """The least height of a vertical ``layout`` at ``width``: its visible items at their
    minimum (wrapped text at the height it needs), the spacing between them, the margins."""
    margins = layout.contentsMargins()
    inner = max(1, width - margins.left() - margins.right())
    heights = [
        item_min_height(item, inner)
        for i in range(layout.count())
        if (item := layout.itemAt(i)) is not None and not item.isEmpty()
    ]
    spacing = max(0, layout.spacing())
    return (
        sum(heights) + spacing * max(0, len(heights) - 1) + margins.top() + margins.bottom()
    )


class WrapAwareMinimum:
    """Mix-in (before the Qt class) for a widget whose layout wraps (word-wrapped text,
    form rows that put labels above their fields, :class:`ResponsiveRow`): its minimum
    height is the height its layout needs at its present width, so the layouts above it
    never squeeze it until its rows are drawn over each other."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As wide as Qt says; as tall as the layout needs at this width."""
        widget = cast(QWidget, self)
        hint: QSize = super().minimumSizeHint()  # type: ignore[misc]
        layout = widget.layout()
        if layout is None or not layout.hasHeightForWidth():
            return hint
        # the width it really has once shown (a layout may give it less than its hint)
        width = widget.width() if widget.testAttribute(Qt.WidgetAttribute.WA_Resized) or (
            widget.isVisible()) else hint.width()
        need = layout.totalHeightForWidth(max(1, width))
        return QSize(hint.width(), max(hint.height(), need))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Another width may wrap other rows: the minimum height follows."""
        super().resizeEvent(event)  # type: ignore[misc]
        if event.oldSize().width() != event.size().width():
            cast(QWidget, self).updateGeometry()


class FitScrollArea(QScrollArea):
    """Holds a page's body: as big as the viewport, taller (scrolling) only when needed.

    The body's layout (vertical) decides the minimum, see :func:`min_height_for_width`.
    """

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        self.setWidget(body)
        self._fitting = False
        #: scrolled to the end by the person or the page (kept there as the body grows,
        #: also when the window gets shorter: the bar's range changes before we hear of it)
        self._at_bottom = False
        self.verticalScrollBar().valueChanged.connect(self._note_position)
        body.installEventFilter(self)

    def _note_position(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._at_bottom = bar.maximum() > 0 and value >= bar.maximum()

    @property
    def scrolls(self) -> bool:
        """True when the body is taller than the viewport (the window is too short)."""
        body = self.widget()
        return body is not None and body.height() > self.viewport().height()

    def body_min_height(self, width: int) -> int:
        """The body's least height at ``width``."""
        body = self.widget()
        layout = body.layout() if body is not None else None
        if layout is None:
            return body.minimumSizeHint().height() if body is not None else 0
        return min_height_for_width(layout, width)

    def fit(self) -> None:
        """Size the body for the viewport now (also done on every resize and relayout)."""
        body = self.widget()
        if body is None or self._fitting:
            return
        self._fitting = True
        bar = self.verticalScrollBar()
        at_bottom = self._at_bottom
        try:
            room = self.maximumViewportSize()
            need = self.body_min_height(room.width())
            if need <= room.height():
                body.resize(room.width(), room.height())
            else:
                width = room.width() - bar.sizeHint().width()
                body.resize(width, max(self.body_min_height(width), room.height()))
            if at_bottom:  # scrolled to the end: stay there as the body grows
                bar.setValue(bar.maximum())
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Follow the window's size."""
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Refit when the body's contents change (text, shown parts, text size)."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)

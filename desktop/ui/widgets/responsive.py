"""A row of groups of controls that wraps onto more rows when the window is too narrow.

Used for tool rows (toggles on the left, actions on the right) so that at 1024 pixels wide,
with longer words (German, French, Spanish) or with larger text no button is cut off or
squeezed: a group that does not fit on the line moves under it, whole. The controls of
one group always stay together, in their order.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


def _empty(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None or item.isEmpty():
        return item.isEmpty()
    children = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return bool(children) and all(c.isHidden() for c in children)


class GroupLines(QLayout):
    """Lays its items (the groups) out in lines, each item as wide as its size hint.

    A line ends where the next item does not fit. On a line, a stretching item takes the
    space left over (so it pushes the items after it to the right edge); a line without
    one is aligned right, so actions keep their place at the right edge when they wrap
    (or left, with ``align_left``: buttons that flow like words).
    """

    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 4, align_left: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[bool] = []
        self._align_left = align_left
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def add_group(self, widget: QWidget, *, stretch: bool = False) -> None:
        """Add ``widget`` at the end; ``stretch``: it takes the room left on its line."""
        self.addWidget(widget)
        self._stretch[-1] = stretch

    # QLayout's interface
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)
        self._stretch.append(False)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        if 0 <= index < len(self._items):
            del self._stretch[index]
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Everything on one line."""
        shown = self._shown()
        width = sum(self._items[i].sizeHint().width() for i in shown)
        width += self.spacing() * max(0, len(shown) - 1)
        height = max((self._items[i].sizeHint().height() for i in shown), default=0)
        return self._plus_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the widest group (then each group has a line of its own)."""
        size = QSize(0, 0)
        for i in self._shown():
            size = size.expandedTo(self._items[i].minimumSize())
        return self._plus_margins(size)

    # the lines
    def _plus_margins(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[int]:
        """The items to place: hidden groups and groups whose controls are all hidden
        take no room (not even a line of their own)."""
        return [i for i, item in enumerate(self._items) if not _empty(item)]

    def lines(self, width: int) -> list[list[int]]:
        """The items (by index) on each line when the layout is ``width`` pixels wide."""
        m = self.contentsMargins()
        room = width - m.left() - m.right()
        lines: list[list[int]] = []
        used = 0
        for i in self._shown():
            need = self._items[i].sizeHint().width()
            if lines and used + self.spacing() + need <= room:
                lines[-1].append(i)
                used += self.spacing() + need
            else:
                lines.append([i])
                used = need
        return lines

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``); the height the lines take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for n, line in enumerate(self.lines(rect.width())):
            if n:
                y += self.spacing()
            widths = [min(area.width(), self._items[i].sizeHint().width()) for i in line]
            left = area.width() - sum(widths) - self.spacing() * (len(line) - 1)
            stretching = [k for k, i in enumerate(line) if self._stretch[i]]
            x = area.x()
            if left > 0 and stretching:
                widths[stretching[0]] += left
            elif left > 0 and not self._align_left:
                x += left
            height = 0
            for i, w in zip(line, widths, strict=True):
                item = self._items[i]
                h = item.heightForWidth(w) if item.hasHeightForWidth() else -1
                height = max(height, h if h >= 0 else item.sizeHint().height())
            if move:
                for i, w in zip(line, widths, strict=True):
                    self._items[i].setGeometry(QRect(QPoint(x, y), QSize(w, height)))
                    x += w + self.spacing()
            y += height
        return y - area.y() + m.top() + m.bottom()


class ResponsiveRow(QWidget):
    """Groups of controls side by side while they fit, wrapping onto more lines when not.

    :attr:`first` (it takes the room left on its line, so the groups after it sit at the
    right edge) and :attr:`second` are :class:`QHBoxLayout` groups; :meth:`add_group` adds
    more, each of which can move onto a line of its own.

    With ``align_left`` no group stretches (not even :attr:`first`) and every line starts at
    the left edge: a row of buttons that flows like words.
    """

    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 4, align_left: bool = False
    ) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self._lines = GroupLines(self, spacing=spacing, align_left=align_left)
        self.first = self.add_group(stretch=not align_left)
        self.second = self.add_group()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add_group(self, *, stretch: bool = False) -> QHBoxLayout:
        """A new group at the end of the row; its controls always stay on one line."""
        box = QWidget(self)
        group = QHBoxLayout(box)
        group.setContentsMargins(0, 0, 0, 0)
        group.setSpacing(self._spacing)
        self._lines.add_group(box, stretch=stretch)
        return group

    @property
    def line_count(self) -> int:
        """How many lines the groups take at the row's present width."""
        return len(self._lines.lines(self.width()))

    @property
    def stacked(self) -> bool:
        """True when the groups take more than one line."""
        return self.line_count > 1

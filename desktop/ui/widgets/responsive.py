"""A row of two groups of controls that becomes two rows when the window is too narrow.

Used for tool rows (toggles on the left, actions on the right) so that at 1024 pixels wide
or with larger text no button is cut off: the second group moves under the first instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QWidget


class ResponsiveRow(QWidget):
    """Two :class:`QHBoxLayout` groups, :attr:`first` and :attr:`second`, side by side when
    they fit and stacked when they do not."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 4) -> None:
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(spacing)
        self.first = QHBoxLayout()
        self.second = QHBoxLayout()
        self._box.addLayout(self.first, 1)
        self._box.addLayout(self.second, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    @property
    def stacked(self) -> bool:
        """True when the second group is shown under the first."""
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def _side_by_side_width(self) -> int:
        return (
            self.first.sizeHint().width()
            + self.second.sizeHint().width()
            + self._box.spacing()
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Narrow enough to stack: the wider of the two groups."""
        width = max(self.first.minimumSize().width(), self.second.minimumSize().width())
        return QSize(width, self._box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Stack the groups when both do not fit side by side."""
        stack = event.size().width() < self._side_by_side_width()
        direction = (
            QBoxLayout.Direction.TopToBottom if stack else QBoxLayout.Direction.LeftToRight
        )
        if direction != self._box.direction():
            self._box.setDirection(direction)
            self.updateGeometry()
        super().resizeEvent(event)

"""A label that shortens its text with "…" to the width it gets, full text on hover.

Qt's ``QLabel`` clips text that does not fit ("4.0 t", "SmolLM2 13"); this one elides it
cleanly at the right end and keeps the whole text in its tooltip, so nothing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A one-line label that elides to fit; the full text is its tooltip when shortened.

    Args:
        text: the full text.
        min_chars: about how many characters it keeps before it is allowed to shrink.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, min_chars: int = 4):
        super().__init__(parent)
        self._full = ""
        self._min_chars = min_chars
        self._own_tip = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        """Set the full text (shown elided when it does not fit)."""
        self._full = text
        super().setText(text)
        self.updateGeometry()
        self._update_tip()

    def full_text(self) -> str:
        """The whole text, however it is shown."""
        return self._full

    def set_tip(self, tip: str) -> None:
        """A tooltip kept in addition to the full text."""
        self._own_tip = tip
        self._update_tip()

    def is_elided(self) -> bool:
        """Whether the text is shortened right now."""
        return self.fontMetrics().horizontalAdvance(self._full) > self.contentsRect().width()

    def shown_text(self) -> str:
        """The text as drawn at the current width."""
        return self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width())
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Allow shrinking to a few characters plus "…"."""
        fm = self.fontMetrics()
        sample = self._full[: self._min_chars] + "…"
        width = min(fm.horizontalAdvance(sample), fm.horizontalAdvance(self._full))
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The full text's width."""
        fm = self.fontMetrics()
        m = self.contentsMargins()
        return QSize(
            fm.horizontalAdvance(self._full) + m.left() + m.right() + 2,
            super().sizeHint().height(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Refresh the tooltip when the width changes."""
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw the (elided) text with the label's style."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        painter.drawText(rect, int(self.alignment()) | Qt.AlignmentFlag.AlignVCenter,
                         self.shown_text())
        painter.end()

    def _update_tip(self) -> None:
        parts = [p for p in (self._full if self.is_elided() else "", self._own_tip) if p]
        super().setToolTip("\n".join(parts))

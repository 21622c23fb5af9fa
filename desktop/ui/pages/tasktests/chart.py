"""A bar per model: tasks passed (green), failed (red) and still to judge (grey).

Drawn with QPainter from the run's :class:`~desktop.core.tasktests.results.ModelSummary`
rows; no chart library.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.tasktests.results import ModelSummary
from desktop.ui import fmt
from desktop.ui.i18n import qtr

PASSED = QColor("#2e7d32")
FAILED = QColor("#c62828")
UNJUDGED = QColor("#9e9e9e")
BAR_H = 22
GAP = 12
LABEL_W = 180


class ResultsChart(QWidget):
    """Stacked horizontal bars, one per model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ModelSummary] = []
        self.setAccessibleName(qtr("ResultsChart", "Tasks passed per model"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(BAR_H + 2 * GAP)

    def set_rows(self, rows: Sequence[ModelSummary]) -> None:
        """Show these models' results."""
        self.rows = list(rows)
        self.setFixedHeight(max(1, len(self.rows)) * (BAR_H + GAP) + GAP)
        self.setToolTip("\n".join(
            qtr("ResultsChart", "{model}: passed {passed}, failed {failed}, to judge {unjudged}")
            .format(model=r.model, passed=fmt.count(r.passed), failed=fmt.count(r.failed),
                    unjudged=fmt.count(r.unjudged))
            for r in self.rows))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Wide enough for a label and a bar."""
        return QSize(520, max(1, len(self.rows)) * (BAR_H + GAP) + GAP)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw the bars."""
        if not self.rows:
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            total = max((r.total for r in self.rows), default=1) or 1
            span = max(40.0, self.width() - LABEL_W - 70.0)
            text = self.palette().windowText().color()
            for i, r in enumerate(self.rows):
                y = GAP + i * (BAR_H + GAP)
                painter.setPen(text)
                label = painter.fontMetrics().elidedText(r.model, Qt.TextElideMode.ElideRight,
                                                         LABEL_W - 10)
                painter.drawText(QRectF(0, y, LABEL_W - 10, BAR_H),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                                 label)
                x = float(LABEL_W)
                painter.setPen(Qt.PenStyle.NoPen)
                for count, colour in ((r.passed, PASSED), (r.failed, FAILED),
                                      (r.unjudged, UNJUDGED)):
                    if count:
                        w = span * count / total
                        painter.setBrush(colour)
                        painter.drawRect(QRectF(x, y, w, BAR_H))
                        x += w
                painter.setPen(text)
                painter.drawText(QRectF(x + 6, y, 70, BAR_H), Qt.AlignmentFlag.AlignVCenter,
                                 qtr("ResultsChart", "{passed} of {total}").format(
                                     passed=fmt.count(r.passed), total=fmt.count(r.total)))
        finally:
            painter.end()

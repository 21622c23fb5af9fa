"""The numbers under a pane's answer: first word, speed, tokens, peak memory.

:class:`Metric` is one caption over a value; :class:`PaneMetrics` is a mix-in of
:class:`~desktop.ui.widgets.pane.view.PaneView` that fills them and lays them out for the
pane's width. Its strings keep the "PaneView" translation context.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.core.generation import GenerationMetrics
from desktop.ui import fmt
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr
from desktop.ui.widgets.elided import ElidedLabel

SPEED_TIP = QT_TRANSLATE_NOOP("PaneView", "Words per second while writing (after the first word)")
HIDDEN_TIP = QT_TRANSLATE_NOOP(
    "PaneView", "Hidden until you vote: speed, memory and timings could give the model away."
)


class Metric(QWidget):
    """A small caption over a value; both shorten with "…" when the pane is narrow."""

    def __init__(self, caption: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.caption = ElidedLabel(caption)
        self.caption.setObjectName("metricCaption")
        self.caption.set_tip(tooltip)
        self.value = ElidedLabel("–")
        self.value.setObjectName("metricValue")
        self.value.set_tip(tooltip)
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        self.setToolTip(tooltip)

    def set_tip(self, tooltip: str) -> None:
        """Change the explanation shown on hover."""
        self.setToolTip(tooltip)
        self.caption.set_tip(tooltip)
        self.value.set_tip(tooltip)


class PaneMetrics:
    """Fills and arranges the pane's numbers (mixed into the pane, which builds them)."""

    m_ttft: Metric
    m_speed: Metric
    m_tokens: Metric
    m_ram: Metric
    _metric_grid: QGridLayout
    _metric_shape: tuple[int, bool]
    #: rows of numbers now shown (1, 2 or 4)
    _metric_rows: int
    _foot: QGridLayout
    _root: QVBoxLayout
    copy_button: QToolButton
    metrics_hidden: bool
    peak_rss_seen: int

    def metric_labels(self) -> list[QLabel]:
        """The number labels under the answer (first word, speed, tokens, memory)."""
        return [m.value for m in self._metrics()]

    def _metrics(self) -> tuple[Metric, ...]:
        return (self.m_ttft, self.m_speed, self.m_tokens, self.m_ram)

    def _relayout_metrics(self) -> None:
        """Lay the numbers out for the pane's width, with Copy beside them or under them.

        In order of the height they take: one row of four with Copy beside; two rows of two
        beside; one row with Copy under it; two rows with Copy under; one number per row.
        Whatever still does not fit shortens with "…" and shows in full on hover.
        """
        grid = self._metric_grid
        margins = self._root.contentsMargins()
        width = cast(QWidget, self).contentsRect().width() - margins.left() - margins.right()
        spacing = grid.horizontalSpacing()
        beside_room = width - self.copy_button.sizeHint().width() - self._foot.horizontalSpacing()
        widths = [m.sizeHint().width() for m in self._metrics()]

        def needs(columns: int) -> int:  # each column as wide as its widest number
            cols = [max(widths[c::columns]) for c in range(columns)]
            return sum(cols) + spacing * (columns - 1)

        shapes = ((4, True), (2, True), (4, False), (2, False), (1, True))
        shape = next(
            (s for s in shapes if needs(s[0]) <= (beside_room if s[1] else width)), (1, False)
        )
        if shape == self._metric_shape:
            return
        self._metric_shape = shape
        columns, beside = shape
        self._metric_rows = 4 // columns
        for m in self._metrics():
            grid.removeWidget(m)
        for i, m in enumerate(self._metrics()):
            row, col = divmod(i, columns)
            grid.addWidget(m, row, col)
        foot = self._foot
        foot.removeWidget(self.copy_button)
        if beside:
            foot.addWidget(self.copy_button, 0, 1, Qt.AlignmentFlag.AlignBottom)
        else:
            foot.addWidget(self.copy_button, 1, 0, 1, 2, Qt.AlignmentFlag.AlignRight)

    def show_metrics(self, m: GenerationMetrics) -> None:
        """Fill the numbers under the answer (in a blind test only the length, until the
        vote)."""
        for metric in (self.m_ttft, self.m_speed, self.m_ram):
            metric.value.set_tip(
                qtr("PaneView", HIDDEN_TIP) if self.metrics_hidden else metric.toolTip()
            )
        if self.metrics_hidden:
            for metric in (self.m_ttft, self.m_speed, self.m_ram):
                metric.value.setText(qtr("PaneView", "after the vote"))
            self.m_tokens.value.setText(fmt.number(m.output_tokens) if m.output_tokens else "–")
            self._relayout_metrics()
            return
        self.m_ttft.value.setText(fmt.duration(m.ttft_s) if m.ttft_s is not None else "–")
        self.m_speed.value.setText(
            fmt.words_rate(m.tokens_per_s) if m.tokens_per_s is not None else "–"
        )
        self.m_tokens.value.setText(fmt.number(m.output_tokens) if m.output_tokens else "–")
        peak = max(m.peak_rss_bytes, self.peak_rss_seen)
        if m.backend == "server":
            self.m_ram.value.setText(qtr("PaneView", "On the server"))
        else:
            self.m_ram.value.setText(fmt.size(peak) if peak else "–")
        self._relayout_metrics()
        if m.note:
            self.m_speed.set_tip(f"{qtr('PaneView', SPEED_TIP)}\n{m.note}")

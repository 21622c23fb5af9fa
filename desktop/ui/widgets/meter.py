"""The always-visible meter strip: memory, processor and speed at a glance.

A :class:`QTimer` polls :meth:`desktop.core.machine.meter.Meter.sample` three times a second and
the strip redraws from the frozen snapshot. Nothing here runs per token.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.machine.meter import Meter, MeterSnapshot
from desktop.ui import fmt
from desktop.ui.i18n import qtr
from desktop.ui.widgets.elided import ElidedLabel

#: Polling interval of the meter, milliseconds (about 3 Hz).
POLL_MS = 333

#: One colour per pane, also used for the pane's accent in the compare page.
PANE_COLOURS = ("#2f6fde", "#c2410c", "#15803d", "#7e22ce")


def _colour_rank(colour: str) -> int:
    return PANE_COLOURS.index(colour) if colour in PANE_COLOURS else len(PANE_COLOURS)


class Bar(QWidget):
    """A slim horizontal fill bar (fraction 0..1) with a warning colour near full."""

    def __init__(
        self, parent: QWidget | None = None, *, colour: str = "#2f6fde", warn: bool = True
    ) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._colour = colour
        self._warn = warn
        self.setMinimumWidth(90)
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_fraction(self, fraction: float) -> None:
        """Set the filled share (screen readers read it as "45 percent")."""
        self._fraction = min(1.0, max(0.0, fraction))
        self.setAccessibleDescription(
            qtr("Bar", "{percent} percent").format(percent=fmt.number(self._fraction * 100))
        )
        self.update()

    @property
    def fraction(self) -> float:
        """The filled share."""
        return self._fraction

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        """Draw track and fill."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(70)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(track)
        p.drawRoundedRect(r, 4, 4)
        colour = QColor(self._colour)
        if self._warn and self._fraction > 0.9:
            colour = QColor("#c42b1c")
        elif self._warn and self._fraction > 0.75:
            colour = QColor("#c77700")
        p.setBrush(colour)
        fill = QRectF(r.left(), r.top(), max(r.height(), r.width() * self._fraction), r.height())
        if self._fraction > 0:
            p.drawRoundedRect(fill, 4, 4)
        p.end()


class Sparkline(QWidget):
    """A tiny moving line of recent values (tokens per second)."""

    def __init__(self, parent: QWidget | None = None, *, colour: str = "#2f6fde") -> None:
        super().__init__(parent)
        self._values: tuple[float, ...] = ()
        self._colour = QColor(colour)
        self.setFixedSize(QSize(96, 26))

    def set_colour(self, colour: str) -> None:
        """Draw in another colour."""
        self._colour = QColor(colour)
        self.update()

    def set_values(self, values: Sequence[float]) -> None:
        """Show these values, oldest first."""
        self._values = tuple(values)
        self.update()

    @property
    def values(self) -> tuple[float, ...]:
        """The values drawn."""
        return self._values

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        """Draw the line and a soft fill under it."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        values = self._values[-40:]
        top = max(max(values, default=0.0), 1.0)
        if len(values) >= 2:
            step = r.width() / (len(values) - 1)
            points = [
                QPointF(r.left() + i * step, r.bottom() - (v / top) * r.height())
                for i, v in enumerate(values)
            ]
            path = QPainterPath(points[0])
            for pt in points[1:]:
                path.lineTo(pt)
            fill = QPainterPath(path)
            fill.lineTo(points[-1].x(), r.bottom())
            fill.lineTo(points[0].x(), r.bottom())
            fill.closeSubpath()
            soft = QColor(self._colour)
            soft.setAlpha(40)
            p.fillPath(fill, soft)
            p.setPen(QPen(self._colour, 1.6))
            p.drawPath(path)
        else:
            base = self.palette().color(QPalette.ColorRole.Mid)
            p.setPen(QPen(base, 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))
        p.end()


class _Section(QWidget):
    """A captioned block of the strip."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        self.caption = QLabel(caption)
        self.caption.setObjectName("meterCaption")
        lay.addWidget(self.caption)
        self.body = QHBoxLayout()
        self.body.setSpacing(8)
        lay.addLayout(self.body)


class _PaneSpeed(QWidget):
    """Label + sparkline + number for one pane."""

    def __init__(self, label: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.colour = colour
        self.name = ElidedLabel(label, min_chars=10)
        self.name.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.spark = Sparkline(colour=colour)
        self.spark.setFixedSize(QSize(64, 24))
        self.value = QLabel("0")
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("00.0") + 4)
        lay.addWidget(self.name, 1)
        lay.addWidget(self.spark)
        lay.addWidget(self.value)

    def set_colour(self, colour: str) -> None:
        """Follow the pane's colour."""
        self.colour = colour
        self.name.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.spark.set_colour(colour)


class MeterStrip(QFrame):
    """Memory, processor and per-pane speed, refreshed about three times a second.

    Args:
        meter: the Qt-free sampler (shared with the workers).
        pane_info: maps a pane id to (label, colour); unknown panes are not drawn.

    Signals:
        sampled(MeterSnapshot): after each refresh (tests and the compare page listen).
    """

    sampled = Signal(object)

    def __init__(
        self,
        meter: Meter,
        pane_info: Callable[[str], tuple[str, str] | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meterStrip")
        self.meter = meter
        self._pane_info = pane_info or (lambda pane: None)
        self.snapshot: MeterSnapshot | None = None
        #: During a blind test the loaded models are counted, not named.
        self.names_hidden = False

        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 10)
        lay.setSpacing(22)

        ram = _Section(qtr("MeterStrip", "Memory"))
        self.ram_bar = Bar()
        self.ram_bar.setMinimumWidth(100)
        self.ram_label = QLabel("–")
        ram.body.addWidget(self.ram_bar, 1)
        ram.body.addWidget(self.ram_label)
        ram.setToolTip(
            qtr("MeterStrip", "Memory (RAM) in use on this computer, by all programs together.")
        )
        lay.addWidget(ram, 3)

        models = _Section(qtr("MeterStrip", "Loaded models"))
        self.models_label = ElidedLabel(qtr("MeterStrip", "None"), min_chars=6)
        self.models_label.set_tip(
            qtr("MeterStrip", "Memory used by each model that is loaded and ready.")
        )
        models.body.addWidget(self.models_label)
        lay.addWidget(models, 2)

        cpu = _Section(qtr("MeterStrip", "Processor"))
        self.cpu_bar = Bar(colour="#6b7280", warn=False)
        self.cpu_bar.setMinimumWidth(70)
        self.cpu_label = QLabel("–")
        self.cpu_label.setMinimumWidth(36)
        cpu.body.addWidget(self.cpu_bar, 1)
        cpu.body.addWidget(self.cpu_label)
        cpu.setToolTip(qtr("MeterStrip", "How busy the processor (CPU) is right now."))
        lay.addWidget(cpu, 2)

        speed = _Section(qtr("MeterStrip", "Speed (words per second)"))
        speed.setToolTip(qtr("MeterStrip", "How fast each pane writes, in words per second."))
        self._speed_body = speed.body
        self.idle_label = QLabel(qtr("MeterStrip", "Idle"))
        self._speed_body.addWidget(self.idle_label)
        self._speed_body.addStretch(1)
        self._speeds: dict[str, _PaneSpeed] = {}
        lay.addWidget(speed, 5)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)

    def set_names_hidden(self, hidden: bool) -> None:
        """Hide model names (blind test) or show them again; redraws at the next sample."""
        self.names_hidden = hidden

    def start(self) -> None:
        """Start polling (and take a first sample now)."""
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        """Stop polling."""
        self.timer.stop()

    def refresh(self) -> None:
        """Take one sample and redraw."""
        snap = self.meter.sample()
        self.snapshot = snap
        self.ram_bar.set_fraction(snap.ram_fraction)
        self.ram_label.setText(
            qtr("MeterStrip", "{used} of {total}").format(
                used=fmt.size(snap.ram_used_bytes), total=fmt.size(snap.ram_total_bytes)
            )
        )
        self.ram_bar.setAccessibleName(
            qtr("MeterStrip", "Memory used: {text}").format(text=self.ram_label.text())
        )
        self.ram_bar.setToolTip(
            qtr("MeterStrip", "{size} free for new models right now.").format(
                size=fmt.size(snap.ram_available_bytes)
            )
        )
        if snap.runners and self.names_hidden:
            total = sum(r.rss_bytes for r in snap.runners)
            count = len(snap.runners)
            self.models_label.setText(
                (
                    qtr("MeterStrip", "1 model · {size}")
                    if count == 1
                    else qtr("MeterStrip", "{count} models · {size}")
                ).format(count=count, size=fmt.size(total))
            )
            self.models_label.set_tip(qtr("MeterStrip", "Names are hidden during a blind test."))
        elif snap.runners:
            parts = [f"{fmt.short_name(r.name)} {fmt.size(r.rss_bytes)}" for r in snap.runners]
            self.models_label.setText("  ·  ".join(parts))
            self.models_label.set_tip(
                "\n".join(f"{r.name}: {fmt.size(r.rss_bytes)}" for r in snap.runners)
            )
        else:
            self.models_label.setText(qtr("MeterStrip", "None"))
        self.cpu_bar.set_fraction(snap.cpu_percent / 100.0)
        self.cpu_label.setText(
            qtr("MeterStrip", "{percent}%").format(percent=fmt.number(snap.cpu_percent))
        )
        # room for "100 %" in the language and text size now shown, so it never clips
        widest = qtr("MeterStrip", "{percent}%").format(percent=fmt.number(100))
        self.cpu_label.setMinimumWidth(
            max(36, self.cpu_label.fontMetrics().horizontalAdvance(widest) + 2)
        )
        self.cpu_bar.setAccessibleName(
            qtr("MeterStrip", "Processor busy: {cpu_percent} percent").format(
                cpu_percent=fmt.number(snap.cpu_percent)
            )
        )
        self._refresh_speeds(snap)
        self.sampled.emit(snap)

    def _refresh_speeds(self, snap: MeterSnapshot) -> None:
        shown = set()
        rows = [(p, self._pane_info(p.pane)) for p in snap.panes]
        # colours follow the panes' places on screen, so the speeds are shown in that order
        rows.sort(key=lambda r: (_colour_rank(r[1][1]) if r[1] else 99, r[0].pane))
        for position, (pane, info) in enumerate(r for r in rows if r[1] is not None):
            assert info is not None
            label, colour = info
            shown.add(pane.pane)
            widget = self._speeds.get(pane.pane)
            if widget is None:
                widget = _PaneSpeed(label, colour)
                self._speeds[pane.pane] = widget
            if self._speed_body.indexOf(widget) != position:
                self._speed_body.insertWidget(position, widget)
            if widget.colour != colour:
                widget.set_colour(colour)
            widget.name.setText(f"● {fmt.short_name(label, 24)}")
            widget.name.set_tip(label)
            widget.setToolTip(label)
            if self.names_hidden:  # a blind test: a model's speed would give it away
                widget.spark.set_values([])
                widget.value.setText("–")
                widget.setToolTip(
                    qtr("MeterStrip", "{label}: the speed is shown after your vote").format(
                        label=label
                    )
                )
                widget.setAccessibleName(
                    qtr("MeterStrip", "{label}: speed shown after your vote").format(label=label)
                )
                continue
            widget.spark.set_values(pane.history)
            widget.value.setText(fmt.words_number(pane.tokens_per_s) if pane.active else "–")
            widget.setAccessibleName(
                qtr("MeterStrip", "{label}: {text} words per second").format(
                    label=label, text=widget.value.text()
                )
                if pane.active
                else qtr("MeterStrip", "{label}: not writing").format(label=label)
            )
        for key in list(self._speeds):
            if key not in shown:
                self._speeds.pop(key).deleteLater()
        self.idle_label.setVisible(not self._speeds)

    def speed_widget(self, pane: str) -> _PaneSpeed | None:
        """The speed display of one pane (tests)."""
        return self._speeds.get(pane)

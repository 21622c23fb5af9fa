"""The first-run welcome: this computer in plain words, the starter model, 3 suggestions.

Shown once; closing it records ``first_run_done`` in the settings.

Signals:
    try_model(str): try an installed model now (its library id; "starter").
    browse_models(): open the Models page.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.ui import fmt
from desktop.ui.i18n import qtr
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.badge import FitBadge

log = logging.getLogger("desktop.ui.welcome")


@dataclass(frozen=True)
class Suggestion:
    """A recommended download."""

    catalog_id: str
    name: str
    size_bytes: int
    speed: str
    badge: str
    label: str
    reason: str


def this_computer() -> tuple[Any, list[Suggestion]]:
    """Probe the hardware and pick 3 catalog models that run well here (blocking)."""
    from desktop.core.fit.verdict import assess_fit
    from desktop.core.library.catalog import load_catalog
    from desktop.core.machine.hardware import probe_hardware

    hw = probe_hardware()
    picks: list[tuple[float, Suggestion]] = []
    for e in load_catalog().entries:
        if e.is_local or not e.files:
            continue
        f = e.default_file
        result = assess_fit(e.shape(f), hw, downloaded=False)
        if result.badge != "runs_well" or result.words_per_s_estimate < 4:
            continue
        s = Suggestion(
            e.id,
            e.display_name,
            e.estimated_size(f),
            result.speed_text,
            result.badge,
            result.label,
            result.reason,
        )
        picks.append((e.params_b, s))
    picks.sort(key=lambda p: -p[0])  # the most capable models that still run well
    return hw, [s for _, s in picks[:3]]


class WelcomeDialog(QDialog):
    """See the module docstring."""

    try_model = Signal(str)
    browse_models = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(qtr("WelcomeDialog", "Welcome to {APP_NAME}").format(APP_NAME=APP_NAME))
        self.setMinimumWidth(600)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        lay.setSpacing(14)
        title = QLabel(qtr("WelcomeDialog", "Welcome to {APP_NAME}").format(APP_NAME=APP_NAME))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        intro = QLabel(
            qtr(
                "WelcomeDialog",
                "Try small AI models on this computer. Everything stays here: nothing you "
                "type is sent anywhere.",
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)

        self.computer = QLabel(qtr("WelcomeDialog", "Looking at this computer…"))
        self.computer.setWordWrap(True)
        lay.addWidget(self._card(qtr("WelcomeDialog", "This computer"), self.computer))

        starter = QLabel(
            qtr(
                "WelcomeDialog",
                "A small model is already installed, so you can start right away. It is "
                "quick but simple; bigger models write better."
            )
        )
        starter.setWordWrap(True)
        try_button = QPushButton(qtr("WelcomeDialog", "Try it now"))
        try_button.setObjectName("primary")
        try_button.clicked.connect(self._try_starter)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(starter, 1)
        row.addWidget(try_button, 0, Qt.AlignmentFlag.AlignVCenter)
        holder = QWidget()
        holder.setLayout(row)
        lay.addWidget(self._card(qtr("WelcomeDialog", "Ready to try: SmolLM2 135M"), holder))

        self.suggestions = QVBoxLayout()
        self.suggestions.setContentsMargins(0, 0, 0, 0)
        self.suggestions.setSpacing(6)
        self.loading = QLabel(qtr("WelcomeDialog", "Finding models that run well here…"))
        self.suggestions.addWidget(self.loading)
        box = QWidget()
        box.setLayout(self.suggestions)
        lay.addWidget(
            self._card(qtr("WelcomeDialog", "Recommended downloads for this computer"), box)
        )

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        browse = QPushButton(qtr("WelcomeDialog", "See all models"))
        browse.clicked.connect(self._browse)
        close = QPushButton(qtr("WelcomeDialog", "Start"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(browse)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.suggested: list[Suggestion] = []
        self.finished.connect(lambda _r: self._remember())
        tasks.run(this_computer, self._show, lambda e: self.computer.setText(e.message))

    @staticmethod
    def _card(caption: str, body: QWidget) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        v = QVBoxLayout(card)
        v.setContentsMargins(16, 12, 16, 12)
        head = QLabel(caption)
        head.setStyleSheet("font-weight: 600;")
        v.addWidget(head)
        v.addWidget(body)
        return card

    def _show(self, result: tuple[Any, list[Suggestion]]) -> None:
        hw, picks = result
        self.computer.setText(
            qtr(
                "WelcomeDialog",
                "Memory: {size} ({size2} free now)<br>Processor: {cpu_physical_cores} "
                "cores<br>Space for models: {size3} free"
            ).format(
                size=fmt.size(hw.ram_total_bytes),
                size2=fmt.size(hw.ram_available_bytes),
                cpu_physical_cores=hw.cpu_physical_cores,
                size3=fmt.size(hw.disk_free_bytes),
            )
        )
        self.suggested = picks
        self.loading.setVisible(not picks)
        self.loading.setText(
            qtr("WelcomeDialog", "No catalog model runs well here; the starter model does.")
        )
        for s in picks:
            line = QHBoxLayout()
            line.setContentsMargins(0, 2, 0, 2)
            badge = FitBadge()
            badge.set_fit(s.badge, s.label, s.reason)
            text = QVBoxLayout()
            text.setSpacing(0)
            title = QLabel(f"<b>{s.name}</b> · {fmt.size(s.size_bytes)}")
            speed = QLabel(s.speed)
            speed.setObjectName("muted")
            text.addWidget(title)
            text.addWidget(speed)
            line.addLayout(text, 1)
            line.addWidget(badge)
            w = QWidget()
            w.setLayout(line)
            self.suggestions.addWidget(w)
        self.adjustSize()

    def _try_starter(self) -> None:
        self.try_model.emit("starter")
        self.accept()

    def _browse(self) -> None:
        self.browse_models.emit()
        self.accept()

    def _remember(self) -> None:
        try:
            from desktop.core.config.settings import load_settings, save_settings

            save_settings(load_settings().replace(first_run_done=True))
        except Exception:  # noqa: BLE001 - only means the welcome shows again
            log.exception("could not save first_run_done")

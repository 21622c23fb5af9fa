"""The Compare page, also the single-model playground.

A prompt box, an optional system prompt, sampling settings behind "Advanced", and one to
four panes side by side. "Run" (Ctrl+Enter) sends the prompt to every pane; Esc stops all.

Runs are memory-aware: before starting, the page estimates what each model needs
(:mod:`desktop.core.fit.estimate` when available) and asks the scheduler
(:func:`desktop.core.fit.schedule.plan_runs`) whether the panes can run together or must take
turns ("Waiting: runs after X to save memory"). Runners stay warm in a
:class:`~desktop.ui.pool.ModelPool` and are unloaded least recently used first.

Every run is kept in the history (:class:`~desktop.ui.run_record.RunRecorder`). With
"Blind test" ticked, the panes are shuffled and shown as "Model A", "Model B" … until the
person votes under them. "Share" saves a picture of the panes or exports the run;
"Ready-made prompts" and the presets under "Advanced" help people start.

Panes answering at the same time share the processor cores (each request carries its
share of the threads); a pane answering alone uses them all.

Signals:
    run_started(): a comparison began.
    run_finished(): every pane of the comparison ended.
    history_changed(): a run or a vote was saved (the History page reloads).
    names_hidden(bool): a blind test started (True) or its names were revealed (False).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.config.prompts import PRESETS, Prompt, PromptLibrary, matching_preset
from desktop.core.errors import CancelledError, SlmError
from desktop.core.history.blind import BlindLayout
from desktop.core.history.export import RunFormat, export_runs
from desktop.core.history.store import History, Vote
from desktop.core.machine.meter import Meter, MeterSnapshot
from desktop.engine.backend import share_threads
from desktop.engine.types import GenerateRequest, LoadSettings, SamplingParams
from desktop.ui.choices import ModelChoice, installed_choices
from desktop.ui.export_image import grab_panes_png
from desktop.session.pool import ModelPool
from desktop.ui.prompt_menu import PromptMenuButton
from desktop.ui.run_record import RunRecorder
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.meter import PANE_COLOURS
from desktop.ui.widgets.pane import PaneView
from desktop.ui.widgets.vote import VoteBar
from desktop.ui.workers import GenerationWorker

log = logging.getLogger("desktop.ui.compare")

MAX_PANES = 4
#: "Export…" formats and their file-dialog filters.
EXPORT_FILTERS = {
    "html": "Web page (*.html)",
    "md": "Markdown (*.md)",
    "csv": "Spreadsheet (*.csv)",
    "json": "JSON (*.json)",
}
#: Extra memory a runner needs beyond the model itself when no better estimate exists.
RUNNER_OVERHEAD_BYTES = 160 * 1024 * 1024


@dataclass(frozen=True)
class RunPlan:
    """Which panes run together: ``waves[0]`` first, then ``waves[1]`` ..."""

    waves: tuple[tuple[str, ...], ...]
    needs: dict[str, int]
    mode: str


def estimate_need(path: Path, settings: LoadSettings) -> int:
    """Memory a model needs to answer, in bytes (fit estimate, else size plus overhead)."""
    try:
        from desktop.core.fit.estimate import ModelShape, estimate_memory

        shape = ModelShape.from_file(path)
        ctx = settings.context_length or min(shape.native_context or 4096, 4096)
        return int(estimate_memory(shape, ctx).need_bytes) + RUNNER_OVERHEAD_BYTES // 2
    except ImportError:
        pass
    except Exception:  # noqa: BLE001 - fall back to a simple, safe estimate
        log.debug("fit estimate failed for %s", path, exc_info=True)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return int(size * 1.1) + RUNNER_OVERHEAD_BYTES


def plan_waves(needs: Sequence[tuple[str, int]], available: int) -> RunPlan:
    """Group panes into waves that fit in ``available`` bytes (the core scheduler's job)."""
    try:
        from desktop.core.fit.schedule import plan_runs

        plan = plan_runs(needs, available)
        return RunPlan(tuple(tuple(w) for w in plan.waves), dict(needs), str(plan.mode))
    except ImportError:
        pass
    total = sum(n for _, n in needs)
    if total <= available or len(needs) <= 1:
        return RunPlan((tuple(k for k, _ in needs),), dict(needs), "parallel")
    waves: list[list[str]] = []
    used = 0
    for key, need in needs:
        if waves and used + need <= available:
            waves[-1].append(key)
            used += need
        else:
            waves.append([key])
            used = need
    return RunPlan(tuple(tuple(w) for w in waves), dict(needs), "sequential")


CUSTOM = "custom"


class AdvancedSettings(QWidget):
    """Sampling settings in plain words, with presets; defaults from :class:`SamplingParams`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        d = SamplingParams()
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 4)
        form.setHorizontalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.temperature = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=2.0, singleStep=0.1)
        self.temperature.setValue(d.temperature)
        self.temperature.setToolTip("Temperature. 0 gives the same answer every time.")
        self.max_tokens = QSpinBox(minimum=1, maximum=8192, singleStep=64)
        self.max_tokens.setValue(d.max_tokens)
        self.max_tokens.setToolTip("Maximum number of tokens in each answer (max_tokens).")
        self.top_p = QDoubleSpinBox(decimals=2, minimum=0.05, maximum=1.0, singleStep=0.05)
        self.top_p.setValue(d.top_p)
        self.top_p.setToolTip("Top-p: consider only the most likely words that add up to this.")
        self.top_k = QSpinBox(minimum=0, maximum=500)
        self.top_k.setValue(d.top_k)
        self.top_k.setToolTip("Top-k: consider at most this many candidate words (0 = no limit).")
        self.min_p = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=1.0, singleStep=0.01)
        self.min_p.setValue(d.min_p)
        self.min_p.setToolTip("Min-p: ignore words much less likely than the best one.")
        self.repeat_penalty = QDoubleSpinBox(decimals=2, minimum=1.0, maximum=2.0, singleStep=0.05)
        self.repeat_penalty.setValue(d.repeat_penalty)
        self.repeat_penalty.setToolTip("Repeat penalty: higher values repeat less.")
        self.same_answer = QCheckBox("Same answer every time")
        self.same_answer.setToolTip("Use a fixed random seed so runs can be repeated exactly.")
        self.preset = QComboBox()
        self.preset.setAccessibleName("Style")
        for key, p in PRESETS.items():
            self.preset.addItem(p.title, key)
            self.preset.setItemData(self.preset.count() - 1, p.description,
                                    Qt.ItemDataRole.ToolTipRole)
        self.preset.addItem("Custom", CUSTOM)
        self.preset.setItemData(self.preset.count() - 1, "Your own settings below",
                                Qt.ItemDataRole.ToolTipRole)
        self.preset.setToolTip("Ready-made settings: Precise, Balanced or Creative")
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        form.addRow("Style", self.preset)
        form.addRow("Creativity", self.temperature)
        form.addRow("Longest answer (tokens)", self.max_tokens)
        form.addRow("Word choice (top-p)", self.top_p)
        form.addRow("Candidate words (top-k)", self.top_k)
        form.addRow("Minimum likelihood (min-p)", self.min_p)
        form.addRow("Avoid repeating", self.repeat_penalty)
        form.addRow("", self.same_answer)
        for box in (self.temperature, self.top_p, self.top_k, self.min_p, self.repeat_penalty):
            box.valueChanged.connect(self._sync_preset)
        self._sync_preset()

    def apply_preset(self, key: str) -> None:
        """Set the sampling fields from a preset ("precise", "balanced", "creative").

        The answer length and "same answer every time" are the person's and stay as they are.
        """
        p = PRESETS[key].sampling
        self._setting = True
        try:
            self.temperature.setValue(p.temperature)
            self.top_p.setValue(p.top_p)
            self.top_k.setValue(p.top_k)
            self.min_p.setValue(p.min_p)
            self.repeat_penalty.setValue(p.repeat_penalty)
        finally:
            self._setting = False
        self._sync_preset()

    def set_params(self, params: SamplingParams) -> None:
        """Show these settings (a re-run from the history)."""
        self._setting = True
        try:
            self.temperature.setValue(params.temperature)
            self.top_p.setValue(params.top_p)
            self.top_k.setValue(params.top_k)
            self.min_p.setValue(params.min_p)
            self.repeat_penalty.setValue(params.repeat_penalty)
            self.max_tokens.setValue(params.max_tokens)
            self.same_answer.setChecked(params.seed is not None)
        finally:
            self._setting = False
        self._sync_preset()

    def preset_key(self) -> str:
        """The preset the fields match, or ``"custom"``."""
        return str(self.preset.currentData())

    def _preset_chosen(self, _index: int) -> None:
        key = self.preset.currentData()
        if key in PRESETS and not self._setting:
            self.apply_preset(str(key))

    def _sync_preset(self) -> None:
        if getattr(self, "_setting", False):
            return
        key = matching_preset(self.params()) or CUSTOM
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(0, self.preset.findData(key)))
        self.preset.blockSignals(False)

    def params(self) -> SamplingParams:
        """The settings as a frozen :class:`SamplingParams`."""
        return SamplingParams(
            temperature=self.temperature.value(),
            top_p=self.top_p.value(),
            top_k=self.top_k.value(),
            min_p=self.min_p.value(),
            repeat_penalty=self.repeat_penalty.value(),
            max_tokens=self.max_tokens.value(),
            seed=42 if self.same_answer.isChecked() else None,
        )


def _disclosure(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setCheckable(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setArrowType(Qt.ArrowType.RightArrow)
    button.setAutoRaise(True)
    button.toggled.connect(
        lambda on: button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
    )
    return button


class ComparePage(QWidget):
    """Prompt, settings and panes; owns the pool of warm runners. See the module docstring."""

    run_started = Signal()
    run_finished = Signal()
    history_changed = Signal()
    names_hidden = Signal(bool)

    def __init__(
        self,
        meter: Meter,
        tasks: TaskRunner,
        *,
        load_settings: LoadSettings | None = None,
        history: History | None = None,
        prompts: PromptLibrary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.recorder = RunRecorder(history, self._history_failed)
        self.prompts = prompts or PromptLibrary()
        #: The task tag of the ready-made prompt in use (leaderboards are per task).
        self.task_tag: str | None = None
        #: Built requests of the current run by pane id (with each pane's thread share).
        self.requests: dict[str, GenerateRequest] = {}
        self.blind_layout: BlindLayout | None = None
        self._run_panes: list[PaneView] = []
        self._applied_prompt = ""
        self._applying_prompt = False
        self.meter = meter
        self.tasks = tasks
        self.pool = ModelPool(meter)
        self.load_settings = load_settings or LoadSettings()
        self.panes: list[PaneView] = []
        self._choices: list[ModelChoice] = []
        self._pane_counter = 0
        self._run_id = 0
        self._waves: list[tuple[str, ...]] = []
        self._current_wave: tuple[str, ...] = ()
        self._needs: dict[str, int] = {}
        self._running = False
        self._request: GenerateRequest | None = None
        self._clients: dict[str, object] = {}
        self._last_client: dict[str, object] = {}
        self._closed = False
        #: Groups panes into waves from (pane, bytes needed) and the bytes available; the
        #: scheduler by default. Tests pass a smaller memory budget through it.
        self.planner: Callable[[Sequence[tuple[str, int]], int], RunPlan] = plan_waves

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 20, 24, 12)
        root.setSpacing(10)

        title = QLabel("Compare")
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            "Ask one question and see how each model answers, side by side. "
            "Everything runs on this computer; nothing is sent anywhere."
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)
        root.addWidget(title)
        intro = QHBoxLayout()
        intro.setSpacing(12)
        intro.addWidget(subtitle, 1)
        self.prompt_menu = PromptMenuButton(self.prompts)
        self.prompt_menu.chosen.connect(self.use_prompt)
        self.prompt_menu.save_requested.connect(self._save_prompt_dialog)
        self.prompt_menu.delete_requested.connect(self._delete_prompt)
        intro.addWidget(self.prompt_menu, 0, Qt.AlignmentFlag.AlignBottom)
        root.addLayout(intro)

        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName("prompt")
        self.prompt.setPlaceholderText(
            "Type your question or task, e.g. “Write a friendly reminder about Friday's "
            "team lunch.”  Press Ctrl+Enter to run."
        )
        self.prompt.setAccessibleName("Prompt")
        self.prompt.setFixedHeight(86)
        self.prompt.setTabChangesFocus(True)
        root.addWidget(self.prompt)

        toggles = QHBoxLayout()
        self.system_toggle = _disclosure("Instructions")
        self.system_toggle.setToolTip("An optional system prompt: how the model should behave")
        self.advanced_toggle = _disclosure("Advanced")
        self.advanced_toggle.setToolTip("Sampling settings (creativity, answer length …)")
        toggles.addWidget(self.system_toggle)
        toggles.addWidget(self.advanced_toggle)
        toggles.addSpacing(6)
        self.blind_check = QCheckBox("Blind test")
        self.blind_check.setToolTip(
            "Hide the model names and shuffle the panes, then vote for the best answer. "
            "The names are shown after your vote."
        )
        toggles.addWidget(self.blind_check)
        toggles.addStretch(1)
        self.share_button = QToolButton()
        self.share_button.setText("Share")
        self.share_button.setToolTip("Save a picture of the answers, or export this comparison")
        self.share_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        share_menu = QMenu(self.share_button)
        self.picture_action = share_menu.addAction("Save picture…")
        self.picture_action.setToolTip("A PNG picture of the answers, for an email or a report")
        self.picture_action.triggered.connect(self._save_picture_dialog)
        self.export_action = share_menu.addAction("Export…")
        self.export_action.setToolTip("This comparison as a web page, Markdown, CSV or JSON")
        self.export_action.triggered.connect(self._export_dialog)
        self.export_action.setEnabled(False)
        share_menu.setToolTipsVisible(True)
        self.share_button.setMenu(share_menu)
        self.add_button = QPushButton("+ Add a model")
        self.add_button.setToolTip("Compare up to four models side by side")
        self.add_button.clicked.connect(lambda: self.add_pane())
        self.stop_button = QPushButton("Stop all")
        self.stop_button.setToolTip("Stop every answer (Esc)")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop_all)
        self.run_button = QPushButton("Run")
        self.run_button.setObjectName("primary")
        self.run_button.setToolTip("Send the prompt to every pane (Ctrl+Enter)")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_all)
        toggles.addWidget(self.share_button)
        toggles.addWidget(self.add_button)
        toggles.addSpacing(12)
        toggles.addWidget(self.stop_button)
        toggles.addWidget(self.run_button)
        root.addLayout(toggles)

        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setPlaceholderText(
            "Optional, e.g. “You are a helpful assistant for a dental practice. "
            "Answer briefly and politely.”"
        )
        self.system_prompt.setAccessibleName("Instructions for the model")
        self.system_prompt.setFixedHeight(60)
        self.system_prompt.setVisible(False)
        self.system_toggle.toggled.connect(self.system_prompt.setVisible)
        root.addWidget(self.system_prompt)

        self.advanced = AdvancedSettings()
        self.advanced.setVisible(False)
        self.advanced_toggle.toggled.connect(self.advanced.setVisible)
        root.addWidget(self.advanced)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        root.addWidget(self.notice)

        #: The panes and the vote bar under them (what "Save picture" shows).
        self.pane_area = QWidget()
        area = QVBoxLayout(self.pane_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)
        area.addWidget(self.splitter, 1)
        self.vote_bar = VoteBar()
        self.vote_bar.voted.connect(self._on_vote)
        area.addWidget(self.vote_bar)
        root.addWidget(self.pane_area, 1)
        self.prompt.textChanged.connect(self._prompt_edited)

        run_keys = QShortcut(QKeySequence("Ctrl+Return"), self)
        run_keys.activated.connect(self.run_all)
        run_keys2 = QShortcut(QKeySequence("Ctrl+Enter"), self)
        run_keys2.activated.connect(self.run_all)
        stop_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop_key.activated.connect(self.stop_all)

        self.refresh_models()
        self.add_pane()

    # --- panes ------------------------------------------------------------------------

    def refresh_models(self, choices: list[ModelChoice] | None = None) -> None:
        """Reload the installed models into every picker."""
        self._choices = installed_choices() if choices is None else choices
        for pane in self.panes:
            pane.set_choices(self._choices)

    def add_pane(self, model_id: str | None = None) -> PaneView | None:
        """Add a pane (up to four); it picks ``model_id`` or the first installed model."""
        if len(self.panes) >= MAX_PANES:
            return None
        self._pane_counter += 1
        pane_id = f"pane-{self._pane_counter}"
        used = {p.colour for p in self.panes}
        colour = next((c for c in PANE_COLOURS if c not in used), PANE_COLOURS[0])
        pane = PaneView(pane_id, colour)
        pane.set_choices(self._choices, keep=model_id)
        pane.remove_requested.connect(lambda p=pane: self.remove_pane(p))
        pane.stop_requested.connect(lambda p=pane: self.stop_pane(p))
        self.panes.append(pane)
        self.splitter.addWidget(pane)
        self._update_buttons()
        return pane

    def remove_pane(self, pane: PaneView) -> None:
        """Remove a pane (its answer stops first). The last pane cannot be removed."""
        if len(self.panes) <= 1 or pane not in self.panes:
            return
        if pane.worker is not None:
            worker = pane.worker
            worker.stop()
            worker.wait(5000)
            pane.finish()
        self.panes.remove(pane)
        self.meter.forget_pane(pane.pane_id)
        pane.frame_timer.stop()
        pane.setParent(None)
        pane.deleteLater()
        if pane.pane_id in self._current_wave:
            self._maybe_next_wave()
        self._update_buttons()

    def pane_by_id(self, pane_id: str) -> PaneView | None:
        """The pane with this id."""
        return next((p for p in self.panes if p.pane_id == pane_id), None)

    def pane_info(self, pane_id: str) -> tuple[str, str] | None:
        """Label and colour of a pane for the meter strip."""
        pane = self.pane_by_id(pane_id)
        return (pane.title, pane.colour) if pane is not None else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self.panes) < MAX_PANES and not self._running)
        for p in self.panes:
            p.remove_button.setVisible(len(self.panes) > 1)
            p.remove_button.setEnabled(not self._running)
        self.run_button.setEnabled(not self._running)
        self.stop_button.setEnabled(self._running)

    # --- running ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while a comparison is in progress."""
        return self._running

    def sampling(self) -> SamplingParams:
        """The sampling settings from the Advanced section."""
        return self.advanced.params()

    def show_notice(self, text: str) -> None:
        """Show (or with "" hide) a short message above the panes."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def run_all(self) -> None:
        """Send the prompt to every pane (memory-aware; saved in the history)."""
        if self._running or self._closed:
            return
        text = self.prompt.toPlainText().strip()
        if not text:
            self.show_notice("Type a question or task in the box first.")
            self.prompt.setFocus()
            return
        self._sync_pane_order()
        panes = [p for p in self.panes if p.choice is not None]
        if not panes:
            self.show_notice("No model is installed yet. Download one on the Models page.")
            return
        self.show_notice("")
        system = self.system_prompt.toPlainText().strip() or None
        sampling = self.sampling()
        self._request = GenerateRequest.chat(text, system=system, sampling=sampling)
        self.requests = {}
        self._running = True
        self._run_id += 1
        run_id = self._run_id
        self._run_panes = panes
        blind = self.blind_check.isChecked()
        if blind and len(panes) < 2:
            blind = False
            self.show_notice("A blind test needs at least two models. Add a model to compare.")
        self._arrange(panes, blind=blind)
        self.recorder.start(
            text,
            system_prompt=system,
            sampling=sampling,
            load_settings=self.load_settings,
            models=[p.choice for p in panes],
            layout=self.blind_layout,
            task_tag=self.task_tag,
        )
        self.export_action.setEnabled(self.recorder.run_id is not None)
        for p in panes:
            p.reset()
            p.set_preparing()
        self._update_buttons()
        self.run_started.emit()
        if self.recorder.run_id is not None:
            self.history_changed.emit()
        jobs = [(p.pane_id, p.choice.path) for p in panes if p.choice is not None]
        settings = self.load_settings
        pool = self.pool
        planner = self.planner

        def plan() -> RunPlan:
            needs: list[tuple[str, int]] = []
            for pane_id, path in jobs:
                warm = pool.loaded_bytes(path, settings)
                needs.append((pane_id, warm or estimate_need(path, settings)))
            available = int(psutil.virtual_memory().available) + pool.idle_bytes()
            return planner(needs, available)

        def failed(error: SlmError) -> None:
            for p in panes:
                p.show_error(error)
            self._end_run(error)

        self.tasks.run(plan, lambda result: self._start_plan(run_id, result), failed)

    def _sync_pane_order(self) -> None:
        """``self.panes`` in the order they are shown (a blind test may have moved them)."""
        shown = [self.splitter.widget(i) for i in range(self.splitter.count())]
        self.panes = [w for w in shown if isinstance(w, PaneView) and w in self.panes]

    def _arrange(self, panes: list[PaneView], *, blind: bool) -> None:
        """Shuffle and hide names for a blind test, or show every name; colours by place."""
        if blind:
            layout = BlindLayout.shuffle(len(panes))
            for position, index in enumerate(layout.order):
                self.splitter.insertWidget(position, panes[index])
            for index, pane in enumerate(panes):
                pane.set_blind(layout.label_of(index))
            self.blind_layout = layout
            self.vote_bar.start(layout)
            self._sync_pane_order()
        else:
            self.blind_layout = None
            for pane in self.panes:
                pane.set_blind(None)
            self.vote_bar.clear()
        for position, pane in enumerate(self.panes):
            pane.set_colour(PANE_COLOURS[position % len(PANE_COLOURS)])
        self.names_hidden.emit(blind)

    def _start_plan(self, run_id: int, plan: RunPlan) -> None:
        if run_id != self._run_id or not self._running:
            return
        self._needs = plan.needs
        self._waves = [w for w in plan.waves if w]
        log.info("comparison plan: %s %s", plan.mode, plan.waves)
        earlier: list[str] = []
        for i, wave in enumerate(self._waves):
            names = [p.title for p in (self.pane_by_id(k) for k in wave) if p is not None]
            if i > 0:
                for key in wave:
                    pane = self.pane_by_id(key)
                    if pane is not None:
                        pane.set_waiting(list(dict.fromkeys(earlier)))
            earlier.extend(names)
        self._next_wave()

    def _next_wave(self) -> None:
        while self._waves:
            wave = self._waves.pop(0)
            panes = [p for p in (self.pane_by_id(k) for k in wave) if p is not None]
            if not panes:
                continue
            self._current_wave = wave
            clients = {}
            for pane in panes:
                choice = pane.choice
                assert choice is not None
                clients[pane.pane_id] = self.pool.acquire(
                    choice.path,
                    self.load_settings,
                    choice.name,
                    prefer=self._last_client.get(pane.pane_id),  # type: ignore[arg-type]
                )
            keep = {id(c) for c in clients.values()}
            assert self._request is not None
            # Models answering at once share the cores; one alone uses them all.
            threads = (
                share_threads(len(panes), self.load_settings.threads) if len(panes) > 1 else None
            )
            request = dataclasses.replace(self._request, threads=threads)
            for pane in panes:
                self.requests[pane.pane_id] = request
                self._start_pane(pane, clients[pane.pane_id], keep, request)
            return
        self._end_run()

    def _start_pane(
        self, pane: PaneView, client: object, keep: set[int], request: GenerateRequest
    ) -> None:
        need = self._needs.get(pane.pane_id, 0)
        pool = self.pool
        worker = GenerationWorker(
            pane.pane_id,
            client,  # type: ignore[arg-type]
            request,
            self.meter,
            prepare=lambda: (pool.make_room(need, keep=keep), None)[1],
            load=lambda c=client: pool.ensure_loaded(c),  # type: ignore[misc]
        )
        self._clients[pane.pane_id] = client
        self._last_client[pane.pane_id] = client
        pane.attach(worker)
        worker.finished.connect(lambda p=pane, w=worker: self._on_worker_finished(p, w))
        worker.start()

    def _on_worker_finished(self, pane: PaneView, worker: GenerationWorker) -> None:
        worker.wait()
        if pane.worker is worker:
            pane.finish()
        self._record(pane)
        client = self._clients.pop(pane.pane_id, None)
        if client is not None:
            surplus = self.pool.release(client)  # type: ignore[arg-type]
            if surplus:
                pool = self.pool
                self.tasks.run(lambda: pool.close_clients(surplus))
        worker.deleteLater()
        self._maybe_next_wave()

    def _maybe_next_wave(self) -> None:
        if not self._running:
            return
        if any(p.worker is not None for p in self.panes if p.pane_id in self._current_wave):
            return
        self._current_wave = ()
        self._next_wave()

    def _record(self, pane: PaneView) -> None:
        """Save the answer of a pane that just finished."""
        if pane not in self._run_panes:
            return
        try:
            outcome = pane.metrics or pane.error
            text = pane.output.toPlainText()
            peak = pane.peak_rss_seen
        except RuntimeError:  # the pane was removed mid-answer and is gone
            outcome, text, peak = None, "", 0
        index = self._run_panes.index(pane)
        self.recorder.result(index, outcome, peak_rss_bytes=peak, text=text)

    def _end_run(self, error: SlmError | None = None) -> None:
        if not self._running:
            return
        self._running = False
        self._waves = []
        self._current_wave = ()
        self.recorder.finish(error)
        if self.blind_layout is not None:
            answered = sum(1 for p in self._run_panes if p.metrics is not None)
            if answered >= 2:
                self.vote_bar.set_ready(True)
            else:  # nothing to judge: show the names at once
                self.reveal()
        self._update_buttons()
        self.run_finished.emit()
        if self.recorder.run_id is not None:
            self.history_changed.emit()

    def stop_pane(self, pane: PaneView) -> None:
        """Stop one pane's answer (or take it out of the queue)."""
        if pane.worker is not None:
            pane.worker.stop()
        elif pane.state == "waiting":
            self._waves = [tuple(k for k in w if k != pane.pane_id) for w in self._waves]
            pane.set_idle_text("Stopped before it started")

    def stop_all(self) -> None:
        """Stop every answer and cancel the panes still waiting (Esc)."""
        if not self._running:
            return
        pending = [k for w in self._waves for k in w]
        self._waves = []
        for key in pending:
            pane = self.pane_by_id(key)
            if pane is not None:
                pane.set_idle_text("Stopped before it started")
        for p in self.panes:
            if p.worker is not None:
                p.worker.stop()
            elif p.state == "loading":  # still planning
                p.set_idle_text("Stopped")
        if not any(p.worker is not None for p in self.panes):
            self._run_id += 1
            self._end_run()

    # --- blind test ---------------------------------------------------------------------

    def _on_vote(self, vote: Vote) -> None:
        """Save the vote with the run, then show which model was which."""
        self.recorder.vote(vote)
        self.reveal()
        self.history_changed.emit()

    def reveal(self) -> str:
        """Show the real names of a blind test (after the vote); returns the reveal text."""
        if self.blind_layout is None:
            return ""
        names = [p.choice.name if p.choice else "?" for p in self._run_panes]
        text = self.vote_bar.reveal(names)
        for pane in self._run_panes:
            pane.set_blind(None)
        self.names_hidden.emit(False)
        return text

    # --- prompt library ---------------------------------------------------------------

    def use_prompt(self, prompt: Prompt) -> None:
        """Fill the prompt box from a ready-made or saved prompt.

        Text the person already typed goes where the prompt says ``{text}``; other
        placeholders stay visible and the first one is selected, ready to type over. The
        prompt's instructions and suggested settings preset are applied too.
        """
        typed = self.prompt.toPlainText().strip()
        if typed == self._applied_prompt.strip():
            typed = ""
        filled = prompt.fill(typed)
        self._applying_prompt = True
        try:
            self.prompt.setPlainText(filled)
        finally:
            self._applying_prompt = False
        self._applied_prompt = filled
        self.task_tag = prompt.task_tag
        if prompt.system:
            self.system_prompt.setPlainText(prompt.system)
            self.system_toggle.setChecked(True)
        if prompt.preset in PRESETS:
            self.advanced.apply_preset(prompt.preset)
        self._select_placeholder()
        self.prompt.setFocus()

    def _select_placeholder(self) -> None:
        text = self.prompt.toPlainText()
        start = text.find("{")
        end = text.find("}", start)
        if start < 0 or end < 0:
            return
        cursor = self.prompt.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end + 1, QTextCursor.MoveMode.KeepAnchor)
        self.prompt.setTextCursor(cursor)

    def _prompt_edited(self) -> None:
        if not self._applying_prompt and not self.prompt.toPlainText().strip():
            self.task_tag = None
            self._applied_prompt = ""

    def save_prompt(self, title: str) -> Prompt | None:
        """Keep the prompt box (and instructions, preset) as one of the person's prompts."""
        text = self.prompt.toPlainText().strip()
        if not text:
            self.show_notice("Type the prompt you want to keep in the box first.")
            return None
        preset = self.advanced.preset_key()
        try:
            saved = self.prompts.save(
                title,
                text,
                task_tag=self.task_tag or "other",
                system=self.system_prompt.toPlainText().strip() or None,
                preset=preset if preset in PRESETS else "balanced",
            )
        except SlmError as error:
            self.show_notice(f"{error.message} {error.hint}")
            return None
        self.show_notice(f"Saved “{saved.title}” in Ready-made prompts → My prompts.")
        return saved

    def _save_prompt_dialog(self) -> None:
        if not self.prompt.toPlainText().strip():
            self.show_notice("Type the prompt you want to keep in the box first.")
            return
        first = self.prompt.toPlainText().strip().splitlines()[0][:60]
        title, ok = QInputDialog.getText(
            self, "Save this prompt", "A short title for this prompt:", text=first
        )
        if ok and title.strip():
            self.save_prompt(title)

    def _delete_prompt(self, prompt: Prompt) -> None:
        answer = QMessageBox.question(
            self, "Remove prompt", f"Remove “{prompt.title}” from your prompts?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.prompts.delete(prompt.id)
            except SlmError as error:
                self.show_notice(f"{error.message} {error.hint}")

    # --- history, sharing -------------------------------------------------------------

    def _history_failed(self, error: SlmError) -> None:
        self.show_notice(f"{error.message} {error.hint}".strip())

    def apply_rerun(self, request: object) -> list[str]:
        """Fill the page from a saved run (History → "Run again").

        With ``same_models`` the panes are set to the run's models (by library id, else by
        file); models no longer installed are named in a notice. Returns those names.
        """
        self.prompt.setPlainText(str(getattr(request, "prompt", "")))
        self._applied_prompt = ""
        system = getattr(request, "system_prompt", None) or ""
        self.system_prompt.setPlainText(system)
        self.system_toggle.setChecked(bool(system))
        sampling = getattr(request, "sampling", None)
        if isinstance(sampling, SamplingParams):
            self.advanced.set_params(sampling)
        self.task_tag = getattr(request, "task_tag", None)
        self.blind_check.setChecked(bool(getattr(request, "blind", False)))
        missing: list[str] = []
        models = tuple(getattr(request, "models", ()))
        if getattr(request, "same_models", True) and models and not self._running:
            self._sync_pane_order()
            while len(self.panes) < min(len(models), MAX_PANES):
                self.add_pane()
            while len(self.panes) > len(models):
                self.remove_pane(self.panes[-1])
            for pane, model in zip(self.panes, models, strict=False):
                if not self._select(pane, model):
                    missing.append(str(getattr(model, "display_name", "a model")))
            if missing:
                self.show_notice(
                    "Not installed any more: " + ", ".join(missing)
                    + ". Pick another model in those panes, then press Run."
                )
            else:
                self.show_notice("")
        else:
            self.show_notice("Pick the models to compare, then press Run.")
        return missing

    def _select(self, pane: PaneView, model: object) -> bool:
        model_id = getattr(model, "model_id", None)
        if model_id and pane.select_model(str(model_id)):
            return True
        path = getattr(model, "path", None)
        if path:
            for c in self._choices:
                if str(c.path) == str(path) or Path(c.path).resolve() == Path(path).resolve():
                    return pane.select_model(c.id)
        return False

    def save_picture(self, path: str | Path) -> Path:
        """Save a PNG picture of the panes (raises ExportError in plain words)."""
        return grab_panes_png(self.pane_area, path)

    def export_run(self, fmt: RunFormat, path: str | Path) -> Path:
        """Export the last run from the history to ``path`` (md, html, csv or json).

        Raises:
            SlmError: nothing saved to export, or the file could not be written.
        """
        if self.history is None or self.recorder.run_id is None:
            raise SlmError(
                "There is no saved comparison to export yet.",
                hint="Run a comparison first, then export it.",
            )
        run = self.history.get_run(self.recorder.run_id)
        return export_runs([run], fmt, path)

    def _save_picture_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save picture", str(Path.home() / "comparison.png"), "Picture (*.png)"
        )
        if path:
            try:
                self.save_picture(path)
            except SlmError as error:
                QMessageBox.warning(self, "Save picture", f"{error.message} {error.hint}")

    def _export_dialog(self) -> None:
        run_id = self.recorder.run_id
        path, chosen = QFileDialog.getSaveFileName(
            self,
            "Export comparison",
            str(Path.home() / f"comparison-{run_id or 0}.html"),
            ";;".join(EXPORT_FILTERS.values()),
            EXPORT_FILTERS["html"],
        )
        if not path:
            return
        suffix = Path(path).suffix.lower().lstrip(".")
        picked = next((k for k, v in EXPORT_FILTERS.items() if v == chosen), "html")
        fmt = suffix if suffix in EXPORT_FILTERS else picked
        try:
            self.export_run(fmt, path)  # type: ignore[arg-type]
        except SlmError as error:
            QMessageBox.warning(self, "Export", f"{error.message} {error.hint}")

    def runner_pid(self, pane: PaneView) -> int | None:
        """The process id of the runner answering in ``pane`` right now (tests, meter)."""
        client = self._clients.get(pane.pane_id)
        return getattr(client, "pid", None)

    def on_meter(self, snap: MeterSnapshot) -> None:
        """Keep the peak memory of each running pane's model (meter strip callback)."""
        by_pid = {r.pid: r.rss_bytes for r in snap.runners}
        for p in self.panes:
            client = self._clients.get(p.pane_id)
            pid = getattr(client, "pid", None)
            if pid is not None and pid in by_pid:
                p.note_rss(by_pid[pid])

    def shutdown(self) -> None:
        """Stop everything and end every runner (window closing). Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._waves = []
        workers = [p.worker for p in self.panes if p.worker is not None]
        for w in workers:
            w.stop()
        self.pool.stop_all()
        for w in workers:
            if not w.wait(8000):
                log.warning("a generation thread did not stop in time")
        for p in self.panes:
            p.frame_timer.stop()
            if p.worker is not None:
                p.finish()
        if self._running:  # keep what was answered; the rest is saved as stopped
            for p in self._run_panes:
                if p.metrics is not None or p.error is not None:
                    self._record(p)
            self.recorder.finish(CancelledError("The window was closed before this answer."))
        self.pool.close_all()
        self._running = False

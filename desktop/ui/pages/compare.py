"""The Compare page, also the single-model playground.

A prompt box, an optional system prompt, sampling settings behind "Advanced", and one to
four panes side by side. "Run" (Ctrl+Enter) sends the prompt to every pane; Esc stops all.

Runs are memory-aware: before starting, the page estimates what each model needs
(:mod:`desktop.core.fit` when available) and asks the scheduler
(:func:`desktop.core.scheduler.plan_runs`) whether the panes can run together or must take
turns ("Waiting: runs after X to save memory"). Runners stay warm in a
:class:`~desktop.ui.pool.ModelPool` and are unloaded least recently used first.

Signals:
    run_started(): a comparison began.
    run_finished(): every pane of the comparison ended.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import SlmError
from desktop.core.meter import Meter, MeterSnapshot
from desktop.engine.types import GenerateRequest, LoadSettings, SamplingParams
from desktop.ui.choices import ModelChoice, installed_choices
from desktop.ui.pool import ModelPool
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.meter import PANE_COLOURS
from desktop.ui.widgets.pane import PaneView
from desktop.ui.workers import GenerationWorker

log = logging.getLogger("desktop.ui.compare")

MAX_PANES = 4
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
        from desktop.core.fit import ModelShape, estimate_memory

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
        from desktop.core.scheduler import plan_runs

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


class AdvancedSettings(QWidget):
    """Sampling settings in plain words; defaults come from :class:`SamplingParams`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        form.addRow("Creativity", self.temperature)
        form.addRow("Longest answer (tokens)", self.max_tokens)
        form.addRow("Word choice (top-p)", self.top_p)
        form.addRow("Candidate words (top-k)", self.top_k)
        form.addRow("Minimum likelihood (min-p)", self.min_p)
        form.addRow("Avoid repeating", self.repeat_penalty)
        form.addRow("", self.same_answer)

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

    def __init__(
        self,
        meter: Meter,
        tasks: TaskRunner,
        *,
        load_settings: LoadSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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
        root.addWidget(subtitle)

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
        self.system_toggle = _disclosure("Instructions for the model")
        self.system_toggle.setToolTip("An optional system prompt: how the model should behave")
        self.advanced_toggle = _disclosure("Advanced")
        self.advanced_toggle.setToolTip("Sampling settings (creativity, answer length …)")
        toggles.addWidget(self.system_toggle)
        toggles.addWidget(self.advanced_toggle)
        toggles.addStretch(1)
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

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)
        root.addWidget(self.splitter, 1)

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
        """Send the prompt to every pane (memory-aware)."""
        if self._running or self._closed:
            return
        text = self.prompt.toPlainText().strip()
        if not text:
            self.show_notice("Type a question or task in the box first.")
            self.prompt.setFocus()
            return
        panes = [p for p in self.panes if p.choice is not None]
        if not panes:
            self.show_notice("No model is installed yet. Download one on the Models page.")
            return
        self.show_notice("")
        system = self.system_prompt.toPlainText().strip() or None
        self._request = GenerateRequest.chat(text, system=system, sampling=self.sampling())
        self._running = True
        self._run_id += 1
        run_id = self._run_id
        for p in panes:
            p.reset()
            p.set_preparing()
        self._update_buttons()
        self.run_started.emit()
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
            self._end_run()

        self.tasks.run(plan, lambda result: self._start_plan(run_id, result), failed)

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
            for pane in panes:
                self._start_pane(pane, clients[pane.pane_id], keep)
            return
        self._end_run()

    def _start_pane(self, pane: PaneView, client: object, keep: set[int]) -> None:
        assert self._request is not None
        need = self._needs.get(pane.pane_id, 0)
        pool = self.pool
        worker = GenerationWorker(
            pane.pane_id,
            client,  # type: ignore[arg-type]
            self._request,
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

    def _end_run(self) -> None:
        if not self._running:
            return
        self._running = False
        self._waves = []
        self._current_wave = ()
        self._update_buttons()
        self.run_finished.emit()

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
        self.pool.close_all()
        self._running = False

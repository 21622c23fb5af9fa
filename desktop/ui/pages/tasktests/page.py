"""The Task tests page: make or pick a test, run it on 1 to 4 models, read and judge results.

Top: the test picker (shipped, shared and your own packs), New, Import…, Export…, Save.
Tab "Tasks": the :class:`~.editor.PackEditor` form. Tab "Run and results": the model
pickers, Run / Pause / Stop with "Task 7 of 20, model 2 of 3, about 4 minutes left", the
plain recommendation, a bar chart, the table per model, every answer with why it passed or
failed and Pass / Fail / Skip buttons for the person's judgement, Export results… and the
past runs (an unfinished one can be resumed after the app was closed).

The results are shown by a :class:`~.results.ResultsView`. The page is a view: the run is a
:class:`~desktop.session.tasktest.TaskTestRunner` on a worker thread (the app's
:class:`~desktop.ui.tasks.TaskRunner`), whose events come back to the GUI thread; the results
are read from its :class:`~desktop.core.tasktests.store.RunStore`.

Signals:
    run_started(): a run began.
    run_finished(str): a run ended ("finished", "cancelled" or "incomplete").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.config.policy import Policy
from desktop.core.errors import SlmError
from desktop.core.generation import LoadSettings
from desktop.core.tasktests.library import PackInfo, starter_pack_path
from desktop.core.tasktests.store import RunStore
from desktop.session.pool import ModelPool
from desktop.session.servers import privacy_note
from desktop.session.tasktest import MAX_MODELS, ModelRef, TaskTestRunner
from desktop.session.tasktest_events import (
    AnswerDone,
    AnswerText,
    Event,
    ModelFailed,
    ModelLoading,
    Progress,
    RunEnded,
)
from desktop.ui.choices import ModelChoice, installed_choices, server_choices
from desktop.ui.i18n import qtr
from desktop.ui.pages.tasktests.editor import PackEditor
from desktop.ui.pages.tasktests.packs import PackActions
from desktop.ui.pages.tasktests.results import ResultsView
from desktop.ui.pages.tasktests.saved_runs import SavedRuns
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.fitscroll import FitScrollArea
from desktop.ui.widgets.responsive import ResponsiveRow

log = logging.getLogger("desktop.ui.tasktests")

NO_MODEL = "—"


class TaskTestsPage(PackActions, SavedRuns, QWidget):
    """See the module docstring; the tests (packs) and the saved runs are handled in
    :mod:`.packs` and :mod:`.saved_runs`."""

    run_started = Signal()
    run_finished = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        load_settings: LoadSettings | None = None,
        choices: Callable[[], list[ModelChoice]] = installed_choices,
        pool: ModelPool | None = None,
        policy: Policy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        #: the window's warm runners (a model warm from Compare is not loaded again).
        self.pool = pool
        self.policy = policy
        self.load_settings = load_settings or LoadSettings()
        self._choices = choices
        #: Models on servers (listed off the GUI thread by :meth:`refresh_servers`).
        self._server_choices: list[ModelChoice] = []
        self.runner: TaskTestRunner | None = None
        self.store: RunStore | None = None
        self.packs: list[PackInfo] = []
        self._current_info: PackInfo | None = None
        self._closed = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        title = QLabel(qtr("TaskTestsPage", "Task tests"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(
            qtr(
                "TaskTestsPage",
                "Check which model is good enough for your own office work: a "
                "list of tasks, automatic checks on the answers, and a plain "
                "suggestion.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)

        # the test's picker, then its buttons (on a line of their own when they do not fit)
        top = ResponsiveRow()
        top.first.addWidget(QLabel(qtr("TaskTestsPage", "Test")))
        self.pack_combo = QComboBox()
        self.pack_combo.setAccessibleName(qtr("TaskTestsPage", "Task test"))
        self.pack_combo.setMinimumWidth(260)
        # a long (or translated) pack name is elided in the closed box, never pushes the row
        self.pack_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pack_combo.setMinimumContentsLength(16)
        top.first.addWidget(self.pack_combo, 1)
        self.new_button = QPushButton(qtr("TaskTestsPage", "New"))
        self.new_button.setToolTip(qtr("TaskTestsPage", "Start a new task test"))
        self.import_button = QPushButton(qtr("TaskTestsPage", "Import…"))
        self.import_button.setToolTip(
            qtr("TaskTestsPage", "Open a task test file (.json) someone shared")
        )
        self.export_pack_button = QPushButton(qtr("TaskTestsPage", "Export…"))
        self.export_pack_button.setToolTip(
            qtr("TaskTestsPage", "Save this task test as a file to share")
        )
        self.save_button = QPushButton(qtr("TaskTestsPage", "Save"))
        self.save_button.setToolTip(qtr("TaskTestsPage", "Keep this task test in your own tests"))
        for b in (self.new_button, self.import_button, self.export_pack_button,
                  self.save_button):
            top.second.addWidget(b)
        layout.addWidget(top)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(qtr("TaskTestsPage", "Tasks or results"))
        self.editor = PackEditor()
        # on a short window the editor scrolls rather than squeezing its checks to nothing
        self.tabs.addTab(FitScrollArea(self.editor), qtr("TaskTestsPage", "Tasks"))
        self.tabs.addTab(self._make_run_tab(), qtr("TaskTestsPage", "Run and results"))
        layout.addWidget(self.tabs, 1)

        self.pack_combo.activated.connect(self._pack_chosen)
        self.new_button.clicked.connect(self.new_pack)
        self.import_button.clicked.connect(self._import_dialog)
        self.export_pack_button.clicked.connect(self._export_pack_dialog)
        self.save_button.clicked.connect(self.save_current)
        self.editor.changed.connect(self._edited)

        self.refresh_packs()
        self.refresh_models()
        self.refresh_runs()
        self._select_pack_path(starter_pack_path())
        self._update_buttons()

    # --- building ---------------------------------------------------------------------

    def _make_run_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        models = QHBoxLayout()
        models.addWidget(QLabel(qtr("TaskTestsPage", "Models")))
        self.model_combos: list[QComboBox] = []
        for i in range(MAX_MODELS):
            combo = QComboBox()
            combo.setAccessibleName(qtr("TaskTestsPage", "Model {i}").format(i=i + 1))
            combo.setMinimumWidth(150)
            combo.currentIndexChanged.connect(lambda _i: self._update_server_note())
            self.model_combos.append(combo)
            models.addWidget(combo, 1)
        v.addLayout(models)
        controls = QHBoxLayout()
        self.together = QCheckBox(
            qtr("TaskTestsPage", "Models answer at the same time when memory allows")
        )
        self.together.setToolTip(
            qtr(
                "TaskTestsPage",
                "Faster, but the speeds compare less fairly (the models "
                "share the processor). Off: models take turns.",
            )
        )
        controls.addWidget(self.together)
        controls.addStretch(1)
        #: Next to Run: which servers this test sends the tasks to (hidden when none).
        self.server_note = QLabel()
        self.server_note.setObjectName("privacyNote")
        self.server_note.setWordWrap(True)
        self.server_note.setStyleSheet("color: #b45309; font-weight: 600;")
        self.server_note.hide()
        controls.addWidget(self.server_note, 1)
        self.run_button = QPushButton(qtr("TaskTestsPage", "Run test"))
        self.run_button.setObjectName("primary")
        self.pause_button = QPushButton(qtr("TaskTestsPage", "Pause"))
        self.stop_button = QPushButton(qtr("TaskTestsPage", "Stop"))
        for b in (self.run_button, self.pause_button, self.stop_button):
            controls.addWidget(b)
        v.addLayout(controls)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(qtr("TaskTestsPage", "Progress"))
        self.progress_label = QLabel("")
        v.addWidget(self.progress)
        v.addWidget(self.progress_label)
        self.results = ResultsView()
        self.results.failed.connect(self._error)
        v.addWidget(self.results, 1)

        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(qtr("TaskTestsPage", "Past runs")))
        self.runs_combo = QComboBox()
        self.runs_combo.setAccessibleName(qtr("TaskTestsPage", "Past runs"))
        bottom.addWidget(self.runs_combo, 1)
        self.open_run_button = QPushButton(qtr("TaskTestsPage", "Open"))
        self.resume_button = QPushButton(qtr("TaskTestsPage", "Resume"))
        self.resume_button.setToolTip(
            qtr("TaskTestsPage", "Carry on with the answers still missing")
        )
        self.export_results_button = QPushButton(qtr("TaskTestsPage", "Export results…"))
        for b in (self.open_run_button, self.resume_button, self.export_results_button):
            bottom.addWidget(b)
        v.addLayout(bottom)

        self.run_button.clicked.connect(self.start_run)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop_run)
        self.open_run_button.clicked.connect(self._open_selected_run)
        self.resume_button.clicked.connect(self.resume_selected_run)
        self.export_results_button.clicked.connect(self._export_results_dialog)
        return tab

    # --- notices ----------------------------------------------------------------------

    def show_notice(self, text: str) -> None:
        """Show a calm line above the page ("" hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _error(self, error: SlmError) -> None:
        self.show_notice(f"{error.message} {error.hint}".strip())

    # --- models -----------------------------------------------------------------------

    def refresh_models(self) -> None:
        """Fill the model pickers with the installed models (starter first), then ask the
        servers for theirs in the background."""
        self._fill_models()
        self.refresh_servers()

    def refresh_servers(self) -> None:
        """List the servers' models off the GUI thread; the pickers follow when they come."""
        if not self._closed:
            self.tasks.run(server_choices, self.set_server_choices)

    def set_server_choices(self, servers: list[ModelChoice]) -> None:
        """Offer these server models (marked "On <server>") after this computer's models."""
        if self._closed:
            return
        self._server_choices = list(servers)
        self._fill_models()

    def _update_server_note(self) -> None:
        """Say next to Run where the tasks go when a model on a server is picked."""
        servers = [c.server for c in (combo.currentData() for combo in self.model_combos)
                   if c is not None and getattr(c, "server", None)]
        note = privacy_note(servers)
        self.server_note.setText(note)
        self.server_note.setToolTip(note)
        self.server_note.setVisible(bool(note))

    def _fill_models(self) -> None:
        choices = self._choices() + self._server_choices
        for i, combo in enumerate(self.model_combos):
            keep = combo.currentData()
            combo.clear()
            if i > 0:
                combo.addItem(NO_MODEL, None)
            for c in choices:
                combo.addItem(c.name, c)
            if keep is not None:
                for j in range(combo.count()):
                    data = combo.itemData(j)
                    if data is not None and data.path == keep.path:
                        combo.setCurrentIndex(j)
        self._update_server_note()

    def select_models(self, names: list[str]) -> None:
        """Pick models by name, in order (the rest set to none)."""
        for i, combo in enumerate(self.model_combos):
            want = names[i] if i < len(names) else NO_MODEL
            index = combo.findText(want)
            if index >= 0:
                combo.setCurrentIndex(index)

    def chosen_models(self) -> list[ModelRef]:
        """The models picked (no duplicates)."""
        refs: list[ModelRef] = []
        for combo in self.model_combos:
            choice = combo.currentData()
            if choice is not None and all(r.path != choice.path for r in refs):
                refs.append(ModelRef(Path(choice.path), str(choice.name)))
        return refs

    # --- running ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while a run is in progress."""
        return self.runner is not None

    def start_run(self) -> bool:
        """Run the form's test on the chosen models."""
        if self.running:
            return False
        try:
            pack = self.current_pack()
            models = self.chosen_models()
            if not models:
                raise SlmError("Pick at least one model to test.", hint="")
            runner = TaskTestRunner.start(pack, models, on_event=self._post_event,
                                          load_settings=self.load_settings,
                                          together=self.together.isChecked(),
                                          pool=self.pool, policy=self.policy)
        except SlmError as error:
            self._error(error)
            return False
        self._launch(runner)
        return True

    def resume_selected_run(self) -> bool:
        """Carry on with the selected past run (only its missing answers are asked)."""
        run_id = self.runs_combo.currentData()
        if self.running or not run_id:
            return False
        try:
            runner = TaskTestRunner.resume(run_id, on_event=self._post_event,
                                           load_settings=self.load_settings,
                                           pool=self.pool, policy=self.policy)
        except SlmError as error:
            self._error(error)
            return False
        self._launch(runner)
        return True

    def _launch(self, runner: TaskTestRunner) -> None:
        self.runner = runner
        self.store = runner.store
        self.show_notice("")
        self.progress.setRange(0, runner.store.total)
        self.progress.setValue(runner.store.answered)
        self.progress_label.setText(qtr("TaskTestsPage", "Starting…"))
        self.tabs.setCurrentIndex(1)
        self.results.set_store(self.store)
        self._update_buttons()
        self.run_started.emit()
        future = self.tasks.run(runner.run, on_error=self._run_failed, long=True)
        if future is None:
            self.runner = None
            self._update_buttons()

    def _post_event(self, event: Event) -> None:
        """From the run's threads: hand the event to the GUI thread (streamed text is
        not shown here; the answers appear when they are checked)."""
        if not isinstance(event, AnswerText):
            self.tasks.post(partial(self._on_event, event))

    def _on_event(self, event: Event) -> None:
        if self._closed:
            return
        if isinstance(event, Progress):
            self.progress.setValue(event.answered)
            self.progress_label.setText(event.text)
        elif isinstance(event, ModelLoading):
            self.progress_label.setText(
                qtr("TaskTestsPage", "Loading {name}…").format(name=event.name)
            )
        elif isinstance(event, AnswerDone):
            self.progress.setValue(self.store.answered if self.store else 0)
            self.results.set_store(self.store)
        elif isinstance(event, ModelFailed):
            self.show_notice(
                qtr("TaskTestsPage", "{name} could not be used: {message} {hint}").format(
                    name=event.name, message=event.message, hint=event.hint
                )
            )
        elif isinstance(event, RunEnded):
            self._ended(event)

    def _ended(self, event: RunEnded) -> None:
        self.runner = None
        texts = {
            "finished": qtr("TaskTestsPage", "Finished."),
            "cancelled": qtr(
                "TaskTestsPage", "Stopped. The finished answers are kept; Resume carries on."
            ),
            "incomplete": qtr("TaskTestsPage", "Not every answer is in. ") + event.message,
        }
        self.progress_label.setText(texts[event.status])
        self.results.set_store(self.store)
        self.refresh_runs()
        self._update_buttons()
        self.run_finished.emit(event.status)

    def _run_failed(self, error: SlmError) -> None:
        self.runner = None
        self._error(error)
        self._update_buttons()
        self.run_finished.emit("incomplete")

    def toggle_pause(self) -> None:
        """Pause after the current answer, or carry on."""
        if self.runner is None:
            return
        if self.runner.paused:
            self.runner.resume_run()
            self.pause_button.setText(qtr("TaskTestsPage", "Pause"))
        else:
            self.runner.pause()
            self.pause_button.setText(qtr("TaskTestsPage", "Continue"))
            self.progress_label.setText(qtr("TaskTestsPage", "Pausing after this answer…"))

    def stop_run(self) -> None:
        """Stop the run (finished answers are kept)."""
        if self.runner is not None:
            self.runner.cancel()
            self.progress_label.setText(qtr("TaskTestsPage", "Stopping…"))

    # --- buttons ----------------------------------------------------------------------

    def _update_buttons(self) -> None:
        running = self.running
        self.run_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        if not running:
            self.pause_button.setText(qtr("TaskTestsPage", "Pause"))
        self.resume_button.setEnabled(not running and self.runs_combo.count() > 0)
        self.open_run_button.setEnabled(not running and self.runs_combo.count() > 0)
        self.export_results_button.setEnabled(self.store is not None)
        self.new_button.setEnabled(not running)
        self.import_button.setEnabled(not running)
        self.pack_combo.setEnabled(not running)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Offer newly installed models and new shared tests when the page is shown."""
        super().showEvent(event)
        if not self.running:
            self.refresh_models()

    def shutdown(self) -> None:
        """Stop a run in progress (finished answers are kept). Idempotent."""
        self._closed = True
        if self.runner is not None:
            self.runner.cancel()

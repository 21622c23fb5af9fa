"""The "Task tests" tab of the History page: every saved task-test run, opened from there.

Task-test runs are not comparisons: they are kept as run files in ``data_dir()/tasktests``
(:mod:`desktop.core.tasktests.store`), not in the history database. This tab lists them
(newest first: when, which test, which models, how far it got) and shows the selected run's
results (recommendation, chart, table per model, every answer and why) in the same
:class:`~desktop.ui.pages.tasktests.results.ResultsView` the Task tests page uses, so a
person can judge answers here too. "Open in Task tests" hands the run to the Task tests page
(to resume an unfinished run or export its results) through :attr:`open_requested`.

Signals:
    open_requested(str): show this run (its id) on the Task tests page.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import SlmError
from desktop.core.tasktests.store import RunInfo, RunStore, list_runs
from desktop.ui import fmt
from desktop.ui.i18n import qtr
from desktop.ui.pages.tasktests.results import ResultsView

log = logging.getLogger("desktop.ui.tasktest_runs")


def run_label(info: RunInfo) -> str:
    """One line per run: "2026-12-01 20:10 · Office starter · Qwen, Llama (unfinished, 7 of
    20 answers)", the start in local time as the window's language writes dates."""
    when = fmt.date_time(info.created_at)
    models = ", ".join(info.models)
    text = f"{when} · {info.pack_name} · {models}"
    if not info.finished:
        text += " " + qtr("TaskTestRuns", "(unfinished, {answered} of {total} answers)").format(
            answered=fmt.count(info.answered), total=fmt.count(info.total)
        )
    return text


class TaskTestRunsPanel(QWidget):
    """Saved task-test runs and the selected one's results. See the module docstring."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: RunStore | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(qtr("TaskTestRuns", "Saved task-test runs"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda cur, _prev: self._show_item(cur))
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.count_label.setWordWrap(True)
        left_lay.addWidget(self.list, 1)
        left_lay.addWidget(self.count_label)
        splitter.addWidget(left)

        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        self.results = ResultsView()
        self.results.failed.connect(self._error)
        right_lay.addWidget(self.results, 1)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        right_lay.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(qtr("TaskTestRuns", "Open in Task tests"))
        self.open_button.setToolTip(
            qtr("TaskTestRuns", "Show this run on the Task tests page, to resume or export it")
        )
        self.open_button.clicked.connect(self.open_current)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        right_lay.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setSizes([360, 640])
        outer.addWidget(splitter, 1)
        self.refresh()

    # --- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the saved runs again (newest first), keeping the selection."""
        keep = self.current_run_id()
        self.list.blockSignals(True)
        self.list.clear()
        infos = list_runs()
        for info in infos:
            item = QListWidgetItem(run_label(info))
            item.setData(Qt.ItemDataRole.UserRole, info.run_id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not infos:
            self.count_label.setText(
                qtr("TaskTestRuns", "No task tests yet. Run one on the Task tests page; its "
                    "results are kept here.")
            )
        else:
            self.count_label.setText(
                qtr("TaskTestRuns", "{count} task-test runs").format(count=fmt.count(len(infos)))
                if len(infos) != 1 else qtr("TaskTestRuns", "1 task-test run")
            )
        if not (keep and self.select_run(keep)):
            self.list.setCurrentRow(0 if infos else -1)
            if not infos:
                self._show_item(None)

    def run_ids(self) -> list[str]:
        """The listed runs' ids, in list order."""
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def current_run_id(self) -> str | None:
        """The selected run's id, if any."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_run(self, run_id: str) -> bool:
        """Select a run (its results are shown); False when it is not listed."""
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == run_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _show_item(self, item: QListWidgetItem | None) -> None:
        self.error_label.setVisible(False)
        self.store = None
        if item is not None:
            try:
                self.store = RunStore.open(str(item.data(Qt.ItemDataRole.UserRole)))
            except SlmError as error:
                self._error(error)
        self.results.set_store(self.store)
        self.open_button.setEnabled(self.store is not None)

    def _error(self, error: SlmError) -> None:
        log.info("task-test run: %s (%s)", error.message, error.detail)
        self.error_label.setText(f"{error.message} {error.hint}".strip())
        self.error_label.setVisible(True)

    # --- opening ------------------------------------------------------------------------

    def open_current(self) -> None:
        """Ask for the selected run on the Task tests page."""
        run_id = self.current_run_id()
        if run_id is not None and self.store is not None:
            self.open_requested.emit(run_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Runs finish on the Task tests page: read the list again when shown."""
        super().showEvent(event)
        self.refresh()

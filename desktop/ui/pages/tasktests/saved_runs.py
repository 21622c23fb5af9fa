"""The Task tests page's saved runs: list them, open one, export the shown results.

:class:`SavedRuns` is a mix-in of :class:`~desktop.ui.pages.tasktests.page.TaskTestsPage`;
its strings keep the "TaskTestsPage" translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QProgressBar, QTabWidget, QWidget

from desktop.core.errors import SlmError
from desktop.core.tasktests.export import export_run
from desktop.core.tasktests.store import RunStore, list_runs
from desktop.ui import fmt
from desktop.ui.export_tasktest_pdf import export_run_pdf
from desktop.ui.i18n import qtr
from desktop.ui.pages.tasktests.hooks import PageHooks
from desktop.ui.pages.tasktests.results import ResultsView


class SavedRuns(PageHooks):
    """The page's past runs and results export (mixed into the Task tests page)."""

    store: RunStore | None
    runs_combo: QComboBox
    tabs: QTabWidget
    progress: QProgressBar
    progress_label: QLabel
    results: ResultsView

    def refresh_runs(self) -> None:
        """List the saved runs (newest first)."""
        self.runs_combo.clear()
        for info in list_runs():
            state = (
                ""
                if info.finished
                else qtr("TaskTestsPage", " – unfinished, {answered} of {total}").format(
                    answered=fmt.count(info.answered), total=fmt.count(info.total)
                )
            )
            self.runs_combo.addItem(
                f"{fmt.date_time(info.created_at)}  {info.pack_name} "
                f"({', '.join(info.models)}){state}", info.run_id)
        self._update_buttons()

    def open_run(self, run_id: str) -> bool:
        """Show a saved run's results."""
        try:
            self.store = RunStore.open(run_id)
        except SlmError as error:
            self._error(error)
            return False
        self.tabs.setCurrentIndex(1)
        self.progress.setRange(0, self.store.total)
        self.progress.setValue(self.store.answered)
        self.progress_label.setText("" if self.store.finished else
                                    qtr(
                                        "TaskTestsPage",
                                        "Unfinished: Resume carries on with the missing "
                                        "answers."
                                    ))
        self.results.set_store(self.store)
        self._update_buttons()
        return True

    def _open_selected_run(self) -> None:
        run_id = self.runs_combo.currentData()
        if run_id:
            self.open_run(run_id)

    def export_results(self, path: Path) -> bool:
        """Save the shown results (.html, .csv, .json, .docx or .pdf)."""
        if self.store is None:
            return False
        try:
            if path.suffix.lower() == ".pdf":
                export_run_pdf(self.store, path)
            else:
                export_run(self.store, path)
        except SlmError as error:
            self._error(error)
            return False
        self.show_notice(qtr("TaskTestsPage", "Saved the results to {path}.").format(path=path))
        return True

    def _export_results_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            cast(QWidget, self), qtr("TaskTestsPage", "Export results"), "task-test-results.html",
            qtr("TaskTestsPage", "Web page (*.html);;Spreadsheet (*.csv);;JSON (*.json);;"
                                 "Word document (*.docx);;PDF (*.pdf)"))
        if name:
            self.export_results(Path(name))

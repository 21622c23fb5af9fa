"""The History page: every saved comparison, searchable, reopened read-only, re-run, shared.

Left: a search box, a model filter and the list of runs (newest first; several can be
selected for export). Right: the selected run, read-only, as it was shown (line breaks and
lists kept; blind runs keep their neutral labels until someone votes, and a blind test left
without a vote can be voted on or revealed here), with "Run again", "Run again with other
models", "Export…" and "Delete". A second tab shows the leaderboard from the votes, per
person and per task.

The page reads the :class:`~desktop.core.history.store.History` directly (a local SQLite file;
reads take milliseconds). It never starts models: re-runs are handed to the main window
through :attr:`HistoryPage.rerun_requested`.

Signals:
    rerun_requested(RerunRequest): run this prompt again (same models, or let the person
        pick others when ``same_models`` is False).
    run_deleted(int): a run was deleted.
    tasktest_open_requested(str): show this task-test run (its id) on the Task tests page
        (the "Task tests" tab lists the saved runs: :mod:`desktop.ui.pages.tasktest_runs`).
"""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import SlmError
from desktop.core.history.export import RunFormat, export_runs, runs_to_markdown
from desktop.core.history.store import History, RunRecord, RunSummary
from desktop.ui.fmt import count as fmt_count
from desktop.ui.fmt import date_time
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr
from desktop.ui.pages.history.blind import BlindVoteBar
from desktop.ui.pages.history.board import ALL, LeaderboardTab
from desktop.ui.pages.history.rerun import RerunRequest
from desktop.ui.pages.tasktest_runs import TaskTestRunsPanel
from desktop.ui.widgets.responsive import ResponsiveRow

log = logging.getLogger("desktop.ui.history")

_F = QTextDocument.MarkdownFeature
#: Answers are Markdown (tables, lists); raw HTML in them is shown as text, never rendered.
_MD = _F.MarkdownDialectGitHub | _F.MarkdownNoHTML
_FILTERS = {
    "md": QT_TRANSLATE_NOOP("export", "Markdown (*.md)"),
    "html": QT_TRANSLATE_NOOP("export", "Web page (*.html)"),
    "csv": QT_TRANSLATE_NOOP("export", "Spreadsheet (*.csv)"),
    "json": QT_TRANSLATE_NOOP("export", "JSON (*.json)"),
}


class HistoryPage(BlindVoteBar, LeaderboardTab, QWidget):
    """Saved comparisons and the leaderboard. See the module docstring; the blind bar and
    the leaderboard tab are in :mod:`.blind` and :mod:`.board`."""

    rerun_requested = Signal(object)
    run_deleted = Signal(int)
    tasktest_open_requested = Signal(str)

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._current: RunRecord | None = None
        #: Every turn of the shown run's conversation, oldest first (one run when it is not
        #: part of a conversation).
        self._conversation: list[RunRecord] = []
        #: blind runs whose names the person chose to see without voting (this session)
        self._revealed: set[int] = set()

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 20, 24, 12)
        root.setSpacing(10)
        title = QLabel(qtr("HistoryPage", "History"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            qtr(
                "HistoryPage",
                "Every comparison is saved on this computer. Open one to read it again, run "
                "it again, or share it.",
            )
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)
        root.addWidget(title)
        root.addWidget(subtitle)
        # A damaged history file that was set aside: said once, in plain words.
        self.notice_label = QLabel()
        self.notice_label.setObjectName("historyNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_label.setVisible(False)
        root.addWidget(self.notice_label)
        self.show_notice()

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(qtr("HistoryPage", "Comparisons or leaderboard"))
        root.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_runs_tab(), qtr("HistoryPage", "Comparisons"))
        self.tabs.addTab(self._build_board_tab(), qtr("HistoryPage", "Leaderboard"))
        self.tasktest_runs = TaskTestRunsPanel()
        self.tasktest_runs.open_requested.connect(self.tasktest_open_requested)
        self.tabs.addTab(self.tasktest_runs, qtr("HistoryPage", "Task tests"))
        self.tabs.currentChanged.connect(lambda i: self.refresh_leaderboard() if i == 1 else None)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_runs_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        outer.setContentsMargins(0, 8, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(qtr("HistoryPage", "Search prompts and answers"))
        self.search.setAccessibleName(qtr("HistoryPage", "Search history"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh_list())
        self.model_filter = QComboBox()
        self.model_filter.setAccessibleName(qtr("HistoryPage", "Only runs with this model"))
        self.model_filter.currentIndexChanged.connect(lambda _i: self.refresh_list())
        filters.addWidget(self.search, 2)
        filters.addWidget(self.model_filter, 1)
        outer.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(qtr("HistoryPage", "Saved comparisons"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda cur, _prev: self._show_item(cur))
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.count_label.setWordWrap(True)
        left_lay.addWidget(self.list, 1)
        left_lay.addWidget(self.count_label)
        splitter.addWidget(left)

        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(qtr("HistoryPage", "The selected comparison"))
        self.detail.setOpenLinks(False)
        self.detail.setReadOnly(True)
        right_lay.addWidget(self.detail, 1)
        right_lay.addWidget(self._build_blind_bar())
        # the buttons flow like words: one line when they fit, more in a narrow pane or with
        # longer words (German, Spanish) or larger text, so none is ever cut off
        buttons = ResponsiveRow(spacing=8, align_left=True)
        self.buttons_row = buttons
        self.rerun_button = QPushButton(qtr("HistoryPage", "Run again"))
        self.rerun_button.setToolTip(qtr("HistoryPage", "Send the same prompt to the same models"))
        self.rerun_button.clicked.connect(lambda: self.request_rerun(same_models=True))
        self.rerun_other_button = QPushButton(qtr("HistoryPage", "Run again with other models…"))
        self.rerun_other_button.setToolTip(
            qtr("HistoryPage", "Open the prompt on the Compare page; pick the models")
        )
        self.rerun_other_button.clicked.connect(lambda: self.request_rerun(same_models=False))
        self.export_button = QPushButton(qtr("HistoryPage", "Export…"))
        self.export_button.setToolTip(
            qtr("HistoryPage", "Save the selected comparisons as a file to share")
        )
        self.export_button.clicked.connect(self._export_dialog)
        self.delete_button = QPushButton(qtr("HistoryPage", "Delete"))
        self.delete_button.setToolTip(
            qtr("HistoryPage", "Delete the selected comparisons from the history")
        )
        self.delete_button.clicked.connect(lambda: self.delete_selected(confirm=True))
        buttons.first.addWidget(self.rerun_button)
        buttons.second.addWidget(self.rerun_other_button)
        buttons.add_group().addWidget(self.export_button)
        buttons.add_group().addWidget(self.delete_button)
        right_lay.addWidget(buttons)
        splitter.addWidget(right)
        splitter.setSizes([360, 640])
        outer.addWidget(splitter, 1)
        return tab

    def show_notice(self) -> str | None:
        """Show the history's notice (a damaged file set aside), once; return it."""
        try:
            notice = self.history.notice
        except SlmError:
            notice = None
        if notice:
            self.notice_label.setText(notice)
            self.notice_label.setVisible(True)
            self.history.dismiss_notice()
        return notice

    # --- list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the model filter and the list (call after a comparison is saved)."""
        keep = self.model_filter.currentData()
        self.model_filter.blockSignals(True)
        self.model_filter.clear()
        self.model_filter.addItem(qtr("HistoryPage", "All models"), ALL)
        try:
            for m in self.history.list_models():
                self.model_filter.addItem(f"{m.display_name} ({m.runs})", m.key)
        except SlmError as error:
            log.warning("history models: %s", error.detail or error.message)
        index = self.model_filter.findData(keep) if keep else 0
        self.model_filter.setCurrentIndex(max(0, index))
        self.model_filter.blockSignals(False)
        self.refresh_list()

    def refresh_list(self) -> None:
        """Re-run the search and filter, keeping the selected run when it is still listed."""
        current = self.current_run_id()
        model = self.model_filter.currentData() or None
        try:
            runs = self.history.list_runs(search=self.search.text(), model=model)
            total = self.history.count_runs()
        except SlmError as error:
            self.count_label.setText(error.message)
            runs, total = [], 0
        self.list.blockSignals(True)
        self.list.clear()
        for s in runs:
            item = QListWidgetItem(_item_text(s))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(s.prompt[:500])
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not total:
            self.count_label.setText(
                qtr("HistoryPage", "Nothing saved yet. Comparisons appear here as you run them.")
            )
        elif len(runs) < total:
            self.count_label.setText(
                qtr("HistoryPage", "{count} of {total} comparisons").format(
                    count=fmt_count(len(runs)), total=fmt_count(total)
                )
            )
        elif total == 1:
            self.count_label.setText(qtr("HistoryPage", "1 comparison"))
        else:
            self.count_label.setText(
                qtr("HistoryPage", "{count} comparisons").format(count=fmt_count(total))
            )
        row = next(
            (
                i
                for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) == current
            ),
            0,
        )
        if self.list.count():
            self.list.setCurrentRow(row)
        self._show_item(self.list.currentItem())

    def current_run_id(self) -> int | None:
        """The id of the run shown on the right."""
        return self._current.id if self._current is not None else None

    def selected_run_ids(self) -> list[int]:
        """The selected runs (at least the current one), in list order."""
        ids = [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems()]
        if not ids and self._current is not None:
            ids = [self._current.id]
        order = {
            int(self.list.item(r).data(Qt.ItemDataRole.UserRole)): r
            for r in range(self.list.count())
        }
        return sorted(ids, key=lambda i: order.get(i, 0))

    def open_run(self, run_id: int) -> bool:
        """Show a run (clearing the search if it hides it); ``False`` if it does not exist."""
        for _attempt in range(2):
            for r in range(self.list.count()):
                if self.list.item(r).data(Qt.ItemDataRole.UserRole) == run_id:
                    self.list.setCurrentRow(r)
                    return True
            self.search.clear()
            self.model_filter.setCurrentIndex(0)
            self.refresh_list()
        return False

    def _show_item(self, item: QListWidgetItem | None) -> None:
        run = None
        if item is not None:
            try:
                run = self.history.get_run(int(item.data(Qt.ItemDataRole.UserRole)))
            except SlmError as error:
                self.detail.setPlainText(f"{error.message} {error.hint}")
        self._current = run
        self._conversation = [run] if run is not None else []
        if run is not None and run.conversation_id is not None:
            try:
                self._conversation = self.history.get_conversation(run.conversation_id)
            except SlmError as error:
                log.warning("conversation not read: %s", error)
        if run is not None:
            reveal = True if run.id in self._revealed else None
            if len(self._conversation) > 1:  # every turn, oldest first
                parts = []
                for number, turn in enumerate(self._conversation, start=1):
                    body = runs_to_markdown([turn], reveal=reveal).split("\n", 4)[-1]
                    heading = qtr("HistoryPage", "Turn {number} of {count}").format(
                        number=fmt_count(number), count=fmt_count(len(self._conversation)))
                    parts.append(f"## {heading}\n\n{body}")
                text = "\n\n---\n\n".join(parts)
            else:  # without the document title
                text = runs_to_markdown([run], reveal=reveal).split("\n", 2)[-1]
            self.detail.document().setMarkdown(text, _MD)
        elif item is None:
            self.detail.clear()
        self._show_blind_bar(run)
        has = run is not None
        for b in (
            self.rerun_button,
            self.rerun_other_button,
            self.export_button,
            self.delete_button,
        ):
            b.setEnabled(has)

    # --- actions ------------------------------------------------------------------------

    def request_rerun(self, *, same_models: bool = True) -> RerunRequest | None:
        """Ask the main window to run the shown comparison again (emits the request)."""
        run = self._current
        if run is None:
            return None
        turns = self._conversation if any(t.id == run.id for t in self._conversation) \
            else [run]
        run = turns[0]  # a conversation is asked again from its first question
        request = RerunRequest(
            run_id=run.id,
            prompt=run.prompt,
            system_prompt=run.system_prompt,
            sampling=run.sampling,
            models=run.models,
            same_models=same_models,
            task_tag=run.task_tag,
            blind=run.blind,
            follow_ups=tuple(t.prompt for t in turns[1:]),
            attachments=tuple(run.attachments),
        )
        self.rerun_requested.emit(request)
        return request

    def delete_selected(self, *, confirm: bool = True) -> int:
        """Delete the selected runs (asking first when ``confirm``); returns how many."""
        ids = self.selected_run_ids()
        if not ids:
            return 0
        if confirm:
            answer = QMessageBox.question(
                self,
                qtr("HistoryPage", "Delete comparisons"),
                (
                    qtr("HistoryPage", "Delete this comparison from the history? This cannot be "
                        "undone.")
                    if len(ids) == 1
                    else qtr("HistoryPage", "Delete {count} comparisons from the history? This "
                             "cannot be undone.").format(count=fmt_count(len(ids)))
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        done = 0
        for run_id in ids:
            try:
                if self.history.delete_run(run_id):
                    done += 1
                    self.run_deleted.emit(run_id)
            except SlmError as error:
                QMessageBox.warning(
                    self, qtr("HistoryPage", "Delete comparisons"), f"{error.message} {error.hint}"
                )
                break
        self._current = None
        self.refresh()
        return done

    def export_selected(self, fmt: RunFormat, path: str | Path) -> Path:
        """Export the selected runs to ``path`` (raises ExportError in plain words)."""
        runs = self.history.get_runs(self.selected_run_ids())
        # a turn of a conversation brings the whole conversation, turn by turn
        return export_runs(self.history.with_conversations(runs), fmt, path)

    def _export_dialog(self) -> None:
        ids = self.selected_run_ids()
        if not ids:
            return
        name = f"comparison-{ids[0]}" if len(ids) == 1 else f"{len(ids)}-comparisons"
        filters = {k: qtr("export", v) for k, v in _FILTERS.items()}
        path, chosen = QFileDialog.getSaveFileName(
            self,
            qtr("HistoryPage", "Export comparisons"),
            str(Path.home() / f"{name}.html"),
            ";;".join(filters.values()),
            filters["html"],
        )
        if not path:
            return
        fmt = next((k for k, v in filters.items() if v == chosen), None)
        suffix = Path(path).suffix.lower().lstrip(".")
        fmt = suffix if suffix in _FILTERS else (fmt or "html")
        try:
            self.export_selected(fmt, path)  # type: ignore[arg-type]
        except SlmError as error:
            QMessageBox.warning(self, qtr("HistoryPage", "Export"), f"{error.message} {error.hint}")

def _item_text(s: RunSummary) -> str:
    when = date_time(s.created_at)
    flags = []
    if s.blind:
        flags.append(
            qtr("history", "blind, voted") if s.voted else qtr("history", "blind, not voted yet")
        )
    elif s.voted:
        flags.append(qtr("history", "voted"))
    if s.failed:
        flags.append(qtr("history", "{count} failed").format(count=fmt_count(s.failed)))
    if s.pending:
        flags.append(qtr("history", "did not finish"))
    if s.conversation_id is not None:
        flags.append(
            qtr("history", "turn {number} of a conversation").format(number=fmt_count(s.turn + 1))
        )
    prompt = textwrap.shorten(" ".join(s.prompt.split()), 90, placeholder=" …")
    models = (
        qtr("history", "hidden until you vote")
        if s.blind and not s.voted
        else " | ".join(s.model_names)
    )
    extra = f"  ({', '.join(flags)})" if flags else ""
    return f"{when}{extra}\n{prompt}\n{models}"

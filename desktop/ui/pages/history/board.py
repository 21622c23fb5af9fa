"""The History page's leaderboard tab: the ranking from the votes, per person and per task.

:class:`LeaderboardTab` is a mix-in of :class:`~desktop.ui.pages.history.page.HistoryPage`;
its strings keep the "HistoryPage" translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import SlmError
from desktop.core.history.leaderboard import Leaderboard, leaderboard, votes_text
from desktop.core.history.leaderboard_export import export_leaderboard
from desktop.core.history.store import History
from desktop.ui import fmt
from desktop.ui.i18n import qtr

#: "everyone" / "all tasks" in the filters
ALL = ""




def _rank(rank: int | None, tied: bool) -> str:
    """A model's place on the board: "1", "2 (tie)", or "–" for a model nobody voted on."""
    if rank is None:
        return "–"
    if tied:
        return qtr("HistoryPage", "{rank} (tie)").format(rank=fmt.count(rank))
    return fmt.count(rank)


class LeaderboardTab:
    """The leaderboard tab (mixed into the History page)."""

    history: History

    def _build_board_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.voter_filter = QComboBox()
        self.voter_filter.setAccessibleName(qtr("HistoryPage", "Whose votes"))
        self.task_filter = QComboBox()
        self.task_filter.setAccessibleName(qtr("HistoryPage", "Which task"))
        self.voter_filter.currentIndexChanged.connect(lambda _i: self._board_changed())
        self.task_filter.currentIndexChanged.connect(lambda _i: self._board_changed())
        self.board_export = QPushButton(qtr("HistoryPage", "Export…"))
        self.board_export.clicked.connect(self._export_board_dialog)
        row.addWidget(QLabel(qtr("HistoryPage", "Votes by")))
        row.addWidget(self.voter_filter)
        row.addWidget(QLabel(qtr("HistoryPage", "for")))
        row.addWidget(self.task_filter)
        row.addStretch(1)
        row.addWidget(self.board_export)
        lay.addLayout(row)
        self.board_note = QLabel()
        self.board_note.setWordWrap(True)
        lay.addWidget(self.board_note)
        self.board_table = QTableWidget(0, 6)
        self.board_table.setHorizontalHeaderLabels(
            [
                "#",
                qtr("HistoryPage", "Model"),
                qtr("HistoryPage", "Preferred"),
                qtr("HistoryPage", "Confidence"),
                qtr("HistoryPage", "Speed"),
                qtr("HistoryPage", "Memory"),
            ]
        )
        self.board_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.board_table.verticalHeader().setVisible(False)
        header = self.board_table.horizontalHeader()
        # every number readable in full ("based on 12 votes (early impression)"); the name
        # takes the room left
        for col in range(6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.board_table.setWordWrap(True)
        self.board_table.setAccessibleName(qtr("HistoryPage", "Leaderboard"))
        lay.addWidget(self.board_table, 1)
        self.board: Leaderboard | None = None
        self._board_loading = False
        return tab

    def refresh_leaderboard(self) -> Leaderboard | None:
        """Reload the voter and task lists and the ranking."""
        self._board_loading = True
        try:
            voter, task = self.voter_filter.currentData(), self.task_filter.currentData()
            self.voter_filter.clear()
            self.voter_filter.addItem("everyone", ALL)
            for v in self.history.list_voters():
                self.voter_filter.addItem(v, v)
            self.task_filter.clear()
            self.task_filter.addItem(qtr("HistoryPage", "all tasks"), ALL)
            for t in self.history.list_task_tags():
                self.task_filter.addItem(t, t)
            self.voter_filter.setCurrentIndex(max(0, self.voter_filter.findData(voter or ALL)))
            self.task_filter.setCurrentIndex(max(0, self.task_filter.findData(task or ALL)))
        except SlmError as error:
            self.board_note.setText(f"{error.message} {error.hint}")
            return None
        finally:
            self._board_loading = False
        return self._board_changed()

    def _board_changed(self) -> Leaderboard | None:
        if self._board_loading:
            return None
        try:
            board = leaderboard(
                self.history,
                voter=self.voter_filter.currentData() or None,
                task_tag=self.task_filter.currentData() or None,
            )
        except SlmError as error:
            self.board_note.setText(f"{error.message} {error.hint}")
            return None
        self.board = board
        if not board.total_votes:
            self.board_note.setText(
                qtr(
                    "HistoryPage",
                    "No votes yet. Turn on blind mode on the Compare page and vote for the "
                    "better answer; the ranking appears here."
                )
            )
        else:
            self.board_note.setText(
                qtr(
                    "HistoryPage",
                    "{title}. {verdict} “Preferred” is how often people would pick the model "
                    "over an average one."
                ).format(title=board.title, verdict=board.verdict)
            )
        self.board_table.setRowCount(len(board.entries))
        for row, e in enumerate(board.entries):
            cells = [
                "–" if board.too_few_votes else _rank(e.rank, e.tied),
                e.display_name,
                "–"
                if e.win_chance is None
                else qtr("HistoryPage", "{percent}%").format(
                    percent=fmt.number(e.win_chance * 100)
                ),
                f"{votes_text(e.votes, fmt.count)} ({e.confidence})" if e.votes else e.confidence,
                "–"
                if e.median_tokens_per_s is None
                else fmt.words_rate(e.median_tokens_per_s)
                + (f" ({e.speed_note})" if e.speed_note else ""),
                fmt.size(e.median_peak_rss_bytes) if e.median_peak_rss_bytes else "–",
            ]
            for col, text in enumerate(cells):
                self.board_table.setItem(row, col, QTableWidgetItem(text))
        return board

    def _export_board_dialog(self) -> None:
        if self.board is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            cast(QWidget, self),
            qtr("HistoryPage", "Export leaderboard"),
            str(Path.home() / "leaderboard.html"),
            qtr("HistoryPage", "Web page (*.html);;Spreadsheet (*.csv)"),
        )
        if not path:
            return
        try:
            if path.lower().endswith(".csv"):
                export_leaderboard(self.board, "csv", path)
            else:
                export_leaderboard(self.board, "html", path)
        except SlmError as error:
            QMessageBox.warning(
                cast(QWidget, self),
                qtr("HistoryPage", "Export"),
                f"{error.message} {error.hint}",
            )

"""The History page's bar for a blind test left without a vote: vote now, or see the names.

:class:`BlindVoteBar` is a mix-in of :class:`~desktop.ui.pages.history.page.HistoryPage`;
its strings keep the "HistoryPage" translation context.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.core.errors import SlmError
from desktop.core.history.blind import neutral_label
from desktop.core.history.display import shown_results
from desktop.core.history.store import History, RunRecord, Vote
from desktop.ui.i18n import qtr


class BlindVoteBar:
    """Vote on, or reveal, the shown blind run (mixed into the History page)."""

    history: History
    list: QListWidget
    _current: RunRecord | None
    _revealed: set[int]

    def refresh(self) -> None:
        """Reload the list (the page does it)."""
        raise NotImplementedError

    def _show_item(self, item: QListWidgetItem | None) -> None:
        raise NotImplementedError

    def _build_blind_bar(self) -> QWidget:
        """For a blind test without a vote: vote now, or show the names without voting."""
        bar = QWidget()
        bar.setObjectName("blindBar")
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(0, 4, 0, 4)
        self.blind_note = QLabel(
            qtr("HistoryPage", "This blind test has no vote yet. Which answer was best?")
        )
        self.blind_note.setWordWrap(True)
        self.vote_choice = QComboBox()
        self.vote_choice.setAccessibleName(qtr("HistoryPage", "Your vote"))
        self.vote_choice.setToolTip(
            qtr("HistoryPage", "Pick the best answer; the names are shown after you vote")
        )
        self.vote_button = QPushButton(qtr("HistoryPage", "Save vote"))
        self.vote_button.setAccessibleName(qtr("HistoryPage", "Save my vote and show the names"))
        self.vote_button.clicked.connect(self.vote_current)
        self.reveal_button = QPushButton(qtr("HistoryPage", "Show the names"))
        self.reveal_button.setAccessibleName(
            qtr("HistoryPage", "Show the model names without voting")
        )
        self.reveal_button.setToolTip(
            qtr(
                "HistoryPage",
                "See which model wrote which answer; a vote after this no longer counts as "
                "blind"
            )
        )
        self.reveal_button.clicked.connect(self.reveal_current)
        lay.addWidget(self.blind_note, 1)
        lay.addWidget(self.vote_choice)
        lay.addWidget(self.vote_button)
        lay.addWidget(self.reveal_button)
        bar.hide()
        self.blind_bar = bar
        return bar

    def _show_blind_bar(self, run: RunRecord | None) -> None:
        waiting = run is not None and run.blind and not run.voted
        self.blind_bar.setVisible(waiting)
        if not waiting or run is None:
            return
        revealed = run.id in self._revealed
        self.vote_choice.clear()
        for position, result in enumerate(shown_results(run)):
            label = neutral_label(position)
            if revealed:
                label = f"{result.model.display_name} ({label})"
            self.vote_choice.addItem(
                qtr("HistoryPage", "{label} was best").format(label=label),
                ("win", result.pane_index),
            )
        self.vote_choice.addItem(qtr("HistoryPage", "They were equally good"), ("tie", None))
        self.vote_choice.addItem(qtr("HistoryPage", "All answers were bad"), ("all_bad", None))
        self.reveal_button.setVisible(not revealed)
        self.blind_note.setText(
            qtr(
                "HistoryPage",
                "Names shown. Which answer was best? (this vote will not count as blind)"
            )
            if revealed
            else qtr("HistoryPage", "This blind test has no vote yet. Which answer was best?")
        )

    def vote_current(self) -> bool:
        """Save the vote picked in the blind bar for the shown run; names are shown after."""
        run = self._current
        data = self.vote_choice.currentData()
        if run is None or not data:
            return False
        outcome, winner = data
        try:
            self.history.record_vote(
                run.id,
                Vote(outcome, winner),
                blind=False if run.id in self._revealed else None,
            )
        except SlmError as error:
            QMessageBox.warning(
                cast(QWidget, self),
                qtr("HistoryPage", "Vote"),
                f"{error.message} {error.hint}",
            )
            return False
        self.refresh()
        return True

    def reveal_current(self) -> None:
        """Show the model names of the shown blind run without voting (for this session)."""
        if self._current is None:
            return
        self._revealed.add(self._current.id)
        self._show_item(self.list.currentItem())

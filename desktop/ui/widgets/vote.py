"""The blind-mode vote bar: "A is better / B is better / Tie / Both are bad".

The bar speaks in what the person sees (neutral labels, display order) and emits a
:class:`~desktop.core.history.store.Vote` in the run's real pane indices, mapped through the
run's :class:`~desktop.core.history.blind.BlindLayout`. After the vote it shows which model was
which ("Model A was SmolLM2 · Model B was Phi-3 mini").

Signals:
    voted(Vote): the person voted (real pane indices; save it with History.record_vote).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.history.blind import BlindLayout, VoteOption, vote_options
from desktop.core.history.store import Vote
from desktop.ui.i18n import qtr
from desktop.ui.widgets.responsive import ResponsiveRow


class VoteBar(QWidget):
    """Vote buttons for one blind run, then the reveal. See the module docstring."""

    voted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voteBar")
        self.layout_: BlindLayout | None = None
        self.buttons: list[QPushButton] = []
        self.last_vote: Vote | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        outer.setSpacing(4)
        # the question, then each vote button: a button that does not fit moves onto the
        # next line, whole (long words or larger text on a small laptop screen)
        self._row = ResponsiveRow(spacing=6)
        self.question = QLabel(qtr("VoteBar", "Which answer is better?"))
        self.question.setObjectName("voteQuestion")
        self._row.first.addWidget(self.question)
        cast(QWidget, self._row.second.parentWidget()).hide()  # a group for each button
        self._groups: list[QWidget] = []
        outer.addWidget(self._row)
        self.result = QLabel()
        self.result.setObjectName("voteResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        outer.addWidget(self.result)
        self.hide()

    def start(self, layout: BlindLayout) -> None:
        """Show the vote buttons for a run shown in ``layout`` (disabled until answers end)."""
        self.layout_ = layout
        self.last_vote = None
        for box in self._groups:
            cast(QLayout, self._row.layout()).removeWidget(box)
            box.setParent(None)
            box.deleteLater()
        self._groups = []
        self.buttons = []
        if layout.count < 2:
            self.hide()
            return
        self.question.setText(
            qtr("VoteBar", "Which answer is better?")
            if layout.count == 2
            else qtr("VoteBar", "Which answer is best?")
        )
        for option in vote_options(layout.count):
            button = QPushButton(option.text)
            button.setAccessibleName(qtr("VoteBar", "Vote: {text}").format(text=option.text))
            button.setToolTip(_tooltip(option))
            button.clicked.connect(lambda _=False, o=option: self._clicked(o))
            group = self._row.add_group()
            group.addWidget(button)
            self._groups.append(cast(QWidget, group.parentWidget()))
            self.buttons.append(button)
        self.result.hide()
        self.question.show()
        self._row.show()
        self.set_ready(False)
        self.show()

    def _clicked(self, option: VoteOption) -> None:
        if self.layout_ is not None:  # cancelled meanwhile: nothing to vote on
            self._choose(option)

    def set_ready(self, ready: bool) -> None:
        """Enable voting (once every answer has finished)."""
        for b in self.buttons:
            b.setEnabled(ready and self.last_vote is None)

    def _choose(self, option: VoteOption) -> Vote:
        if self.layout_ is None:
            raise RuntimeError("no blind run to vote on")
        vote = self.layout_.vote_for(option)
        self.last_vote = vote
        for b in self.buttons:
            b.setEnabled(False)
        self.voted.emit(vote)
        return vote

    def reveal(self, names: Sequence[str]) -> str:
        """Show which model was behind each label (``names`` in pane order); returns the text."""
        if self.layout_ is None:
            return ""
        parts = [qtr("VoteBar", "{label} was {name}").format(label=label, name=name)
                 for label, name in self.layout_.reveal(names)]
        text = " · ".join(parts)
        if self.last_vote is not None:
            text = f"{self.layout_.describe_vote(self.last_vote, names)}. {text}"
        self.result.setText(text)
        self.result.show()
        self.question.hide()
        for b in self.buttons:
            b.hide()
        self._row.hide()
        return text

    def cancel(self, text: str) -> None:
        """No vote any more (a pane of the test was closed): say why with ``text``; a click
        already on its way is ignored."""
        self.layout_ = None
        self.last_vote = None
        for b in self.buttons:
            b.setEnabled(False)
            b.hide()
        self.question.hide()
        self._row.hide()
        self.result.setText(text)
        self.result.show()

    def choose(self, option: VoteOption) -> Vote:
        """Vote as if ``option``'s button was clicked; emits :attr:`voted`.

        Raises:
            RuntimeError: there is no blind run to vote on (cancelled or never started).
        """
        return self._choose(option)

    def clear(self) -> None:
        """Hide the bar (a run that is not blind)."""
        self.layout_ = None
        self.last_vote = None
        self.hide()


def _tooltip(option: VoteOption) -> str:
    if option.choice == "win":
        return qtr("vote", "This answer is the best one")
    if option.choice == "tie":
        return qtr("vote", "The answers are about as good as each other")
    return qtr("vote", "None of the answers is good enough")

"""A pane's conversation: the earlier turns above the newest answer, and the choices
offered before a pane can run.

:class:`PaneConversation` is a mix-in of :class:`~desktop.ui.widgets.pane.view.PaneView`;
its strings keep the "PaneView" translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from desktop.ui.i18n import qtr


class PaneConversation:
    """The pane's turns and choices (mixed into the pane, which builds these widgets)."""

    output: QPlainTextEdit
    answer_start: int
    choices_row: QWidget
    _choices_layout: QHBoxLayout
    # the pane's own (annotation only: nothing here shadows it)
    _clear_turn: Callable[[], None]

    def offer_choices(self, choices: list[tuple[str, str, Callable[[], None]]]) -> None:
        """Show buttons under the status, one per ``(text, tooltip, action)``; an empty list
        hides them. A button's action runs when it is pressed (the buttons then go)."""
        while self._choices_layout.count():
            item = self._choices_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for text, tip, action in choices:
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, act=action: self._choose(act))
            self._choices_layout.addWidget(button)
        if choices:
            self._choices_layout.addStretch(1)
        self.choices_row.setVisible(bool(choices))

    def _choose(self, action: Callable[[], None]) -> None:
        self.offer_choices([])
        action()

    def latest_answer(self) -> str:
        """The text of the latest answer (in a conversation: without the earlier turns)."""
        return self.output.toPlainText()[self.answer_start:].strip()

    def continue_conversation(self, question: str, *, first_question: str | None = None) -> None:
        """Keep the conversation shown and start the next turn under it.

        The earlier questions and answers stay, each question marked "You:" after a
        separator line; the new answer is written at the bottom, scrolled into view. The
        numbers under the pane are cleared for the new turn.

        Args:
            question: the follow-up question.
            first_question: the conversation's first question, shown above the first
                answer (give it at the first follow-up, when the pane shows only that answer).
        """
        you = qtr("PaneView", "You: {question}")
        rule = "─" * 24
        cursor = QTextCursor(self.output.document())
        plain = QTextCharFormat()
        asked = QTextCharFormat()
        asked.setFontWeight(QFont.Weight.Bold)
        if first_question is not None:
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            cursor.insertText(you.format(question=first_question), asked)
            cursor.insertText("\n\n", plain)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(f"\n\n{rule}\n", plain)
        cursor.insertText(you.format(question=question), asked)
        cursor.insertText("\n\n", plain)
        self.answer_start = len(self.output.toPlainText())
        self._clear_turn()
        bar = self.output.verticalScrollBar()
        bar.setValue(bar.maximum())

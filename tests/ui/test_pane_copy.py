"""Every answer has a Copy button that puts the answer, as written, on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.pane import PaneView

ANSWER = "Dear team,\nLunch is on Friday.\n\n- plates\n- cups\n\nБлагодарю!"


def test_copy_button_copies_the_answer(qtbot: QtBot) -> None:
    pane = PaneView("pane-0", "#4a7bd0")
    qtbot.addWidget(pane)
    assert not pane.copy_button.isEnabled()  # nothing to copy yet
    pane.output.setPlainText(ANSWER)
    assert pane.copy_button.isEnabled()
    qtbot.mouseClick(pane.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == ANSWER
    assert pane.copy_button.text() == "Copied"
    pane.output.clear()  # a new answer starts
    assert not pane.copy_button.isEnabled() and pane.copy_button.text() == "Copy"

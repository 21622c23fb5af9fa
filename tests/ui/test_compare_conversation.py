"""Conversations on the Compare page, as the history and the panes show them.

Real window (pytest-qt, offscreen), real runners on the starter model.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.generation import SamplingParams
from desktop.ui.main_window import MainWindow

NOTE = "Lunch is on Friday at noon in the small room. " * 30


def _quick(page: object) -> None:
    page.sampling = lambda: SamplingParams(temperature=0.0, max_tokens=6, seed=1)  # type: ignore[attr-defined]


def test_attachment_run_saves_the_question_and_the_document_names(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = main_window.compare
    _quick(page)
    note = tmp_path / "lunch.txt"
    note.write_text(NOTE, encoding="utf-8")
    assert page.attachments.add_paths([note]) == []
    page.prompt.setPlainText("When is lunch?")
    page.run_all()
    qtbot.waitUntil(lambda: not page.running, timeout=300_000)
    assert page.history is not None and page.run_id is not None
    run = page.history.get_run(page.run_id)
    assert run.prompt == "When is lunch?"  # not the whole document
    assert [name for name, _text in run.attachments] == ["lunch.txt"]
    assert run.attachments[0][1].startswith("Lunch is on Friday")
    assert run.conversation_id == run.id and run.turn == 0
    # the History page's list and detail show the question and the file's name
    history = main_window.history_page
    history.refresh()
    assert history.open_run(run.id)
    shown = history.detail.toPlainText()
    assert "When is lunch?" in shown and "lunch.txt" in shown
    assert "small room. Lunch is" not in shown
    page.start_over()

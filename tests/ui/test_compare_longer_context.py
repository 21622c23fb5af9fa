"""A document too long for the models on the Compare page: each pane offers its own choices,
and "Use a longer context" on one pane loads only that pane's model with it.

Real window (pytest-qt, offscreen), real runners on the starter model, a real .txt file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.generation import LoadSettings, SamplingParams
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.compare import ComparePage
from desktop.ui.widgets.pane import PaneView

REPORT = ("The office moves to the third floor in March. Desks are numbered by team, and "
          "the kitchen stays on the ground floor next to the post room. ") * 14


def _two_starter_panes(page: ComparePage) -> list[PaneView]:
    starter = next(c for c in page._choices if c.server is None)  # noqa: SLF001
    while len(page.panes) < 2:
        page.add_pane(starter.id)
    for pane in page.panes:
        pane.set_choices(page._choices, keep=starter.id)  # noqa: SLF001
    return list(page.panes)


def _offer(pane: PaneView, starts: str) -> QPushButton:
    """The button the pane offers now whose text starts with ``starts``."""
    layout = pane._choices_layout  # noqa: SLF001 - earlier buttons may await deletion
    offered = [layout.itemAt(i).widget() for i in range(layout.count())]
    buttons = [b for b in offered if isinstance(b, QPushButton) and b.text().startswith(starts)]
    assert len(buttons) == 1, [b.text() for b in offered if isinstance(b, QPushButton)]
    return buttons[0]


def test_longer_context_on_one_pane_loads_only_that_model_with_it(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = main_window.compare
    page.sampling = lambda: SamplingParams(temperature=0.0, max_tokens=6, seed=1)  # quick
    page.load_settings = LoadSettings(context_length=512, threads=2)
    first, second = _two_starter_panes(page)
    report = tmp_path / "move.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert page.attachments.add_paths([report]) == []
    page.prompt.setPlainText("Where is the kitchen?")
    page.run_all()
    assert not page.running  # refused: nothing is cut silently
    for pane in (first, second):  # each pane says why and offers its choices
        assert "too long for" in pane.status.text() and "512" in pane.status.text()
        assert pane.choices_row.isVisibleTo(pane)
    longer = _offer(second, "Use a longer context")
    assert "tokens)" in longer.text() and "memory" in longer.toolTip()
    assert _offer(second, "Use the first part").text().endswith("words)")

    qtbot.mouseClick(longer, Qt.MouseButton.LeftButton)  # on the second pane only
    assert not page.running  # the first pane still needs a choice
    assert "too long for" in first.status.text() and first.choices_row.isVisibleTo(first)
    assert not second.choices_row.isVisibleTo(second)
    assert second.status.text().startswith("Reads the whole document with a longer context")
    assert [pane_id for pane_id, _path in page.longer_contexts] == [second.pane_id]

    qtbot.mouseClick(_offer(first, "Use the first part"), Qt.MouseButton.LeftButton)
    assert page.running
    request = page.session.request
    tokens = request.load_for(1).context_length
    assert request.load_for(0).context_length == 512 and tokens is not None and tokens > 512
    assert "Only the first part" in request.messages(0)[-1].content
    assert "Only the first part" not in request.messages(1)[-1].content
    qtbot.waitUntil(lambda: not page.running, timeout=300_000)
    # the cut stays said in the pane while and after the model answers
    assert first.document_note.isVisibleTo(first)
    assert first.document_note.text().startswith("Reads the first")
    assert not second.document_note.isVisibleTo(second)
    results = page.session.results
    assert [r.context_length if r else None for r in results] == [512, tokens]
    assert page.history is not None and page.run_id is not None
    saved = page.history.get_run(page.run_id)  # each answer's own context is on record
    assert {r.pane_index: r.context_length for r in saved.results} == {0: 512, 1: tokens}

    page.prompt.setPlainText("Shorter, please.")  # the follow-up keeps each pane's context
    page.follow_up()
    qtbot.waitUntil(lambda: not page.running, timeout=300_000)
    assert page.session.request.load_for(1).context_length == tokens
    assert [r.context_length if r else None for r in page.session.results] == [512, tokens]
    assert first.document_note.isVisibleTo(first)  # the follow-up read the same part
    page.start_over()
    assert dict(page.longer_contexts) == {}
    assert not first.document_note.isVisibleTo(first)
    page.attachments.first_part.setChecked(False)

"""The Compare page stays honest: a blind test whose pane was closed cannot be voted on
(no traceback, names shown, nothing counted), identifying numbers are hidden until the vote,
Tab walks the panes left to right after the shuffle, a new pane picks a model not yet on
screen, and ready-made prompts say what they change and ask for their blanks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.slow

RUN_TIMEOUT_MS = 180_000
STARTER = "SmolLM2 135M Instruct (starter)"


def _blind_run(qtbot: QtBot, w: MainWindow, panes: int) -> None:
    page = w.compare
    while len(page.panes) < panes:
        page.add_pane("starter")
    page.blind_check.setChecked(True)
    page.prompt.setPlainText("Name a fruit.")
    page.advanced.max_tokens.setValue(3)
    page.advanced.temperature.setValue(0.0)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        page.run_button.click()


def test_closing_a_pane_of_a_blind_test_cancels_the_vote(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    page = w.compare
    _blind_run(qtbot, w, 3)
    run_id = page.run_id
    assert run_id is not None and len(page.vote_bar.buttons) >= 3
    closed = page.panes[2]  # "Model C"
    assert closed.title == "Model C"
    page.remove_pane(closed)
    qtbot.wait(50)  # the pane's widgets are deleted
    # the bar no longer offers a vote on panes that are gone; the names are shown
    assert not any(b.isVisible() and b.isEnabled() for b in page.vote_bar.buttons)
    assert "closed" in page.vote_bar.result.text()
    assert all(p.title == STARTER for p in page.panes)
    assert not w.meter_strip.names_hidden
    # a late vote (e.g. a click already on its way) counts nothing and raises nothing
    page.reveal()
    assert w.history is not None and w.history.get_run(run_id).votes == ()


def test_numbers_are_hidden_until_the_vote_and_tab_goes_left_to_right(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    page = w.compare
    _blind_run(qtbot, w, 2)
    for pane in page.panes:
        shown = " ".join(lbl.text() for lbl in pane.metric_labels())
        assert "MB" not in shown and "GB" not in shown and "/s" not in shown
        assert pane.metrics_hidden
    # Tab order follows the panes as shown, left to right
    order = [page.panes[0], page.panes[1]]
    first = order[0].focus_target()
    second = order[1].focus_target()
    chain = []
    widget = first
    for _ in range(60):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is second:
            break
    assert widget is second, "Tab from the left pane does not reach the right pane"
    # and it goes straight there: only the two panes' own controls lie in between
    assert all(any(p.isAncestorOf(x) for p in order) for x in chain[1:]), chain
    with qtbot.waitSignal(page.vote_bar.voted):
        page.vote_bar.buttons[0].click()
    assert all(not p.metrics_hidden for p in page.panes)
    assert any("MB" in " ".join(lbl.text() for lbl in p.metric_labels()) for p in page.panes)


def test_a_new_pane_picks_a_model_not_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.session.services import build_services
    from tests.factories import make_tiny_gguf

    model = make_tiny_gguf(tmp_path / "tiny-other.Q8_0.gguf", n_embd=64, n_layers=2)
    with build_services(open_history=False) as services:
        services.library.import_file(model)
    w = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(w)
    page = w.compare
    ids = {c.id for c in page._choices}  # noqa: SLF001
    assert len(ids) >= 2
    first = page.panes[0].choice
    assert first is not None
    new = page.add_pane()
    assert new is not None and new.choice is not None and new.choice.id != first.id
    third = page.add_pane()  # nothing new left: the first model again
    assert third is not None and third.choice is not None
    w.close()


def test_keyboard_runs_the_comparison(qtbot: QtBot, window: MainWindow) -> None:
    page = window.compare
    assert page.run_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert page.prompt.tabChangesFocus()


def test_a_model_without_a_chat_format_says_so_in_its_pane(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.session.services import build_services
    from desktop.ui.widgets.pane import NO_CHAT_FORMAT
    from tests.factories import make_tiny_gguf

    base = make_tiny_gguf(tmp_path / "tiny-base.F32.gguf", n_embd=64, n_layers=2)
    with build_services(open_history=False) as services:
        model = services.library.import_file(base)
    w = MainWindow(restore_geometry=False, start_meter=False)
    qtbot.addWidget(w)
    w.show()
    page = w.compare
    pane = page.panes[0]
    assert pane.select_model(model.id)
    assert not pane.format_note.isVisible()
    page.prompt.setPlainText("Once upon a time")
    page.advanced.max_tokens.setValue(4)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        page.run_button.click()
    assert pane.state == "done", pane.status.text()
    assert pane.format_note.isVisible() and pane.format_note.text() == NO_CHAT_FORMAT
    w.close()

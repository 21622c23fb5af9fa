"""Real comparisons on the starter model are kept in the history, judged blind and shared.

One window, warm runners reused between the steps to stay fast on a small machine.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.core.fit.load_plan import decide_load_for_file, thread_share
from desktop.core.history.blind import vote_options
from desktop.ui.main_window import PAGE_COMPARE, MainWindow

pytestmark = pytest.mark.slow

RUN_TIMEOUT_MS = 180_000
STARTER = "SmolLM2 135M Instruct (starter)"


def _run(qtbot: QtBot, w: MainWindow, prompt: str, max_tokens: int) -> None:
    page = w.compare
    page.prompt.setPlainText(prompt)
    page.advanced.max_tokens.setValue(max_tokens)
    page.advanced.temperature.setValue(0.0)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        page.run_button.click()


def test_blind_run_is_saved_voted_revealed_and_shared(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    w = window
    page = w.compare
    history = w.history
    assert history is not None
    page.blind_check.setChecked(True)
    page.prompt.setPlainText("Name a fruit.")
    page.advanced.max_tokens.setValue(4)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        page.run_button.click()
        # while it runs the names are hidden everywhere the person looks
        assert sorted(p.title for p in page.panes) == ["Model A", "Model B"]
        assert all(not p.picker.isVisibleTo(p) and p.blind_title.isVisibleTo(p)
                   for p in page.panes)
        assert w.meter_strip.names_hidden
        assert page.vote_bar.isVisibleTo(page)
        assert not any(b.isEnabled() for b in page.vote_bar.buttons)
    # shown left to right as Model A, Model B
    assert [p.title for p in page.panes] == ["Model A", "Model B"]
    w.meter_strip.refresh()
    assert STARTER.split()[0] not in w.meter_strip.models_label.full_text()

    # both panes answered at once and shared the processor cores
    assert page.session is not None
    decided = decide_load_for_file(page.panes[0].choice.path, page.load_settings)
    shared = thread_share(decided.threads or 1, 2)
    assert [r.threads for r in page.session.results if r] == [shared, shared]

    # the run is in the history with both answers, metrics, peak memory, context, threads
    run_id = page.run_id
    assert run_id is not None
    run = history.get_run(run_id)
    assert run.prompt == "Name a fruit." and run.blind and run.blind_order is not None
    assert run.sampling.max_tokens == 4
    assert [r.status for r in run.results] == ["done", "done"]
    for r in run.results:
        assert r.metrics is not None and 1 <= r.metrics.output_tokens <= 4
        assert r.metrics.peak_rss_bytes > 50_000_000
        assert r.model.display_name == STARTER and r.text
        assert r.threads == shared and r.context_length == decided.context_length
    assert page.blind_layout is not None
    assert tuple(run.blind_order) == page.blind_layout.order

    # the History page lists it
    w.history_page.refresh()
    assert w.history_page.list.count() == 1
    assert w.history_page.current_run_id() == run_id

    # vote "B is better": stored in real pane indices, names revealed
    assert all(b.isEnabled() for b in page.vote_bar.buttons)
    with qtbot.waitSignal(page.vote_bar.voted):
        page.vote_bar.buttons[1].click()
    votes = history.get_run(run_id).votes
    assert len(votes) == 1
    assert votes[0].vote.outcome == "win"
    assert votes[0].vote.winner == page.blind_layout.pane_at(1)
    assert "Model B" in page.vote_bar.result.text() and STARTER in page.vote_bar.result.text()
    assert all(p.picker.isVisibleTo(p) and p.title == STARTER for p in page.panes)
    assert not w.meter_strip.names_hidden
    assert vote_options(2)[1].text == page.vote_bar.buttons[1].text()

    # share: a picture of the panes and the run in four formats
    picture = page.save_picture(tmp_path / "panes")
    image = QImage(str(picture))
    assert picture.suffix == ".png" and not image.isNull() and image.width() > 300
    for fmt in ("md", "html", "csv", "json"):
        out = page.export_run(fmt, tmp_path / f"run.{fmt}")  # type: ignore[arg-type]
        assert out.stat().st_size > 100
    assert "Name a fruit." in (tmp_path / "run.md").read_text(encoding="utf-8")
    data = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert "Name a fruit." in json.dumps(data)
    assert "<html" in (tmp_path / "run.html").read_text(encoding="utf-8").lower()

    # a prompt from the library runs with its task tag; taking turns, each pane uses all
    # the threads (no sharing)
    page.blind_check.setChecked(False)
    page.available_memory = lambda: 1  # too little memory for two: they take turns
    page.use_prompt(page.prompts.get("plain-english"))
    page.prompt.setPlainText(page.prompt.toPlainText().replace("{text}", "We utilise synergies."))
    page.advanced.max_tokens.setValue(2)
    with qtbot.waitSignal(page.run_finished, timeout=RUN_TIMEOUT_MS):
        page.run_all()
    assert page.session is not None
    assert [r.threads for r in page.session.results if r] == [decided.threads] * 2
    assert all(p.state == "done" for p in page.panes)
    assert not page.vote_bar.isVisibleTo(page)
    second = history.get_run(page.run_id or 0)
    assert second.task_tag == "rewrite" and not second.blind
    assert second.id != run_id
    assert w.history_page.list.count() == 2  # refreshed when the run finished

    # run the first one again from the History page
    assert w.history_page.open_run(run_id)
    w.history_page.rerun_button.click()
    assert w.stack.currentIndex() == PAGE_COMPARE
    assert page.prompt.toPlainText() == "Name a fruit."
    assert page.advanced.max_tokens.value() == 4
    assert page.blind_check.isChecked()
    assert [p.choice.name for p in page.panes if p.choice] == [STARTER, STARTER]


def test_stopped_panes_are_saved_as_stopped(qtbot: QtBot, window: MainWindow) -> None:
    w = window
    page = w.compare
    page.prompt.setPlainText("Write a long story about a lighthouse keeper.")
    page.advanced.max_tokens.setValue(400)
    page.advanced.temperature.setValue(0.0)  # the same long answer every time
    page.run_all()
    qtbot.waitUntil(lambda: all(p.state == "writing" for p in page.panes), timeout=RUN_TIMEOUT_MS)
    assert all(p.stop_button.isVisibleTo(p) for p in page.panes)
    with qtbot.waitSignal(page.run_finished, timeout=15_000):
        page.stop_all()
    assert w.history is not None
    run = w.history.get_run(page.run_id or 0)
    assert [r.status for r in run.results] != ["pending", "pending"]
    for r in run.results:
        assert r.status in ("done", "error")
        if r.metrics is not None:
            assert r.metrics.stop_reason == "cancelled"
    assert not any(p.stop_button.isVisibleTo(p) for p in page.panes)

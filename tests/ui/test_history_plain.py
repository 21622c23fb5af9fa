"""History in plain words: line breaks and lists kept, stop reasons in words, a blind test
left without a vote can be voted on or revealed from History, ties on the leaderboard."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.generation import GenerationMetrics
from desktop.core.history.blind import BlindLayout
from desktop.core.history.store import History, ModelIdentity, Vote
from desktop.ui.pages.history import HistoryPage

ANSWER = "Dear Sam,\nThanks for the note.\nPoints:\n- first\n- second\n\nBest regards,\n[Your Name]"
METRICS = GenerationMetrics(
    text=ANSWER, prompt_tokens=5, output_tokens=30, load_s=0.1, ttft_s=0.05,
    tokens_per_s=30.0, total_s=1.0, stop_reason="cancelled", peak_rss_bytes=100_000_000,
)


def _models(tmp_path: Path) -> tuple[ModelIdentity, ModelIdentity]:
    out = []
    for name in ("Alpha", "Beta"):
        f = tmp_path / f"{name}.gguf"
        f.write_bytes(name.encode() * 10)
        out.append(ModelIdentity.from_file(f, display_name=name))
    return out[0], out[1]


def _blind_run(
    tmp_path: Path, prompt: str, layout: BlindLayout | None = None
) -> tuple[History, int]:
    """A blind test of ``prompt`` that Alpha and Beta both answered; (history, run id)."""
    a, b = _models(tmp_path)
    h = History()
    run = h.start_run(
        prompt, models=[a, b], blind=True,
        blind_seed=layout.seed if layout else None, blind_order=layout.order if layout else None,
    )
    h.add_result(run, 0, a, METRICS)
    h.add_result(run, 1, b, METRICS)
    return h, run


def _open(qtbot: QtBot, h: History, run_id: int) -> HistoryPage:
    page = HistoryPage(h)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    assert page.open_run(run_id)
    return page


def test_answers_keep_line_breaks_lists_and_plain_stop_reasons(
    qtbot: QtBot, tmp_path: Path
) -> None:
    a, b = _models(tmp_path)
    h = History()
    run = h.start_run("Reply to Sam", models=[a, b])
    h.add_result(run, 0, a, METRICS)
    h.add_result(run, 1, b, dataclasses.replace(METRICS, stop_reason="length"))
    page = _open(qtbot, h, run)
    shown = page.detail.toPlainText()
    assert "Best regards,\n[Your Name]" in shown  # was "Best regards, [Your Name]"
    assert "Dear Sam,\nThanks for the note." in shown
    assert page.detail.document().toHtml().count("<li") >= 2  # the list stays a list
    assert "stopped by you" in shown and "reached the length limit" in shown
    assert "stopped:" not in shown and "cancelled" not in shown


def test_vote_on_a_blind_test_from_history(qtbot: QtBot, tmp_path: Path) -> None:
    layout = BlindLayout((1, 0), seed=2)
    h, run = _blind_run(tmp_path, "Write a haiku", layout)
    page = _open(qtbot, h, run)
    assert page.blind_bar.isVisible()
    assert "Alpha" not in page.detail.toPlainText()
    choices = [page.vote_choice.itemText(i) for i in range(page.vote_choice.count())]
    assert choices[:2] == ["Model A was best", "Model B was best"]
    # Model A is shown first: the blind order put pane 1 (Beta) there
    page.vote_choice.setCurrentIndex(0)
    qtbot.mouseClick(page.vote_button, Qt.MouseButton.LeftButton)
    saved = h.get_run(run)
    assert saved.voted and saved.votes[0].vote == Vote("win", 1) and saved.votes[0].blind
    assert not page.blind_bar.isVisible()
    assert "Beta (Model A)" in page.detail.toPlainText()


def test_reveal_a_blind_test_without_voting(qtbot: QtBot, tmp_path: Path) -> None:
    h, run = _blind_run(tmp_path, "Write a haiku")
    page = _open(qtbot, h, run)
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert "Alpha" in page.detail.toPlainText() and "Beta" in page.detail.toPlainText()
    assert not page.reveal_button.isVisible() and page.blind_bar.isVisible()
    assert "Alpha" in page.vote_choice.itemText(0)
    page.vote_choice.setCurrentIndex(page.vote_choice.findText("They were equally good"))
    assert page.vote_current()
    saved = h.get_run(run)
    assert saved.votes[0].vote == Vote("tie") and not saved.votes[0].blind  # seen, not blind


def test_leaderboard_shows_ties_and_too_few_votes(qtbot: QtBot, tmp_path: Path) -> None:
    h, run = _blind_run(tmp_path, "x")
    h.record_vote(run, Vote("win", 0))
    page = _open(qtbot, h, run)
    page.tabs.setCurrentIndex(1)
    assert "Too few votes to tell" in page.board_note.text()
    assert {page.board_table.item(r, 0).text() for r in range(2)} == {"–"}

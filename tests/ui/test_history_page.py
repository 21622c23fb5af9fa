"""The History page on a real history: list, search, model filter, read-only view, re-run,
delete, export, leaderboard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.history.blind import BlindLayout
from desktop.core.history.store import History, ModelIdentity, Vote
from desktop.engine.types import GenerationMetrics, SamplingParams
from desktop.ui.pages.history import HistoryPage, RerunRequest
from tests.core.history_data import real_metrics

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def metrics(starter_path: Path) -> list[GenerationMetrics]:
    return real_metrics(starter_path)


@pytest.fixture
def filled(
    starter_path: Path, tmp_path: Path, metrics: list[GenerationMetrics]
) -> tuple[History, dict[str, int]]:
    h = History()
    starter = ModelIdentity.from_file(starter_path, display_name="SmolLM2 starter")
    other_file = tmp_path / "other.gguf"
    other_file.write_bytes(b"o" * 10)
    other = ModelIdentity.from_file(other_file, display_name="Other model")
    email = h.start_run(
        "Summarise this email about <b>invoices</b>",
        system_prompt="Be brief",
        models=[starter, other],
        task_tag="summarise",
        sampling=SamplingParams(temperature=0.1, max_tokens=8),
    )
    h.add_result(email, 0, starter, metrics[0])
    h.add_result(email, 1, other, metrics[1])
    h.record_vote(email, Vote("win", 0), voter="ann")
    layout = BlindLayout((1, 0), seed=4)
    blind = h.start_run(
        "Write a haiku",
        models=[starter, other],
        blind=True,
        blind_seed=layout.seed,
        blind_order=layout.order,
    )
    h.add_result(blind, 0, starter, metrics[0])
    h.add_result(blind, 1, other, metrics[1])
    solo = h.start_run("Translate hello", models=[starter], task_tag="translate")
    h.add_result(solo, 0, starter, metrics[1])
    return h, {"email": email, "blind": blind, "solo": solo}


def ids(page: HistoryPage) -> list[int]:
    return [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]


def test_empty_history(qtbot: QtBot) -> None:
    page = HistoryPage(History())
    qtbot.addWidget(page)
    assert page.list.count() == 0
    assert "Nothing saved yet" in page.count_label.text()
    assert not page.rerun_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.request_rerun() is None


def test_list_search_filter_and_read_only_view(
    qtbot: QtBot, filled: tuple[History, dict[str, int]], metrics: list[GenerationMetrics]
) -> None:
    h, runs = filled
    page = HistoryPage(h)
    qtbot.addWidget(page)
    page.show()
    assert ids(page) == [runs["solo"], runs["blind"], runs["email"]]  # newest first
    assert page.count_label.text() == "3 comparisons"
    assert "hidden until you vote" in page.list.item(1).text()
    assert "blind, not voted yet" in page.list.item(1).text()

    qtbot.keyClicks(page.search, "invoices")
    assert ids(page) == [runs["email"]] and page.count_label.text() == "1 of 3 comparisons"
    shown = page.detail.toPlainText()
    assert "<b>invoices</b>" in shown  # HTML in a prompt is shown as text, never rendered
    assert metrics[0].text.strip().splitlines()[0] in shown
    assert "SmolLM2 starter" in shown and "words/s" in shown and "ann:" in shown
    assert page.detail.isReadOnly()
    page.search.clear()
    assert len(ids(page)) == 3

    other_index = next(
        i
        for i in range(page.model_filter.count())
        if page.model_filter.itemText(i).startswith("Other model")
    )
    page.model_filter.setCurrentIndex(other_index)
    assert ids(page) == [runs["blind"], runs["email"]]
    page.model_filter.setCurrentIndex(0)

    assert page.open_run(runs["blind"])
    blind_text = page.detail.toPlainText()
    assert "Model A" in blind_text and "Other model" not in blind_text  # still blind
    h.record_vote(runs["blind"], Vote("tie"), voter="bob")
    page.refresh()
    assert "Other model (Model A)" in page.detail.toPlainText()  # revealed after the vote
    assert not page.open_run(9999)


def test_rerun_same_or_other_models(
    qtbot: QtBot, filled: tuple[History, dict[str, int]], starter_path: Path
) -> None:
    h, runs = filled
    page = HistoryPage(h)
    qtbot.addWidget(page)
    page.open_run(runs["email"])
    with qtbot.waitSignal(page.rerun_requested) as blocker:
        qtbot.mouseClick(page.rerun_button, Qt.MouseButton.LeftButton)
    req = blocker.args[0]
    assert isinstance(req, RerunRequest) and req.same_models and req.run_id == runs["email"]
    assert req.prompt.startswith("Summarise") and req.system_prompt == "Be brief"
    assert req.sampling == SamplingParams(temperature=0.1, max_tokens=8)
    assert [m.display_name for m in req.models] == ["SmolLM2 starter", "Other model"]
    assert req.models[0].path == str(starter_path) and req.task_tag == "summarise"
    with qtbot.waitSignal(page.rerun_requested) as blocker:
        page.rerun_other_button.click()
    assert blocker.args[0].same_models is False


def test_delete_and_export_selection(
    qtbot: QtBot, filled: tuple[History, dict[str, int]], tmp_path: Path
) -> None:
    h, runs = filled
    page = HistoryPage(h)
    qtbot.addWidget(page)
    page.list.selectAll()
    assert page.selected_run_ids() == [runs["solo"], runs["blind"], runs["email"]]
    out = page.export_selected("json", tmp_path / "all.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in doc["runs"]] == page.selected_run_ids()
    assert doc["runs"][2]["results"][0]["metrics"]["peak_rss_bytes"] > 0

    page.open_run(runs["solo"])
    page.list.clearSelection()
    page.list.item(0).setSelected(True)
    with qtbot.waitSignal(page.run_deleted) as blocker:
        assert page.delete_selected(confirm=False) == 1
    assert blocker.args == [runs["solo"]]
    assert ids(page) == [runs["blind"], runs["email"]] and h.count_runs() == 2


def test_leaderboard_tab(qtbot: QtBot, filled: tuple[History, dict[str, int]]) -> None:
    h, runs = filled
    h.record_vote(runs["blind"], Vote("win", 1), voter="bob")
    page = HistoryPage(h)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    board = page.board
    assert board is not None and board.total_votes == 2
    assert page.board_table.rowCount() == 2
    assert page.board_table.item(0, 3).text().startswith("based on 2 votes")
    assert "words/s" in page.board_table.item(0, 4).text()
    assert "MB" in page.board_table.item(0, 5).text()
    assert [page.voter_filter.itemText(i) for i in range(page.voter_filter.count())] == [
        "everyone",
        "ann",
        "bob",
    ]
    page.voter_filter.setCurrentIndex(1)  # ann only: she preferred the starter
    assert page.board is not None and page.board.total_votes == 1
    assert page.board_table.item(0, 1).text() == "SmolLM2 starter"
    assert "ann" in page.board_note.text()


def test_a_damaged_history_file_is_explained_once(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    db.write_bytes(b"not a database, just noise " * 200)
    history = History(db)
    page = HistoryPage(history)
    qtbot.addWidget(page)
    assert not page.notice_label.isHidden()
    assert "damaged" in page.notice_label.text()
    assert history.recovered_from is not None
    assert history.recovered_from.name in page.notice_label.text()
    again = HistoryPage(history)
    qtbot.addWidget(again)
    assert again.notice_label.isHidden()  # told once

"""Counts and dates on the History page follow the window's language (issue 17): "1.000
Vergleiche" and "14.03.26 10:30" in German, "1,000 comparisons" in English, and the
task-test runs listed there the same way."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.history.store import History
from desktop.core.tasktests.store import RunInfo
from desktop.ui import fmt
from desktop.ui.i18n import install_language
from desktop.ui.pages.history import HistoryPage
from desktop.ui.pages.tasktest_runs import run_label
from tests.core.history_data import fake_model

#: QLocale's short German date and time ("14.03.26 10:30")
GERMAN_WHEN = re.compile(r"^\d{2}\.\d{2}\.\d{2} \d{2}:\d{2}")


def history_of(tmp_path: Path, runs: int) -> History:
    h = History()
    model = fake_model(tmp_path, "Alpha 1B")
    for i in range(runs):
        h.start_run(f"Question {i}", models=[model])
    return h


@pytest.mark.parametrize(
    ("code", "label", "found"),
    [
        ("en", "500 of 1,000 comparisons", "1 of 1,000 comparisons"),
        ("de", "500 von 1.000 Vergleichen", "1 von 1.000 Vergleichen"),
    ],
)
def test_the_count_of_comparisons_is_grouped(
    language: None, qtbot: QtBot, tmp_path: Path, code: str, label: str, found: str
) -> None:
    install_language(code)
    page = HistoryPage(history_of(tmp_path, 1000))
    qtbot.addWidget(page)
    assert page.list.count() == 500  # the newest 500 are listed
    assert page.count_label.text() == label
    page.search.setText("Question 999")
    assert page.count_label.text() == found
    when = page.list.item(0).text().splitlines()[0]
    if code == "de":
        assert GERMAN_WHEN.match(when), when


def test_one_comparison_is_said_in_the_language(
    language: None, qtbot: QtBot, tmp_path: Path
) -> None:
    history = history_of(tmp_path, 1)
    page = HistoryPage(history)
    qtbot.addWidget(page)
    assert page.count_label.text() == "1 comparison"
    install_language("de")
    page.refresh_list()
    assert page.count_label.text() == "1 Vergleich"
    model = fake_model(tmp_path, "Beta 2B")
    for i in range(2):
        history.start_run(f"More {i}", models=[model])
    page.refresh_list()
    assert page.count_label.text() == "3 Vergleiche"


def test_date_time_in_the_window_language(language: None) -> None:
    moment = datetime(2026, 3, 14, 10, 30)  # no time zone: local time
    assert fmt.date_time(moment) == "2026-03-14 10:30"  # no language chosen (tests, scripts)
    assert fmt.date_time("not a date") == "not a date" and fmt.date_time(None) == ""
    install_language("de")
    assert fmt.date_time(moment) == "14.03.26 10:30"
    assert fmt.date_time("2026-03-14T10:30:00") == "14.03.26 10:30"
    stored = datetime(2026, 3, 14, 10, 30, tzinfo=UTC)  # run files keep UTC
    local = stored.astimezone()
    assert fmt.date_time(stored.isoformat()) == f"14.03.26 {local:%H:%M}"
    assert fmt.count(1000) == "1.000" and fmt.count(7) == "7"


def test_task_test_run_label_in_german(language: None) -> None:
    info = RunInfo("r1", "Empfang", "2026-03-14T10:30:00", ("Qwen", "Llama"), 7, 1200, False)
    install_language("de")
    label = run_label(info)
    assert GERMAN_WHEN.match(label), label
    assert "Empfang · Qwen, Llama" in label and "1.200" in label and "1200" not in label


def test_leaderboard_cells_in_german(language: None) -> None:
    from desktop.core.history.leaderboard import votes_text
    from desktop.ui import fmt
    from desktop.ui.pages.history.board import _rank

    assert votes_text(1000, fmt.count) == "based on 1,000 votes" and _rank(2, True) == "2 (tie)"
    install_language("de")
    assert votes_text(1000, fmt.count) == "aus 1.000 Stimmen"
    assert votes_text(1, fmt.count) == "aus 1 Stimme"
    assert _rank(1000, False) == "1.000" and _rank(None, False) == "–"
    assert _rank(2, True) == "2 (gleichauf)"


def test_task_test_chart_tooltip_in_german(
    language: None, qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.ui.pages.tasktests.chart import ResultsChart
    from tests.tasktest_runs import fixed_run

    rows = fixed_run(tmp_path).summaries()
    install_language("de")
    chart = ResultsChart()
    qtbot.addWidget(chart)
    chart.set_rows(rows)
    first = chart.toolTip().splitlines()[0]
    assert first.startswith(f"{rows[0].model}: bestanden {rows[0].passed}, nicht bestanden")


def test_task_test_results_table_in_german(
    language: None, qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.ui.pages.tasktests.results import ResultsView
    from tests.tasktest_runs import fixed_run

    store = fixed_run(tmp_path)
    install_language("de")
    view = ResultsView()
    qtbot.addWidget(view)
    view.set_store(store)
    weak = next(r for r in range(view.summary.rowCount())
                if view.summary.item(r, 0).text() == "Weak model")
    assert view.summary.item(weak, 1).text() == "0 von 3"
    assert "Antwort enthält ×" in view.summary.item(weak, 7).text()

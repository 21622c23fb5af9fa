"""Task-test runs in the History page: listed in a "Task tests" tab, their results shown
there, and opened on the Task tests page, in the real main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.tasktests.pack import pack_from_dict
from desktop.core.tasktests.store import RunModel, RunStore
from tests.core.test_tasktests import outcome, pack_dict


def saved_runs() -> tuple[RunStore, RunStore]:
    """An older finished run on two models and a newer one left unfinished."""
    pack = pack_from_dict(pack_dict(name="Front desk"))
    done = RunStore.create(pack, [RunModel("Qwen", "/m/qwen.gguf"),
                                  RunModel("Llama", "/m/llama.gguf")])
    for i, name in enumerate(("Qwen", "Llama")):
        done.add_outcome(i, outcome("capital", name, True))
        done.add_outcome(i, outcome("hello", name, None))
    done.set_judgement(0, "hello", "pass")
    done.mark_finished()
    later = pack_from_dict(pack_dict(name="Invoices"))
    unfinished = RunStore.create(later, [RunModel("Qwen", "/m/qwen.gguf")])
    unfinished.add_outcome(0, outcome("capital", "Qwen", False))
    # run ids start with the time to the second: make the order certain
    newer = unfinished.path.with_name("99999999-" + unfinished.path.name)
    unfinished.path.rename(newer)
    return done, RunStore.open(newer)


def test_task_test_runs_are_listed_shown_and_opened(main_window: object, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    from desktop.ui.main_window import PAGE_HISTORY, PAGE_TASKTESTS, MainWindow

    assert isinstance(main_window, MainWindow)
    done, unfinished = saved_runs()
    main_window.show_page(PAGE_HISTORY)
    history = main_window.history_page
    tabs = history.tabs
    labels = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Task tests" in labels
    tabs.setCurrentIndex(labels.index("Task tests"))  # shown: the list is read again
    panel = history.tasktest_runs
    assert panel.isVisible()
    assert panel.run_ids() == [unfinished.run_id, done.run_id]  # newest first
    first = panel.list.item(0).text()
    assert "Invoices" in first and "Qwen" in first and "unfinished, 1 of 2 answers" in first
    second = panel.list.item(1).text()
    assert "Front desk" in second and "Qwen, Llama" in second and "unfinished" not in second
    assert panel.count_label.text() == "2 task-test runs"

    # the results of the selected run, as on the Task tests page
    assert panel.select_run(done.run_id)
    assert panel.results.store is not None and panel.results.store.run_id == done.run_id
    assert panel.results.summary.rowCount() == 2
    assert panel.results.summary.item(0, 1).text() == "2 of 2"  # judged "pass" by a person
    assert "Qwen" in panel.results.recommendation.text()
    assert panel.results.answers.rowCount() == 4

    # "Open in Task tests": the Task tests page shows that run
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert main_window.stack.currentIndex() == PAGE_TASKTESTS
    page = main_window.tasktests
    assert page.store is not None and page.store.run_id == done.run_id
    assert page.results.summary.rowCount() == 2

    # a damaged run file is left out of the list; the others still open
    unfinished.path.write_text("not a run\n", encoding="utf-8")
    main_window.show_page(PAGE_HISTORY)
    panel.refresh()
    assert panel.run_ids() == [done.run_id]  # unreadable files are skipped


def test_no_task_tests_yet(main_window: object) -> None:
    from desktop.ui.main_window import MainWindow

    assert isinstance(main_window, MainWindow)
    panel = main_window.history_page.tasktest_runs
    assert panel.run_ids() == []
    assert "No task tests yet" in panel.count_label.text()
    assert not panel.open_button.isEnabled()

"""The Task tests page, driven like a person would: make a test in the form, run it on the
starter model, judge an answer, read the recommendation; import, export, past runs."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.generation import LoadSettings
from desktop.core.tasktests.library import my_packs_dir, starter_pack_path
from desktop.ui.pages.tasktests import TaskTestsPage
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[TaskTestsPage]:
    tasks = TaskRunner()
    view = TaskTestsPage(tasks, load_settings=LoadSettings(context_length=512, threads=2))
    qtbot.addWidget(view)
    view.show()
    yield view
    view.shutdown()
    tasks.shutdown(wait=True, timeout=30)


def fill_pack(page: TaskTestsPage, qtbot: QtBot) -> None:
    """Two tasks through the form: one with a check, one for a person to judge."""
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.name.setText("Front desk")
    editor.instructions.setPlainText("Answer briefly.")
    editor.max_tokens.setValue(12)
    editor.title.setText("Capital")
    editor.prompt.setPlainText("What is the capital of France? Answer with one word.")
    qtbot.mouseClick(editor.add_check_button, Qt.MouseButton.LeftButton)
    editor.check_form.values.setPlainText("Paris")
    qtbot.mouseClick(editor.add_task_button, Qt.MouseButton.LeftButton)
    editor.title.setText("Greeting")
    editor.prompt.setPlainText("Say hello to Ana.")


@pytest.mark.slow
def test_create_run_judge_and_recommend(page: TaskTestsPage, qtbot: QtBot,
                                        tmp_path: Path) -> None:
    fill_pack(page, qtbot)
    pack = page.current_pack()
    assert [t.id for t in pack.tasks] == ["capital", "greeting"]
    assert pack.tasks[0].checks[0].phrases == ("Paris",)
    assert pack.tasks[1].manual
    saved = page.save_current()
    assert saved is not None and saved.parent == my_packs_dir()
    assert json.loads(saved.read_text(encoding="utf-8"))["name"] == "Front desk"

    assert page.chosen_models()[0].path.name.endswith(".gguf")  # the starter is preselected
    with qtbot.waitSignal(page.run_finished, timeout=240_000) as ended:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
        assert page.running and page.stop_button.isEnabled()
    assert ended.args == ["finished"]
    assert not page.running and page.run_button.isEnabled()
    assert page.progress.value() == page.progress.maximum() == 2
    assert page.results.summary.rowCount() == 1 and page.results.answers.rowCount() == 2
    assert page.results.summary.item(0, 3).text() == "1"  # one answer to judge
    assert "waits for your judgement" in page.results.recommendation.text()
    assert page.results.chart.rows and page.results.chart.rows[0].total == 2

    # the person judges the greeting, which has no checks
    assert page.results.select_answer(0, "greeting")
    assert "judge this answer yourself" in page.results.answer_view.toPlainText()
    qtbot.mouseClick(page.results.pass_button, Qt.MouseButton.LeftButton)
    assert page.results.summary.item(0, 3).text() == "0"
    assert "judgement" not in page.results.recommendation.text()
    assert page.results.recommendation.text().startswith(("For this test", "None of the models"))
    row = next(r for r in range(page.results.answers.rowCount())
               if page.results.answers.item(r, 1).text() == "Greeting")
    assert page.results.answers.item(row, 2).text() == "Passed"
    assert "You marked this answer as a pass." in page.results.answer_view.toPlainText()

    # results are kept and exportable; the run is listed and opens again
    assert page.export_results(tmp_path / "r.html")
    assert "Front desk" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.export_results(tmp_path / "r.csv")
    rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")))
    assert [r["judgement"] for r in rows] == ["", "pass"]
    assert page.export_results(tmp_path / "r.docx")
    assert (tmp_path / "r.docx").read_bytes().startswith(b"PK")  # a Word (zip) file
    assert page.export_results(tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    run_id = page.store.run_id if page.store else ""
    assert page.runs_combo.findData(run_id) >= 0
    page.results.set_store(None)
    assert page.open_run(run_id)
    assert page.results.summary.item(0, 3).text() == "0"  # the judgement was kept


def test_form_refuses_an_incomplete_pack(page: TaskTestsPage, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.editor.prompt.setPlainText("")
    assert not page.start_run()
    assert page.notice.isVisible()
    assert 'the field "prompt" is empty' in page.notice.text()
    page.editor.prompt.setPlainText("Hi")
    qtbot.mouseClick(page.editor.add_check_button, Qt.MouseButton.LeftButton)
    assert page.save_current() is None
    assert 'check 1: the field "phrases" needs at least one phrase' in page.notice.text()


def test_import_export_and_the_starter_pack(page: TaskTestsPage, tmp_path: Path) -> None:
    assert page.current_pack().name == "Office starter"  # shown first
    assert page.editor.task_list.count() >= 15
    out = tmp_path / "shared.json"
    assert page.export_pack(out)
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "slm-playground-task-pack"
    imported = page.import_pack(out)
    assert imported is not None and imported.name == "Office starter"
    assert any(p.origin == "mine" for p in page.packs)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "Bad", "tasks": [{"id": "x y", "prompt": "Hi"}]}),
                   encoding="utf-8")
    assert page.import_pack(bad) is None
    assert 'task 1 ("x y"): the field "id"' in page.notice.text()
    assert starter_pack_path().is_file()


def test_window_has_the_page(main_window: object) -> None:
    from desktop.ui.main_window import PAGE_TASKTESTS, MainWindow

    assert isinstance(main_window, MainWindow)
    assert main_window.nav.item(PAGE_TASKTESTS).text() == "Task tests"
    main_window.show_page(PAGE_TASKTESTS)
    assert main_window.stack.currentWidget() is main_window.tasktests


def test_blind_judging_hides_model_names(page: TaskTestsPage) -> None:
    from desktop.core.tasktests.checks import CheckResult
    from desktop.core.tasktests.pack import load_pack
    from desktop.core.tasktests.results import TaskOutcome
    from desktop.core.tasktests.store import RunModel, RunStore

    pack = load_pack(starter_pack_path())
    store = RunStore.create(pack, [RunModel("Alpha 1B", "/a.gguf"), RunModel("Beta 3B",
                                                                              "/b.gguf")])
    for mi, name in enumerate(("Alpha 1B", "Beta 3B")):
        for task in pack.tasks[:2]:
            store.add_outcome(mi, TaskOutcome(task.id, name, answer="14 March",
                                              checks=(CheckResult("contains", mi == 0, "x"),),
                                              ttft_s=0.1, total_s=1.0))
    assert page.open_run(store.run_id)
    assert "Alpha 1B" in page.results.recommendation.text()
    page.results.blind.setChecked(True)
    names = {page.results.answers.item(r, 0).text() for r in range(page.results.answers.rowCount())}
    assert names == {"Model A", "Model B"}
    assert "Alpha" not in page.results.recommendation.text() and page.results.summary.isHidden()
    assert page.results.select_answer(1, pack.tasks[0].id)
    page.results.judge("pass")
    page.results.blind.setChecked(False)
    assert not page.results.summary.isHidden()
    saved = RunStore.open(store.path).outcome(1, pack.tasks[0].id)
    assert saved is not None and saved.judgement == "pass"
    names = {page.results.answers.item(r, 0).text() for r in range(page.results.answers.rowCount())}
    assert names == {"Alpha 1B", "Beta 3B"}

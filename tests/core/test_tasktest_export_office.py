"""Task-test results as a Word document: a stored run built from fixed answers (real checks,
a person's judgement, a multi-line answer) is exported, then read back with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from desktop.core.history.export import ExportError
from desktop.core.tasktests.export import export_run
from desktop.core.tasktests.export_office import run_to_print_html
from desktop.core.tasktests.store import RunStore
from tests.tasktest_runs import fixed_run


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_word_export_reads_back(tmp_path: Path) -> None:
    store = RunStore.open(fixed_run(tmp_path).path)  # as saved in the history
    out = export_run(store, tmp_path / "results.docx")
    assert out.is_file()
    text = docx_text(out)
    recommendation = store.recommendation()
    assert "Good model" in recommendation
    assert recommendation in text
    assert "Task test: Front desk" in text and "Models: Good model, Weak model" in text
    assert "3 of 3" in text and "0 of 3" in text  # passed x of y per model
    weak_capital = store.outcome(1, "capital")
    assert weak_capital is not None and weak_capital.failed_checks
    assert f"Failed: {weak_capital.failed_checks[0].detail}" in text  # why it failed
    assert "You marked this answer as a pass." in text
    assert "You marked this answer as a fail." in text
    # line breaks are kept: the list answer stays two lines in one paragraph
    assert "- Anna sends the budget\n- Ben books the room" in text
    table = docx.Document(str(out)).tables[0]
    assert [c.text for c in table.rows[0].cells][:2] == ["Model", "Passed"]
    assert table.rows[1].cells[0].text == "Good model"


def test_word_export_to_a_folder_is_a_plain_error(tmp_path: Path) -> None:
    store = fixed_run(tmp_path)
    (tmp_path / "taken.docx").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export_run(store, tmp_path / "taken.docx")


def test_print_html_escapes_and_keeps_lines(tmp_path: Path) -> None:
    store = fixed_run(tmp_path)
    page = run_to_print_html(store)
    assert store.recommendation().split(",")[0] in page
    assert "white-space:pre-wrap" in page and "- Anna sends the budget\n- Ben" in page
    assert "<script" not in page

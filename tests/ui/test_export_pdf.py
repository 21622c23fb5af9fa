"""PDF export printed by Qt, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from desktop.core.history.export import ExportError
from desktop.ui.export_pdf import export_runs_pdf
from tests.core.test_export_office import make_run


def test_pdf_reads_back_with_question_answers_lists_and_numbers(
    qtbot: QtBot, tmp_path: Path
) -> None:
    out = export_runs_pdf([make_run(tmp_path)], tmp_path / "pdf" / "lunch")
    assert out == tmp_path / "pdf" / "lunch.pdf"
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages)
    flat = " ".join(text.split())
    for part in ("Write the lunch email.", "Keep it short.", "You write office emails.",
                 "Alpha 1B", "Beta 2B", "Dear team,", "Lunch is on Friday", "plates",
                 "Book the room", "Закуски 20 €", "42 tokens", "time to first word 0.25 s",
                 "ann: Alpha 1B was best"):
        assert part in flat, part
    assert "office" in flat  # no ligature characters in the text people copy
    lines = [" ".join(line.split()) for line in text.split("\n")]
    at = lines.index("Dear team,")  # the answer's line break is kept
    assert lines[at + 1].startswith("Lunch is on")
    assert [p.name for p in out.parent.iterdir()] == ["lunch.pdf"]


def test_pdf_into_a_file_is_a_plain_error(qtbot: QtBot, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with pytest.raises(ExportError, match="could not be saved"):
        export_runs_pdf([make_run(tmp_path)], blocked / "a.pdf")

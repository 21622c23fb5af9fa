"""Task-test results as a PDF printed by Qt, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pypdf
from pytestqt.qtbot import QtBot

from desktop.ui.export_tasktest_pdf import export_run_pdf
from tests.tasktest_runs import fixed_run


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages)


def test_pdf_export_reads_back(qtbot: QtBot, tmp_path: Path) -> None:
    store = fixed_run(tmp_path)
    out = export_run_pdf(store, tmp_path / "results.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "Task test: Front desk" in text
    assert " ".join(store.recommendation().split()) in text
    weak_capital = store.outcome(1, "capital")
    assert weak_capital is not None
    assert " ".join(weak_capital.failed_checks[0].detail.split()) in text
    assert "You marked this answer as a fail." in text
    assert "Anna sends the budget" in text and "Ben books the room" in text

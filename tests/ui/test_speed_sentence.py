"""One speed figure (issue 13): the Models list, its details panel and ``slm-playground fit``
show the same speed sentence for the same model, forecast first, then measured here once the
model has answered (from the history)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.generation import GenerationMetrics
from desktop.core.history.store import History, ModelIdentity
from desktop.core.machine import bandwidth
from desktop.core.machine.cpu import read_cpu
from desktop.core.machine.hardware import bandwidth_key
from desktop.session.services import build_services
from desktop.ui.model_list import COL_SPEED
from desktop.ui.pages.models import ModelsPage
from desktop.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
STARTER = "catalog:starter"


def _quiet_bandwidth_reading() -> None:
    """This computer probed once while quiet (so every process reads the same figure)."""
    cpu, _ = read_cpu()
    key = bandwidth_key(cpu.model, int(psutil.virtual_memory().total),
                        psutil.cpu_count(logical=True))
    bandwidth._write_cache(key, bandwidth.Reading(30e9, busy_share=0.0))


def _open_page(qtbot: QtBot) -> Iterator[ModelsPage]:
    tasks = TaskRunner()
    page = ModelsPage(tasks, build_services(open_history=False))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.row(STARTER) is not None and page.hardware is not None,
                    timeout=30_000)
    try:
        yield page
    finally:
        page.shutdown()
        tasks.shutdown()


def _shown(page: ModelsPage) -> tuple[str, str, str]:
    """(list column, list tooltip, details text) for the starter."""
    row = next(r for r, found in enumerate(page.model.rows()) if found.key == STARTER)
    index = page.model.index(row, COL_SPEED)
    assert page.select_key(STARTER)
    return (
        index.data(Qt.ItemDataRole.DisplayRole),
        index.data(Qt.ItemDataRole.ToolTipRole),
        page.details.reason.text(),
    )


def _cli_fit() -> tuple[str, dict[str, object]]:
    def run(*extra: str) -> str:
        done = subprocess.run([sys.executable, "-m", "desktop", "fit", "starter", *extra],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    return run(), json.loads(run("--json"))


@pytest.mark.slow
def test_list_details_and_cli_say_the_same(qtbot: QtBot, starter_path: Path) -> None:
    _quiet_bandwidth_reading()
    pages = _open_page(qtbot)
    page = next(pages)
    column, tooltip, details = _shown(page)
    text, data = _cli_fit()
    sentence = str(data["speed"])
    assert sentence.startswith("Writes about ") and data["measured_tokens_per_s"] is None
    assert tooltip == sentence and sentence in details and sentence in text
    number = sentence.removeprefix("Writes ").split(" word")[0]  # "about 90"
    assert column.startswith(number + " word")
    next(pages, None)

    # The model answers here: every view switches to the measured figure.
    model = ModelIdentity.from_file(starter_path)
    with History() as history:
        for tps in (30.0, 32.0, 34.0):
            run_id = history.start_run("hi", models=[model])
            history.add_result(run_id, 0, model, GenerationMetrics(
                text="x", prompt_tokens=5, output_tokens=64, load_s=0.1, ttft_s=0.1,
                tokens_per_s=tps, total_s=2.0, stop_reason="length", peak_rss_bytes=100,
            ), threads=2)
    pages = _open_page(qtbot)
    page = next(pages)
    column, tooltip, details = _shown(page)
    text, data = _cli_fit()
    sentence = "Measured here: 24 words a second (much faster than you can read)."
    assert data["speed"] == sentence and data["measured_tokens_per_s"] == 32.0
    assert tooltip == sentence and sentence in details and sentence in text
    assert column == "24 words/s (measured)"
    next(pages, None)

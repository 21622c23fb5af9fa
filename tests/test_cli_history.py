"""`slm-playground history` and `slm-playground export` on a real saved comparison."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.history.store import History, ModelIdentity, Vote
from desktop.engine.types import GenerationMetrics
from tests.core.history_data import real_metrics

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def metrics(starter_path: Path) -> list[GenerationMetrics]:
    return real_metrics(starter_path)


@pytest.fixture
def saved(starter_path: Path, metrics: list[GenerationMetrics]) -> int:
    """One real two-pane run on the starter model, voted on, plus an older one."""
    starter = ModelIdentity.from_file(starter_path, display_name="SmolLM2 starter")
    with History() as h:
        old = h.start_run("An older question about invoices", models=[starter])
        h.add_result(old, 0, starter, metrics[1])
        run_id = h.start_run("Name a colour.", models=[starter, starter], task_tag="other")
        h.add_result(run_id, 0, starter, metrics[0])
        h.add_result(run_id, 1, starter, metrics[1])
        h.record_vote(run_id, Vote("win", 0), voter="ann")
    return run_id


def test_history_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history"]) == 0
    assert "No saved comparisons yet." in capsys.readouterr().out
    assert main(["history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"total": 0, "runs": []}


@pytest.mark.slow
def test_history_lists_and_filters(saved: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert out.index("Name a colour.") < out.index("An older question")  # newest first
    assert "[voted]" in out and "SmolLM2 starter | SmolLM2 starter" in out
    assert main(["history", "--json", "--search", "invoices"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 2 and [r["prompt"] for r in data["runs"]] == [
        "An older question about invoices"]
    assert main(["history", "--leaderboard", "--json"]) == 0
    board = json.loads(capsys.readouterr().out)
    assert board["total_votes"] == 1 and board["entries"][0]["model"] == "SmolLM2 starter"
    assert main(["history", "--leaderboard"]) == 0
    assert "Leaderboard for everyone, all tasks" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json"])
def test_export_each_format(saved: int, tmp_path: Path, fmt: str,
                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"run.{fmt}"
    assert main(["export", str(saved), "--format", fmt, "--out", str(out)]) == 0
    assert "Saved 1 comparison" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "Name a colour." in text and "SmolLM2 starter" in text
    if fmt == "json":
        result = json.loads(text)["runs"][0]["results"][0]
        assert result["metrics"]["peak_rss_bytes"] > 0 and result["metrics"]["output_tokens"] > 0


def test_export_unknown_run_is_a_plain_error(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "7", "--out", str(tmp_path / "x.md")]) == 1
    err = capsys.readouterr().err
    assert "no saved comparison number 7" in err and "slm-playground history" in err
    assert not (tmp_path / "x.md").exists()


@pytest.mark.slow
def test_export_in_a_real_process_guesses_the_format(saved: int, tmp_path: Path) -> None:
    out = tmp_path / "share.html"
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "export", str(saved), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

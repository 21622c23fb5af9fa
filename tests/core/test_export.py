"""Export: Markdown, self-contained HTML, CSV and JSON with metrics; blind runs stay blind."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desktop.core.history.blind import BlindLayout
from desktop.core.history.export import CSV_COLUMNS, ExportError, export_runs, render_runs
from desktop.core.history.leaderboard import leaderboard
from desktop.core.history.leaderboard_export import (
    export_leaderboard,
    leaderboard_to_csv,
    leaderboard_to_html,
)
from desktop.core.history.store import History, RunRecord, Vote
from desktop.engine.types import GenerationMetrics
from tests.core.history_data import fake_model, real_metrics

NASTY = '<script>alert("x")</script> & =HYPERLINK("http://evil") </div>'


@pytest.fixture(scope="module")
def metrics(starter_path: Path) -> list[GenerationMetrics]:
    return real_metrics(starter_path)


@pytest.fixture
def runs(tmp_path: Path, metrics: list[GenerationMetrics]) -> tuple[History, RunRecord, RunRecord]:
    h = History()
    a, b = fake_model(tmp_path, "Alpha 1B"), fake_model(tmp_path, "Beta <2B>", 9)
    plain = h.start_run(NASTY, system_prompt="Be brief", models=[a, b], task_tag="email")
    h.add_result(plain, 0, a, metrics[0])
    h.add_result(plain, 1, b, RuntimeError("boom"))
    h.record_vote(plain, Vote("win", 0), voter="ann")
    layout = BlindLayout((1, 0), seed=3)
    blind = h.start_run("Which is nicer?", models=[a, b], blind=True, blind_seed=layout.seed,
                        blind_order=layout.order)
    h.add_result(blind, 0, a, metrics[0])
    h.add_result(blind, 1, b, metrics[1])
    return h, h.get_run(plain), h.get_run(blind)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.slow
def test_html_is_self_contained_and_escaped(runs: tuple[History, RunRecord, RunRecord]) -> None:
    _, plain, blind = runs
    page = render_runs([plain, blind], "html")
    parsed = _Collect()
    parsed.feed(page)
    assert "script" not in parsed.tags and parsed.urls == []  # nothing runs, nothing loads
    assert "style" in parsed.tags
    text = "".join(parsed.text)
    assert NASTY in text  # shown exactly as typed
    assert plain.results[0].text.strip() in text
    assert "Beta <2B>" in text and "words/s" in text and "peak memory" in text
    assert "ann: Alpha 1B was best" in text
    assert "Model A" in text and "Model B" in text
    blind_part = text[text.index("Which is nicer?"):]
    assert "Alpha 1B" not in blind_part and "Beta" not in blind_part  # nobody voted yet


@pytest.mark.slow
def test_markdown(runs: tuple[History, RunRecord, RunRecord]) -> None:
    h, plain, blind = runs
    md = render_runs([plain], "md")
    assert md.startswith("# SLM Playground: 1 comparison")
    assert "### Alpha 1B" in md and "### Beta &lt;2B>" in md
    assert f"> {NASTY}".replace("&", "&amp;").replace("<", "&lt;") in md
    assert "<script" not in md and "</div" not in md  # raw HTML is shown, never run
    assert "**Error:** The model stopped" in md
    m = plain.results[0].metrics
    assert m is not None and f"{m.output_tokens} tokens" in md
    assert "- ann: Alpha 1B was best" in md
    # blind: first shown is pane 1 ("Beta") as Model A; names appear only after the vote
    assert "### Model A" in render_runs([blind], "md")
    h.record_vote(blind.id, Vote("win", 1), voter="bob")
    voted = render_runs([h.get_run(blind.id)], "md")
    assert "### Beta &lt;2B> (Model A)" in voted
    assert "bob: Beta &lt;2B> (Model A) was best" in voted
    assert "### Alpha 1B" in render_runs([blind], "md", reveal=True)


@pytest.mark.slow
def test_csv_has_metrics_and_is_spreadsheet_safe(
    runs: tuple[History, RunRecord, RunRecord],
) -> None:
    _, plain, blind = runs
    rows = list(csv.DictReader(io.StringIO(render_runs([plain, blind], "csv"))))
    assert list(rows[0]) == list(CSV_COLUMNS) and len(rows) == 4
    first = rows[0]
    m = plain.results[0].metrics
    assert m is not None
    assert first["prompt"] == NASTY
    assert int(first["output_tokens"]) == m.output_tokens
    assert int(first["peak_rss_bytes"]) == m.peak_rss_bytes
    assert float(first["tokens_per_s"]) == pytest.approx(m.tokens_per_s or 0, rel=1e-3)
    assert first["answer"] == m.text and first["model"] == "Alpha 1B"
    assert rows[1]["status"] == "error" and rows[1]["output_tokens"] == ""
    assert rows[2]["model"] == "Model A" and rows[2]["model_path"] == ""  # blind, unvoted
    h = History()
    rid = h.start_run("=1+1", models=[plain.results[0].model])
    assert "'=1+1" in render_runs([h.get_run(rid)], "csv")  # never a live formula


@pytest.mark.slow
def test_json_round_trips_every_number(runs: tuple[History, RunRecord, RunRecord]) -> None:
    _, plain, blind = runs
    doc = json.loads(render_runs([plain, blind], "json"))
    assert doc["format"] == "slm-playground-comparisons" and doc["version"] == 1
    first = doc["runs"][0]
    assert first["prompt"] == NASTY and first["task_tag"] == "email"
    assert first["sampling"]["temperature"] == plain.sampling.temperature
    m = plain.results[0].metrics
    assert m is not None
    exported = first["results"][0]["metrics"]
    assert exported == {k: v for k, v in m.__dict__.items() if k != "text"}
    assert first["results"][0]["text"] == m.text
    assert first["results"][0]["model"]["key"] == plain.results[0].model.key
    assert first["results"][1]["error"]["type"] == "RuntimeError"
    hidden = doc["runs"][1]
    assert hidden["names_hidden"] and hidden["results"][0]["model"] == {
        "display_name": "Model A", "hidden": True}


@pytest.mark.slow
def test_files_and_leaderboard(runs: tuple[History, RunRecord, RunRecord],
                               tmp_path: Path) -> None:
    h, plain, blind = runs
    for fmt in ("md", "html", "csv", "json"):
        out = export_runs([plain], fmt, tmp_path / "out" / f"run.{fmt}")  # type: ignore[arg-type]
        written = out.read_bytes().decode("utf-8")
        assert written == render_runs([plain], fmt)  # type: ignore[arg-type]
    board = leaderboard(h)
    rows = list(csv.DictReader(io.StringIO(leaderboard_to_csv(board))))
    assert rows[0]["model"] == "Alpha 1B" and rows[0]["rank"] == "1" and rows[0]["votes"] == "1"
    assert float(rows[0]["median_tokens_per_s"]) > 0
    html = leaderboard_to_html(board)
    assert "Beta &lt;2B&gt;" in html and "based on 1 vote" in html and "<script" not in html
    assert export_leaderboard(board, "html", tmp_path / "board.html").exists()
    assert re.search(r"words/s", html)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_is_a_plain_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    h = History()
    run = h.get_run(h.start_run("p"))
    with pytest.raises(ExportError) as err:
        export_runs([run], "md", locked / "x.md")
    assert "x.md" in err.value.message


def test_export_to_a_path_that_is_a_folder_is_a_plain_error(tmp_path: Path) -> None:
    h = History()
    run = h.get_run(h.start_run("p"))
    (tmp_path / "taken.md").mkdir()
    with pytest.raises(ExportError):
        export_runs([run], "md", tmp_path / "taken.md")


def test_export_never_replaces_a_symlink_and_keeps_a_files_mode(tmp_path: Path) -> None:
    h = History()
    run = h.get_run(h.start_run("p"))
    elsewhere = tmp_path / "important.txt"
    elsewhere.write_text("keep")
    (tmp_path / "link.md").symlink_to(elsewhere)
    with pytest.raises(ExportError) as err:
        export_runs([run], "md", tmp_path / "link.md")
    assert "not an ordinary file" in err.value.message
    assert (tmp_path / "link.md").is_symlink() and elsewhere.read_text() == "keep"
    report = tmp_path / "report.md"
    report.write_text("old")
    report.chmod(0o644)
    export_runs([run], "md", report)
    assert report.stat().st_mode & 0o777 == 0o644


def test_markdown_keeps_code_but_not_raw_html(tmp_path: Path) -> None:
    h = History()
    model = fake_model(tmp_path, '<img src=x onerror="alert(1)">.gguf')
    run_id = h.start_run("Show <b>bold</b> & `<tag>` please", models=[model])
    answer = GenerationMetrics(
        text="Use <iframe src=evil>:\n```html\n<p>kept as code</p>\n```\nDone.",
        prompt_tokens=3, output_tokens=5, load_s=0.1, ttft_s=0.1, tokens_per_s=5.0,
        total_s=1.0, stop_reason="end_of_text", peak_rss_bytes=1,
    )
    h.add_result(run_id, 0, model, answer)
    md = render_runs([h.get_run(run_id)], "md")
    assert "<img" not in md and "<iframe" not in md and "<b>" not in md
    assert "&lt;img" in md and "&lt;iframe src=evil>" in md and "&lt;b>bold&lt;/b> &amp;" in md
    assert "`<tag>`" in md and "<p>kept as code</p>" in md  # code is code


def test_json_never_contains_nan(tmp_path: Path) -> None:
    h = History()
    model = fake_model(tmp_path, "Alpha 1B")
    run_id = h.start_run("p", models=[model])
    odd = GenerationMetrics(
        text="x", prompt_tokens=1, output_tokens=1, load_s=float("nan"), ttft_s=float("inf"),
        tokens_per_s=float("nan"), total_s=1.0, stop_reason="length", peak_rss_bytes=1,
    )
    h.add_result(run_id, 0, model, odd)
    text = render_runs([h.get_run(run_id)], "json")

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in the JSON")

    doc = json.loads(text, parse_constant=refuse)
    metrics = doc["runs"][0]["results"][0]["metrics"]
    assert metrics["tokens_per_s"] is None and metrics["ttft_s"] is None
    assert metrics["load_s"] is None and metrics["total_s"] == 1.0

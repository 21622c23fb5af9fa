"""Numbers and dates in the exports people read (HTML, Word, the print HTML of the PDF)
follow the chosen language: "1.000" and "14.03.26, 10:30" in German, English as before
(issue 17). CSV and JSON keep machine formats."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import docx
import pytest

from desktop.core import i18n
from desktop.core.history.display import format_when
from desktop.core.history.export import export_runs, runs_to_csv, runs_to_html, runs_to_json
from desktop.core.history.export_office import export_runs_docx, runs_to_print_html
from desktop.core.history.store import History, RunRecord
from desktop.core.tasktests.export import to_html
from desktop.core.tasktests.export_office import run_to_print_html
from desktop.engine.types import GenerationMetrics, SamplingParams
from tests.core.history_data import fake_model
from tests.tasktest_runs import fixed_run

#: Babel's short German date and time ("14.03.26, 10:30")
GERMAN_WHEN = re.compile(r"\b\d{2}\.\d{2}\.\d{2}, \d{2}:\d{2}\b")
#: the English exports' date and time ("2026-03-14 10:30")
ENGLISH_WHEN = re.compile(r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b")


@pytest.fixture
def language() -> Iterator[None]:
    before = os.environ.get(i18n.ENV_VAR)
    yield
    i18n.set_language("en")
    if before is None:
        os.environ.pop(i18n.ENV_VAR, None)
    else:
        os.environ[i18n.ENV_VAR] = before


def long_run(tmp_path: Path) -> RunRecord:
    """A finished run whose answer is 1000 tokens long, asked for with up to 1000 tokens."""
    h = History()
    model = fake_model(tmp_path, "Alpha 1B")
    run_id = h.start_run(
        "Write the report.", models=[model],
        sampling=SamplingParams(temperature=0.7, max_tokens=1000),
    )
    h.add_result(run_id, 0, model, GenerationMetrics(
        text="A long report.", prompt_tokens=12, output_tokens=1000, load_s=0.5, ttft_s=0.25,
        tokens_per_s=12.5, total_s=80.4, stop_reason="length", peak_rss_bytes=321_000_000,
    ))
    return h.get_run(run_id)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_english_exports_are_unchanged(tmp_path: Path) -> None:
    run = long_run(tmp_path)
    page = runs_to_html([run])
    assert "1,000 tokens · " in page
    assert "(creativity 0.7), answers up to 1,000 tokens (about 750 words)" in page
    assert "total 80.4 s" in page
    assert ENGLISH_WHEN.search(page) and not GERMAN_WHEN.search(page)
    text = docx_text(export_runs_docx([run], tmp_path / "en.docx"))
    assert "1,000 tokens · " in text and ENGLISH_WHEN.search(text)
    assert "SLM Playground: 1,000 comparisons" in runs_to_print_html([run] * 1000)


def test_german_html_and_word_exports_group_thousands_and_write_german_dates(
    language: None, tmp_path: Path
) -> None:
    run = long_run(tmp_path)
    i18n.set_language("de")
    german_when = format_when(run.created_at)
    assert GERMAN_WHEN.fullmatch(german_when), german_when

    page = export_runs([run], "html", tmp_path / "de.html").read_text(encoding="utf-8")
    assert "1.000 Tokens · " in page and "1000 Tokens" not in page
    assert "(Kreativität 0,7), Antworten bis 1.000 Tokens (etwa 750 Wörter)" in page
    assert "gesamt 80,4 s" in page
    assert german_when in page and not ENGLISH_WHEN.search(page)
    assert "<title>1.000 Vergleiche</title>" in runs_to_html([run] * 1000)

    text = docx_text(export_runs_docx([run], tmp_path / "de.docx"))  # python-docx reads it
    assert "1.000 Tokens · " in text and "1000 Tokens" not in text
    assert "Antworten bis 1.000 Tokens" in text
    assert german_when in text and not ENGLISH_WHEN.search(text)

    printed = runs_to_print_html([run] * 1000)  # what the PDF prints
    assert "SLM Playground: 1.000 Vergleiche" in printed and "1.000 Tokens" in printed


def test_machine_formats_stay_as_they_were(language: None, tmp_path: Path) -> None:
    run = long_run(tmp_path)
    i18n.set_language("de")
    rows = runs_to_csv([run]).splitlines()
    assert ",1000," in rows[1] and run.created_at.isoformat() in rows[1]
    doc = json.loads(runs_to_json([run]))
    assert doc["runs"][0]["created_at"] == run.created_at.isoformat()


def test_task_test_exports_write_the_date_in_the_language(
    language: None, tmp_path: Path
) -> None:
    store = fixed_run(tmp_path)
    started = datetime.fromisoformat(store.created_at)
    english = to_html(store)
    assert f"started {format_when(started)}." in english and ENGLISH_WHEN.search(english)
    assert store.created_at not in english  # no raw ISO text for people
    i18n.set_language("de")
    german_when = format_when(started)
    assert GERMAN_WHEN.fullmatch(german_when)
    assert german_when in to_html(store)
    assert f"Datum: {german_when}" in run_to_print_html(store)
    assert store.created_at not in to_html(store)


def test_leaderboard_export_groups_the_votes(language: None) -> None:
    from desktop.core.history.leaderboard import votes_text
    from desktop.core.i18n import format_number

    assert votes_text(1000, format_number) == "based on 1,000 votes"
    assert votes_text(1, format_number) == "based on 1 vote"
    assert votes_text(1000) == "based on 1000 votes"  # the CLI's line stays as it was
    i18n.set_language("de")
    assert votes_text(1000, format_number) == "aus 1.000 Stimmen"

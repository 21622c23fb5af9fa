"""Word export of comparisons: opened back with python-docx; answers keep lines and lists."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from desktop.core.history.blind import BlindLayout
from desktop.core.history.export import ExportError
from desktop.core.history.export_office import (
    Block,
    answer_blocks,
    export_runs_docx,
    runs_to_print_html,
)
from desktop.core.history.store import History, RunRecord, Vote
from desktop.engine.types import GenerationMetrics
from tests.core.history_data import fake_model

ANSWER = (
    "Dear team,\nLunch is on **Friday**.\n\n"
    "Bring:\n- plates\n- cups\n  - paper ones\n\n"
    "Steps:\n1. Book the room\n2. Order food\n\n"
    "## Budget\nЗакуски 20 €\n```\ntotal = 20\n```"
)


def metrics(text: str) -> GenerationMetrics:
    return GenerationMetrics(
        text=text, prompt_tokens=30, output_tokens=42, load_s=0.5, ttft_s=0.25,
        tokens_per_s=12.5, total_s=3.6, stop_reason="end_of_text", peak_rss_bytes=321_000_000,
    )


def make_run(tmp_path: Path, *, blind: bool = False) -> RunRecord:
    h = History()
    a, b = fake_model(tmp_path, "Alpha 1B"), fake_model(tmp_path, "Beta 2B", 9)
    layout = BlindLayout((1, 0), seed=3)
    run_id = h.start_run(
        "Write the lunch email.\nKeep it short.", system_prompt="You write office emails.",
        models=[a, b], blind=blind, blind_seed=layout.seed if blind else None,
        blind_order=layout.order if blind else None,
    )
    h.add_result(run_id, 0, a, metrics(ANSWER))
    h.add_result(run_id, 1, b, RuntimeError("boom"))
    if not blind:
        h.record_vote(run_id, Vote("win", 0), voter="ann")
    return h.get_run(run_id)


def test_answer_blocks_keep_lines_lists_headings_and_code() -> None:
    assert answer_blocks(ANSWER) == [
        Block("paragraph", "Dear team,\nLunch is on **Friday**."),
        Block("paragraph", "Bring:"),
        Block("bullet", "plates"),
        Block("bullet", "cups"),
        Block("bullet", "paper ones", level=1),
        Block("paragraph", "Steps:"),
        Block("number", "Book the room", number=1),
        Block("number", "Order food", number=2),
        Block("heading", "Budget"),
        Block("paragraph", "Закуски 20 €"),
        Block("code", "total = 20"),
    ]


def test_word_file_reads_back(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    out = export_runs_docx([run], tmp_path / "out" / "lunch.docx")
    assert out == tmp_path / "out" / "lunch.docx"
    document = docx.Document(str(out))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    texts = [t for _, t in paragraphs]
    assert "Write the lunch email.\nKeep it short." in texts  # the question, lines kept
    assert "You write office emails." in texts
    assert ("Heading 2", "Alpha 1B") in paragraphs and ("Heading 2", "Beta 2B") in paragraphs
    assert "Dear team,\nLunch is on Friday." in texts
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert "Friday" in bold
    assert ("List Bullet", "plates") in paragraphs and ("List Bullet", "cups") in paragraphs
    assert ("List Bullet 2", "paper ones") in paragraphs
    assert ("List Number", "Book the room") in paragraphs
    assert ("Heading 4", "Budget") in paragraphs and "Закуски 20 €" in texts
    numbers = next(t for t in texts if t.startswith("42 tokens"))
    assert "time to first word 0.25 s" in numbers and "peak memory 321 MB" in numbers
    assert any(t.startswith("Error: ") for t in texts)
    assert ("List Bullet", "ann: Alpha 1B was best") in paragraphs
    assert [p.name for p in out.parent.iterdir()] == ["lunch.docx"]  # no temp file left


def test_blind_run_keeps_neutral_labels(tmp_path: Path) -> None:
    out = export_runs_docx([make_run(tmp_path, blind=True)], tmp_path / "blind.docx")
    headings = [p.text for p in docx.Document(str(out)).paragraphs
                if p.style.name == "Heading 2"]
    assert headings == ["Model A", "Model B"]
    assert "Alpha" not in "".join(p.text for p in docx.Document(str(out)).paragraphs)


def test_unwritable_target_is_a_plain_error(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    (tmp_path / "taken.docx").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export_runs_docx([run], tmp_path / "taken.docx")
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with pytest.raises(ExportError, match="could not be written"):
        export_runs_docx([run], blocked / "sub" / "a.docx")


def test_print_html_has_lists_and_escapes(tmp_path: Path) -> None:
    h = History()
    model = fake_model(tmp_path, "Alpha")
    run_id = h.start_run("<b>hi</b> & bye", models=[model])
    h.add_result(run_id, 0, model, metrics(ANSWER))
    page = runs_to_print_html([h.get_run(run_id)])
    assert "&lt;b&gt;hi&lt;/b&gt; &amp; bye" in page
    assert "<ul>\n<li>plates</li>" in page and "<ol>\n<li>Book the room</li>" in page
    assert "Dear team,<br>Lunch is on <b>Friday</b>." in page


def test_a_conversation_shows_each_models_turns(tmp_path: Path) -> None:
    h = History()
    a, b = fake_model(tmp_path, "Alpha 1B"), fake_model(tmp_path, "Beta 2B", 9)
    first = h.start_run("Summarise the minutes.", models=[a, b])
    h.set_turn(first, conversation_id=first, turn=0,
               attachments=[("minutes.txt", "The committee met on Tuesday.")])
    second = h.start_run("Shorter, please.", models=[a, b])
    h.set_turn(second, conversation_id=first, turn=1)
    for run_id, words in ((first, "They met on Tuesday and agreed."), (second, "Met Tuesday.")):
        h.add_result(run_id, 0, a, metrics(f"Alpha: {words}"))
        h.add_result(run_id, 1, b, metrics(f"Beta: {words}"))
    h.record_vote(second, Vote("win", 1), voter="ann")
    out = export_runs_docx(h.get_conversation(first), tmp_path / "chat.docx")
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(out)).paragraphs]
    texts = [t for _, t in paragraphs]
    assert ("Heading 1", f"Conversation {first}") in paragraphs
    assert "Attached: minutes.txt (5 words)" in texts
    alpha = texts.index("Alpha 1B")
    beta = texts.index("Beta 2B")
    mine = texts[alpha + 1:beta]
    assert mine[:3] == ["Turn 1", "Alpha: They met on Tuesday and agreed.", mine[2]]
    assert mine[2].startswith("42 tokens")
    assert mine[3:6] == ["Turn 2", "You: Shorter, please.", "Alpha: Met Tuesday."]
    assert "Beta: Met Tuesday." in texts[beta:]
    assert "ann: Beta 2B was best" in texts
    page = runs_to_print_html(h.get_conversation(first))
    assert page.count("<h3>Turn 2</h3>") == 2 and "<b>You:</b> Shorter, please." in page

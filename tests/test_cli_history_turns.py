"""`slm-playground history` and `export` on a saved conversation: the turns are shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.history.store import History, ModelIdentity
from tests.core.history_data import real_metrics


@pytest.fixture
def conversation(starter_path: Path) -> tuple[int, int]:
    """A real two-turn conversation (with a document on turn 0) on the starter model."""
    metrics = real_metrics(starter_path)
    starter = ModelIdentity.from_file(starter_path, display_name="SmolLM2 starter")
    with History() as h:
        first = h.start_run('Document "lunch.txt":\nLunch is on Friday.\n\nWhen is lunch?',
                            models=[starter])
        h.add_result(first, 0, starter, metrics[0])
        h.set_turn(first, conversation_id=first, turn=0, prompt="When is lunch?",
                   attachments=[("lunch.txt", "Lunch is on Friday.")])
        second = h.start_run("Shorter, please.", models=[starter])
        h.add_result(second, 0, starter, metrics[1])
        h.set_turn(second, conversation_id=first, turn=1, prompt="Shorter, please.")
    return first, second


def test_history_marks_the_turns(conversation: tuple[int, int],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    first, second = conversation
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert f"turn 1 of conversation {first}" in out and f"turn 2 of conversation {first}" in out
    assert "Lunch is on Friday" not in out  # the question, not the document
    assert main(["history", "--json"]) == 0
    runs = {r["id"]: r for r in json.loads(capsys.readouterr().out)["runs"]}
    assert (runs[second]["conversation_id"], runs[second]["turn"]) == (first, 1)
    assert (runs[first]["conversation_id"], runs[first]["turn"]) == (first, 0)


def test_export_of_one_turn_brings_the_whole_conversation(
    conversation: tuple[int, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = conversation
    out = tmp_path / "chat.md"
    assert main(["export", str(second), "--out", str(out)]) == 0
    assert "Saved 2 comparisons" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert text.index("When is lunch?") < text.index("Shorter, please.")
    assert f"Turn 1 of conversation {first}" in text and f"Turn 2 of conversation {first}" in text
    assert "Attached: lunch.txt" in text

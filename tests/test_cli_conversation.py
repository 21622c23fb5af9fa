"""``run``/``compare`` with ``--attach`` and repeated ``--chat``, through the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.documents_factory import make_docx

pytestmark = pytest.mark.slow

MINUTES = ("The committee met on Tuesday and agreed the budget, including travel to the "
           "Lyon office and two new hires in accounts. ") * 10


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=600)


def test_run_two_turns_with_a_word_document(tmp_path: Path) -> None:
    doc = make_docx(tmp_path / "minutes.docx", title="Minutes", paragraphs=[MINUTES])
    r = cli("run", "--model", "starter", "--ctx", "2048", "--attach", str(doc),
            "--chat", "Who met?", "--chat", "Shorter, please.",
            "--max-tokens", "8", "--temperature", "0", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    first, second = data["turns"]
    assert (first["prompt"], second["prompt"]) == ("Who met?", "Shorter, please.")
    assert data["text"] == second["text"] and data["output_tokens"] == second["output_tokens"]
    for key in ("prompt_tokens", "output_tokens", "ttft_s", "tokens_per_s", "text"):
        assert key in first and key in second
    assert first["prompt_tokens"] > 200  # the document went with the first message
    # one runner for the whole conversation: the follow-up read only its new part
    assert second["prompt_eval_tokens"] < second["prompt_tokens"] / 4
    assert data["attachments"] == [{"name": "minutes.docx", "words": 211}]


def test_a_document_too_long_is_refused_unless_first_part(tmp_path: Path) -> None:
    doc = tmp_path / "long.txt"
    doc.write_text(MINUTES * 6, encoding="utf-8")
    r = cli("run", "--model", "starter", "--ctx", "512", "--attach", str(doc),
            "--chat", "Summarise.", "--max-tokens", "8")
    assert r.returncode != 0
    assert "too long for" in r.stderr and "512" in r.stderr and "--fit first-part" in r.stderr
    assert "Traceback" not in r.stderr
    r = cli("compare", "--model", "starter", "--model", "starter", "--ctx", "512",
            "--attach", str(doc), "--chat", "Summarise.", "--fit", "first-part",
            "--max-tokens", "4", "--temperature", "0", "--no-history", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert len(data["turns"]) == 1 and len(data["results"]) == 2
    assert all(res["prompt_tokens"] < 512 for res in data["turns"][0]["results"])


def test_unreadable_attachment_is_a_plain_error(tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing")
    r = cli("run", "--model", "starter", "--attach", str(bad), "--chat", "Hi")
    assert r.returncode != 0
    assert "scan.pdf is damaged" in r.stderr and "Traceback" not in r.stderr


def test_export_a_conversation_as_word(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    from desktop.cli import main
    from desktop.core.history.store import History
    from tests.core.history_data import fake_model
    from tests.core.test_export_office import metrics

    with History() as h:
        model = fake_model(tmp_path, "Alpha 1B")
        first = h.start_run("Who met?", models=[model])
        h.add_result(first, 0, model, metrics("The committee."))
        second = h.start_run("Shorter, please.", models=[model])
        h.add_result(second, 0, model, metrics("Committee."))
        h.set_turn(first, conversation_id=first, turn=0)
        h.set_turn(second, conversation_id=first, turn=1)
    out = tmp_path / "chat.docx"
    assert main(["export", str(first), str(second), "--out", str(out)]) == 0
    assert "Saved 2 comparisons" in capsys.readouterr().out
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert f"Conversation {first}" in texts and "You: Shorter, please." in texts

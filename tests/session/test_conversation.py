"""Conversations on real runners: follow-ups per model, documents, history, start over."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.documents import Document
from desktop.core.documents.context import CUT_MARKER
from desktop.core.errors import DocumentTooLongError, SlmError
from desktop.core.generation import LoadSettings, SamplingParams
from desktop.core.history.blind import BlindLayout
from desktop.core.history.export_office import runs_to_print_html
from desktop.core.history.store import History
from desktop.session.conversation import Conversation
from desktop.session.pool import ModelPool

pytestmark = pytest.mark.slow

GREEDY = SamplingParams(temperature=0.0, max_tokens=6, seed=1)
SETTINGS = LoadSettings(context_length=1024, threads=2)
MINUTES = ("Minutes. The committee met on Tuesday and agreed the budget, including travel "
           "to the Lyon office and two new hires in accounts. ") * 12


def doc(text: str = MINUTES, name: str = "minutes.txt") -> Document:
    return Document(name=name, kind="text", text=text, size_bytes=len(text))


def test_follow_up_per_model_reuses_the_cache_and_is_saved(
    pool: ModelPool, starter_path: Path, tmp_path: Path
) -> None:
    layout = BlindLayout((1, 0), seed=5)
    with History(tmp_path / "h.db") as history:
        chat = Conversation([starter_path, starter_path], pool=pool, history=history,
                            instructions="Answer briefly.", sampling=GREEDY, load=SETTINGS,
                            blind=layout)
        chat.attach(doc())
        fits = chat.check_fit("Who met?")
        assert all(f.fits for f in fits)
        assert fits[0].describe().startswith("The document uses about")
        first = chat.ask("Who met?")
        assert chat.wait(300)
        second = chat.ask("Shorter, please.")
        assert chat.wait(300)
        assert first.request.blind == second.request.blind == layout  # labels stay put
        for pane in (0, 1):
            messages = second.request.messages(pane)
            assert [m.role for m in messages] == ["system", "user", "assistant", "user"]
            assert 'Document "minutes.txt"' in messages[1].content
            assert messages[1].content.endswith("Who met?")
            answer = chat.turns[0].results[pane]
            assert answer is not None and messages[2].content == answer.text
            follow = chat.turns[1].results[pane]
            assert follow is not None and follow.metrics is not None
            read = follow.metrics.prompt_eval_tokens
            # the runner kept the document and the first turn: only the new part was read
            assert read is not None and read < follow.metrics.prompt_tokens / 4
        saved = history.get_conversation(chat.conversation_id or 0)
        assert [(r.turn, r.prompt) for r in saved] == [(0, "Who met?"), (1, "Shorter, please.")]
        assert saved[0].attachments == (("minutes.txt", MINUTES),)
        assert saved[1].conversation_id == saved[0].id
        page = runs_to_print_html(saved)
        assert "Who met?" in page and "Shorter, please." in page

        again, questions = Conversation.from_history(saved, pool=pool)
        assert questions == ["Who met?", "Shorter, please."]
        assert [d.name for d in again.documents] == ["minutes.txt"]
        assert again.blind == layout and again.instructions == "Answer briefly."

        chat.start_over()
        assert chat.turns == [] and chat.documents == [] and chat.conversation_id is None
        chat.attach(doc(name="other.txt"))  # a fresh start takes documents again


def test_a_document_that_does_not_fit_is_refused_or_cut_visibly(
    pool: ModelPool, starter_path: Path
) -> None:
    small = LoadSettings(context_length=512, threads=2)
    chat = Conversation([starter_path], pool=pool, sampling=GREEDY, load=small)
    chat.attach(doc(MINUTES * 4))
    fits = chat.check_fit("Summarise.")
    assert not fits[0].fits
    assert fits[0].describe().startswith(f"The document is too long for {starter_path.name}")
    assert fits[0].choices.longer_context is not None  # the starter allows a longer one
    with pytest.raises(DocumentTooLongError) as err:
        chat.ask("Summarise.")
    assert "512" in err.value.message
    assert chat.turns == []  # nothing ran
    chat.use_first_part(fits)
    first = chat.pane_turns("Summarise.")[0][0].content
    assert first.endswith("Summarise.")
    assert CUT_MARKER.split("(")[0] in first  # the cut is said in the text itself
    chat.use_longer_context(fits)  # for the model that needs it; the rest keep theirs
    assert chat.load_for(0).context_length == fits[0].choices.longer_context
    assert chat.load.context_length == 512
    chat.ask("Summarise.")
    with pytest.raises(SlmError, match="Documents go with the first question"):
        chat.attach(doc())
    assert chat.wait(300)


def test_old_histories_gain_conversations(tmp_path: Path) -> None:
    from tests.core.test_history import make_v1

    db = tmp_path / "history.db"
    model_file = tmp_path / "old.gguf"
    model_file.write_bytes(b"z" * 33)
    make_v1(db, model_file)
    with History(db) as h:
        old = h.get_run(1)
        assert (old.conversation_id, old.turn, old.attachments) == (None, 0, ())
        assert [r.id for r in h.get_conversation(1)] == [1]
        new = h.start_run("Follow-up", models=[model_file])
        h.set_turn(new, conversation_id=1, turn=1)
        assert [(r.id, r.turn) for r in h.get_conversation(1)] == [(1, 0), (new, 1)]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()

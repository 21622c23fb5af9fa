"""A document's fit per model, and a longer context for only the model that needs it.

Real parts: a .docx written by python-docx and read by the app, the starter model and a tiny
generated GGUF with a small native context, real runners, a real history file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.documents import Document, read_document
from desktop.core.documents.context import CUT_MARKER
from desktop.core.errors import DocumentTooLongError
from desktop.core.fit.estimate import estimate_memory
from desktop.core.fit.load_plan import read_shape
from desktop.core.generation import ChatMessage, LoadSettings, SamplingParams
from desktop.core.history.store import History
from desktop.session.conversation import Conversation
from desktop.session.events import ModelSpec
from desktop.session.pool import ModelPool
from desktop.session.request import ComparisonRequest
from desktop.session.waves import plan_waves
from tests.documents_factory import make_docx
from tests.factories import SIMPLE_CHAT_TEMPLATE, make_tiny_gguf

GREEDY = SamplingParams(temperature=0.0, max_tokens=6, seed=1)
SMALL = LoadSettings(context_length=512, threads=2)
REPORT = ("The office moves to the third floor in March. Desks are numbered by team, and "
          "the kitchen stays on the ground floor next to the post room. ") * 14
QUESTION = "Where is the kitchen?"


@pytest.fixture(scope="module")
def tiny_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model that reads at most 256 tokens at once (its own context)."""
    return make_tiny_gguf(tmp_path_factory.mktemp("tiny") / "tiny-256.gguf",
                          context_length=256, chat_template=SIMPLE_CHAT_TEMPLATE)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Document:
    """A real Word file of about 700 tokens, read the way the app reads it."""
    path = make_docx(tmp_path_factory.mktemp("docs") / "move.docx", title="Office move",
                     paragraphs=[REPORT])
    return read_document(path)


def test_pane_loads_replace_the_load_for_their_pane_only(starter_path: Path) -> None:
    longer = LoadSettings(context_length=2048, threads=2)
    request = ComparisonRequest(
        models=(ModelSpec.of(starter_path), ModelSpec.of(starter_path)),
        turns=(ChatMessage("user", "Hi"),), load=SMALL, pane_loads=(None, longer),
    )
    assert request.load_for(0) == SMALL and request.load_for(1) == longer
    assert ComparisonRequest.ask("Hi", [starter_path], load=SMALL).load_for(0) == SMALL
    with pytest.raises(ValueError, match="one entry per model"):
        ComparisonRequest(models=request.models, turns=request.turns, pane_loads=(longer,))


@pytest.mark.slow
def test_each_model_gets_its_own_fit_and_choices(
    pool: ModelPool, starter_path: Path, tiny_path: Path, report: Document
) -> None:
    chat = Conversation([starter_path, tiny_path], pool=pool, sampling=GREEDY, load=SMALL)
    chat.attach(report)
    starter, tiny = chat.check_fit(QUESTION)
    assert (starter.pane, tiny.pane) == (0, 1)
    # the same settings, but each model's own context: the tiny one reads 256 at most
    assert (starter.context_length, tiny.context_length) == (512, 256)
    assert starter.choices.use.needed_tokens == tiny.choices.use.needed_tokens > 512
    assert not starter.fits and not tiny.fits
    longer = starter.choices.longer_context
    assert longer is not None and longer >= starter.choices.use.needed_tokens
    assert starter.choices.longer_context_memory is not None
    assert tiny.choices.longer_context is None  # it cannot read more than its own 256
    part = tiny.choices.first_part
    assert part is not None and 0 < part.words_kept < part.words_total
    assert "too long for tiny-256.gguf" in tiny.describe()
    assert "first part" in tiny.describe() and "longer context" not in tiny.describe()

    # "Use a longer context" for the starter's pane only: the tiny model keeps its load
    chat.use_longer_context([starter])
    assert chat.load_for(0).context_length == longer
    assert chat.load_for(1) == SMALL and chat.load == SMALL
    assert chat.context_length(0) == longer and chat.context_length(1) == 256
    again = chat.check_fit(QUESTION)
    assert again[0].fits and not again[1].fits
    with pytest.raises(DocumentTooLongError, match="tiny-256.gguf"):
        chat.request(QUESTION)  # the tiny model still needs a choice: never cut silently
    chat.use_first_part(again)
    request = chat.request(QUESTION)
    assert request.load_for(0).context_length == longer and request.load_for(1) == SMALL
    assert CUT_MARKER.split("(")[0] in request.messages(1)[-1].content
    assert CUT_MARKER.split("(")[0] not in request.messages(0)[-1].content  # the whole text

    # the memory plan counts each model at its own context
    paths = [m.path for m in request.models]
    plan = plan_waves(paths, [request.load_for(i) for i in range(2)], available_bytes=1 << 40)
    assert [load.context_length for load in plan.loads] == [longer, 256]
    shape = read_shape(starter_path)
    assert shape is not None
    assert plan.needs[0] == estimate_memory(shape, longer).need_bytes
    assert plan.needs[0] > plan_waves(paths, SMALL, available_bytes=1 << 40).needs[0]


@pytest.mark.slow
def test_only_the_chosen_pane_loads_with_the_longer_context(
    pool: ModelPool, starter_path: Path, report: Document, tmp_path: Path
) -> None:
    with History(tmp_path / "h.db") as history:
        chat = Conversation([starter_path, starter_path], pool=pool, history=history,
                            sampling=GREEDY, load=SMALL)
        chat.attach(report)
        fits = chat.check_fit(QUESTION)
        assert not any(f.fits for f in fits)
        longer = fits[1].choices.longer_context
        assert longer is not None and longer > 512
        chat.use_longer_context([fits[1]])  # the button on the second pane
        chat.use_first_part(chat.check_fit(QUESTION))  # the first pane reads the first part
        first = chat.ask(QUESTION)
        assert chat.wait(300)
        answers = chat.turns[0].results
        assert [r.context_length if r else None for r in answers] == [512, longer]
        assert first.run_id is not None
        saved = history.get_run(first.run_id)  # the history records each answer's context
        assert {r.pane_index: r.context_length for r in saved.results} == {0: 512, 1: longer}

        second = chat.ask("Shorter, please.")  # the follow-up keeps each pane's own context
        assert chat.wait(300)
        assert second.request.load_for(1).context_length == longer
        assert second.request.load_for(0) == SMALL
        follow = chat.turns[1].results
        assert [r.context_length if r else None for r in follow] == [512, longer]
        read = follow[1].metrics.prompt_eval_tokens if follow[1] and follow[1].metrics else None
        assert read is not None and read < follow[1].metrics.prompt_tokens / 2  # type: ignore[union-attr]

"""Numbers in a model's details follow the window's language: "8.192" in German, not the
English "8,192" (issue 17), and the words around them are translated too."""

from __future__ import annotations

import pytest

from desktop.core.hub.search import HubModel
from desktop.ui.i18n import install_language
from desktop.ui.model_rows import context_words, hub_row
from desktop.ui.pages.models.details import plain_fact


def _hub_model() -> HubModel:
    return HubModel(
        repo_id="someone/Tiny-GGUF", author="someone", downloads=12345, likes=3,
        last_modified=None, gated=False, tags=(), architecture="llama",
        parameters=1_500_000_000, context_length=32768, url="",
    )


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("en", "about 24,600 words (32,768 tokens)"),
        ("de", "etwa 24.600 Wörter (32.768 Tokens)"),
    ],
)
def test_longest_text_in_the_language(language: None, code: str, words: str) -> None:
    install_language(code)
    assert context_words(32768) == words
    details = dict(hub_row(_hub_model()).details)
    assert details["Longest text it reads"] == words
    # the details panel shows it as it is
    assert plain_fact("Longest text it reads", words) == ("Longest text it reads", words)
    assert details["Downloads last month"] == ("12,345" if code == "en" else "12.345")

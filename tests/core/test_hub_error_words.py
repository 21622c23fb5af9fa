"""The Hub's error messages when the model or file is not known: whole translated
sentences, no English fallback words ("this model", "the file") inside German text."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from desktop.core import i18n
from desktop.core.hub.client import HubConfig
from desktop.core.hub.errors import error_for_status

CFG = HubConfig(endpoint="https://mirror.example")


@pytest.fixture
def german() -> Iterator[None]:
    before = os.environ.get(i18n.ENV_VAR)
    i18n.set_language("de")
    yield
    i18n.set_language("en")
    if before is None:
        os.environ.pop(i18n.ENV_VAR, None)
    else:
        os.environ[i18n.ENV_VAR] = before


def test_english_sentences_without_a_name() -> None:
    assert error_for_status(404, config=CFG).message == "We could not find this model on the Hub."
    assert error_for_status(403, config=CFG).message == "The Hub refused access to the file."
    gated = error_for_status(403, config=CFG, error_code="GatedRepo")
    assert gated.message.startswith("The model you chose asks you")
    missing = error_for_status(404, config=CFG, error_code="EntryNotFound")
    assert missing.message == "The file you asked for does not exist on the Hub."
    named = error_for_status(
        404, config=CFG, repo_id="org/m", filename="m.gguf", error_code="EntryNotFound"
    )
    assert named.message == "The file “m.gguf” from org/m does not exist on the Hub."


@pytest.mark.parametrize(
    ("status", "code", "words"),
    [
        (404, None, "Dieses Modell wurde auf dem Hub nicht gefunden."),
        (403, None, "Der Hub hat den Zugriff auf die Datei verweigert."),
        (404, "EntryNotFound", "Die gewünschte Datei gibt es auf dem Hub nicht."),
        (404, "RevisionNotFound", "Diese Version des Modells gibt es nicht."),
    ],
)
def test_german_sentences_without_a_name(
    german: None, status: int, code: str | None, words: str
) -> None:
    assert error_for_status(status, config=CFG, error_code=code).message == words


def test_german_file_of_a_repo(german: None) -> None:
    err = error_for_status(403, config=CFG, repo_id="org/m", filename="m.gguf")
    assert err.message == "Der Hub hat den Zugriff auf „m.gguf“ aus org/m verweigert."

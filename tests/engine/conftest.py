"""Engine fixtures: a shared warm client on the starter model, tiny generated files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.engine.client import ModelClient
from desktop.engine.types import LoadSettings


@pytest.fixture(scope="module")
def starter_client(starter_path: Path) -> Iterator[ModelClient]:
    """One runner with the starter model, reused by a module's tests."""
    client = ModelClient(starter_path, LoadSettings(context_length=2048, seed=1))
    client.load()
    yield client
    client.close()


@pytest.fixture(scope="session")
def gpt2_ggml(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight GPT-2 in the legacy GGML layout (ctransformers)."""
    from tests.factories import make_gpt2_ggml

    return make_gpt2_ggml(tmp_path_factory.mktemp("ggml") / "tiny-gpt2.bin")

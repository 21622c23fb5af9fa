"""Test helpers for history, leaderboard and export: real answers from the starter model."""

from __future__ import annotations

import functools
from pathlib import Path

from desktop.core.history.store import History, ModelIdentity, Vote
from desktop.engine.client import ModelClient
from desktop.engine.types import (
    FinishedEvent,
    GenerateRequest,
    GenerationMetrics,
    LoadSettings,
    SamplingParams,
)

PROMPTS = ("Name a colour.", "Say hello to Sam.")


def real_metrics(starter_path: Path, prompts: tuple[str, ...] = PROMPTS) -> list[GenerationMetrics]:
    """Real generations on the starter model (8 tokens each, greedy).

    Generated once per test session (metrics are frozen, so sharing them is safe).
    """
    return list(_real_metrics(starter_path, prompts))


@functools.cache
def _real_metrics(starter_path: Path, prompts: tuple[str, ...]) -> tuple[GenerationMetrics, ...]:
    out: list[GenerationMetrics] = []
    with ModelClient(starter_path, LoadSettings(context_length=512, seed=1)) as client:
        for prompt in prompts:
            sampling = SamplingParams(temperature=0, max_tokens=8)
            request = GenerateRequest.chat(prompt, system="Answer briefly.", sampling=sampling)
            for event in client.generate(request):
                if isinstance(event, FinishedEvent):
                    out.append(event.metrics)
    assert len(out) == len(prompts)
    return tuple(out)


def fake_model(tmp: Path, name: str, size: int = 64) -> ModelIdentity:
    """A stand-in model *identity* (a file of ``size`` bytes): only names and keys matter."""
    path = tmp / f"{name}.gguf"
    path.write_bytes(b"\0" * size)
    return ModelIdentity.from_file(path, display_name=name)


def add_voted_run(
    history: History,
    models: list[ModelIdentity],
    metrics: GenerationMetrics,
    vote: Vote,
    *,
    voter: str = "ann",
    task_tag: str | None = "email",
    prompt: str = "Summarise this email",
) -> int:
    """A finished run with one vote (metrics reused for every pane)."""
    run_id = history.start_run(prompt, models=models, task_tag=task_tag, blind=True)
    for i, m in enumerate(models):
        history.add_result(run_id, i, m, metrics)
    history.record_vote(run_id, vote, voter=voter)
    return run_id

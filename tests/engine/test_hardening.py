"""Issue 14, runtime part: hostile model files and misbehaving runners end plainly.

Real runners on real (tiny, generated) models: an absurd claimed context, an unsafe chat
template, a runner that stops responding, out-of-memory conditions, quiet exits.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.core.errors import EngineError
from desktop.core.generation import GenerateRequest, LoadSettings, SamplingParams
from desktop.engine.client import ModelClient
from desktop.engine.types import FinishedEvent
from tests.factories import SIMPLE_CHAT_TEMPLATE, make_tiny_gguf

BOMB = "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}"


def answer(client: ModelClient, request: GenerateRequest) -> FinishedEvent:
    for event in client.generate(request):
        if isinstance(event, FinishedEvent):
            return event
    raise AssertionError("no FinishedEvent")


def test_absurd_claimed_context_is_capped(tmp_path: Path) -> None:
    """A header claiming 2^31 - 1 tokens: before, 8.6 GB and ~30-60 s to the first word."""
    from desktop.core.fit.estimate import MAX_NATIVE_CONTEXT, ModelShape

    path = make_tiny_gguf(tmp_path / "huge-ctx.gguf", context_length=2**31 - 1,
                          chat_template=SIMPLE_CHAT_TEMPLATE)
    assert ModelShape.from_file(path).native_context == MAX_NATIVE_CONTEXT
    started = time.monotonic()
    with ModelClient(path, LoadSettings(context_length=512, seed=1)) as client:
        done = answer(client, GenerateRequest.chat("hi", sampling=SamplingParams(max_tokens=4)))
    assert time.monotonic() - started < 20
    assert done.metrics.peak_rss_bytes < 1_000_000_000


def test_unsafe_chat_template_is_refused_by_the_runner(tmp_path: Path) -> None:
    """The adversarial pass's template grew memory at ~120 MB/s with no end."""
    path = make_tiny_gguf(tmp_path / "bomb.gguf", chat_template=BOMB)
    started = time.monotonic()
    with ModelClient(path, LoadSettings(context_length=256, seed=1)) as client:
        with pytest.raises(EngineError) as info:
            answer(client, GenerateRequest.chat("hi", sampling=SamplingParams(max_tokens=4)))
        assert "chat format is unsafe" in info.value.message
        assert time.monotonic() - started < 30
        # the runner is still usable: plain text continuation needs no template
        plain = GenerateRequest(prompt="hello", sampling=SamplingParams(max_tokens=3))
        done = answer(client, plain)
        assert done.metrics.output_tokens >= 1

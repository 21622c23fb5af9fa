"""A follow-up reuses the cached prompt (document + earlier turns); long prompts stay stoppable."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.engine.client import ModelClient
from desktop.engine.llama_backend import LlamaCppBackend
from desktop.engine.types import (
    ChatMessage,
    FinishedEvent,
    GenerateRequest,
    GenerationMetrics,
    LoadSettings,
    SamplingParams,
    TokenEvent,
)

pytestmark = pytest.mark.slow

GREEDY = SamplingParams(temperature=0.0, max_tokens=24, seed=1)
DOCUMENT = (
    "Minutes of the staff meeting. The committee met on Tuesday and agreed next year's "
    "budget, including travel to the Lyon office and two new hires in accounts. "
) * 20  # ~600 tokens


def answer(client: ModelClient, messages: list[ChatMessage]) -> GenerationMetrics:
    metrics = None
    for event in client.generate(GenerateRequest(messages=tuple(messages), sampling=GREEDY)):
        if isinstance(event, FinishedEvent):
            metrics = event.metrics
        else:
            assert not isinstance(event, TokenEvent) or event.text is not None
    assert metrics is not None
    return metrics


def test_follow_up_reads_only_the_new_turn(starter_path: Path) -> None:
    with ModelClient(starter_path, LoadSettings(context_length=2048, threads=2)) as client:
        messages = [ChatMessage("user", f'Document:\n"""\n{DOCUMENT}\n"""\n\nWho met?')]
        first = answer(client, messages)
        assert first.prompt_tokens > 500
        # llama.cpp's own count: the whole prompt was read the first time
        assert first.prompt_eval_tokens == first.prompt_tokens
        messages += [ChatMessage("assistant", first.text),
                     ChatMessage("user", "Say it in French, please.")]
        second = answer(client, messages)
        assert second.prompt_tokens > first.prompt_tokens
        assert second.prompt_eval_tokens is not None
        # only the answer's end and the new question were read again
        assert 0 < second.prompt_eval_tokens < 60 < second.prompt_tokens / 10
        assert second.output_tokens > 0
        # a new conversation shares only the chat format's opening (SmolLM2's template
        # starts with a default system message); the document is gone from the cache
        question = [ChatMessage("user", "What is the capital of France?")]
        other = answer(client, question)
        assert other.prompt_eval_tokens is not None
        assert 8 < other.prompt_eval_tokens < other.prompt_tokens < 60


@pytest.fixture(scope="module")
def backend(starter_path: Path) -> Iterator[LlamaCppBackend]:
    b = LlamaCppBackend()
    b.load(starter_path, LoadSettings(context_length=2048, batch_size=128, threads=2))
    yield b
    b.close()


def test_stop_while_reading_keeps_what_was_read(backend: LlamaCppBackend) -> None:
    request = GenerateRequest(prompt=DOCUMENT + "\nIn short:", sampling=GREEDY)
    batch = backend._llm.n_batch

    def stop_after_one_batch() -> bool:
        return bool(backend._llm.n_tokens >= batch)

    backend._llm.reset()
    assert list(backend.generate(request, stop_after_one_batch)) == []
    stopped = backend.stats
    assert stopped.stop_reason == "cancelled"
    assert stopped.prompt_tokens > 2 * batch
    assert backend._llm.n_tokens == batch  # the batch being read when stopped is dropped
    # asked again, the batch already read is not read a second time
    list(backend.generate(request, lambda: False))
    again = backend.stats
    assert again.prompt_eval_tokens == again.prompt_tokens - batch
    assert again.output_tokens > 0


def test_stop_check_only_when_a_batch_is_slow(backend: LlamaCppBackend) -> None:
    from desktop.engine import llama_backend as lb

    backend._prompt_tokens_per_s = None  # speed unknown: the first batch is watched
    request = GenerateRequest(prompt=DOCUMENT, sampling=GREEDY)
    seen: list[bool] = []
    real = backend._abort_checks

    def spy(on: bool, should_stop: object) -> None:
        seen.append(on)
        real(on, should_stop)  # type: ignore[arg-type]

    backend._abort_checks = spy  # type: ignore[method-assign]
    try:
        backend._llm.reset()
        list(backend.generate(request, lambda: False))
        assert seen[0] is True and seen[-1] is False
        speed = backend._prompt_tokens_per_s
        assert speed is not None and speed > 0
        # quick batches are not watched at all; slow ones are
        backend._prompt_tokens_per_s = backend._llm.n_batch / lb.CHUNK_S * 2
        assert not backend._may_be_slow(backend._llm.n_batch)
        backend._prompt_tokens_per_s = backend._llm.n_batch / lb.CHUNK_S / 2
        assert backend._may_be_slow(backend._llm.n_batch)
        assert not backend._may_be_slow(8)
    finally:
        del backend._abort_checks


def test_count_tokens_uses_the_models_tokenizer(backend: LlamaCppBackend) -> None:
    assert backend.count_tokens("") == 0
    n = backend.count_tokens(DOCUMENT)
    assert len(DOCUMENT) / 8 < n < len(DOCUMENT) / 2


def test_native_stop_flag_is_read_by_c_code() -> None:
    from desktop.engine.llama_backend import NativeStopFlag

    flag = NativeStopFlag()
    assert flag.callback(flag.data) is False  # llama.cpp calls it like this, in C
    asked = []

    def stop_soon() -> bool:
        asked.append(1)
        return len(asked) >= 3

    flag.watch(stop_soon)
    deadline = time.monotonic() + 5
    while not flag.raised and time.monotonic() < deadline:
        time.sleep(0.01)
    flag.unwatch()
    assert flag.raised and flag.callback(flag.data) is True
    flag.watch(lambda: False)  # a new prompt lowers it again
    assert flag.callback(flag.data) is False
    flag.unwatch()


def test_stop_lands_inside_a_long_batch(starter_path: Path) -> None:
    b = LlamaCppBackend()
    b.load(starter_path, LoadSettings(context_length=4096, batch_size=2048, threads=2))
    try:
        assert b._native_stop is not None
        started = time.perf_counter()
        request = GenerateRequest(prompt=DOCUMENT * 4, sampling=GREEDY)  # one 2048 batch
        assert list(b.generate(request, lambda: time.perf_counter() - started > 0.2)) == []
        assert b.stats.stop_reason == "cancelled"
        assert b._llm.n_tokens == 0  # stopped inside the first (only) batch
        assert time.perf_counter() - started < 0.2 + 2.0  # generous: a busy test machine
    finally:
        b.close()

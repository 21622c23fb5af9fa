"""Stop-sequence matching, UTF-8 streaming and default choices."""

from __future__ import annotations

from desktop.engine.backend import StopMatcher, Utf8Stream, default_threads, pick_context


def _feed_all(m: StopMatcher, pieces: list[str]) -> str:
    out = "".join(m.feed(p) for p in pieces)
    return out if m.matched else out + m.flush()


def test_stop_sequence_split_across_pieces() -> None:
    m = StopMatcher(("\nUser:",))
    assert _feed_all(m, ["Hello", " there\nUs", "er: more"]) == "Hello there"
    assert m.matched


def test_partial_prefix_released_when_not_a_stop() -> None:
    m = StopMatcher(("STOP",))
    assert _feed_all(m, ["ab", "ST", "x", "yz"]) == "abSTxyz"
    assert not m.matched


def test_no_stops_is_passthrough() -> None:
    assert _feed_all(StopMatcher(()), ["a", "b"]) == "ab"


def test_utf8_split_bytes() -> None:
    s = Utf8Stream()
    data = "héllo ☃".encode()
    assert "".join(s.feed(data[i : i + 1]) for i in range(len(data))) + s.flush() == "héllo ☃"


def test_defaults() -> None:
    assert default_threads() >= 1
    assert pick_context(None, 8192) == 4096
    assert pick_context(None, 2048) == 2048
    assert pick_context(16384, 8192) == 8192
    assert pick_context(1024, None) == 1024


def test_parallel_models_share_the_cores() -> None:
    from desktop.engine.backend import share_threads

    assert share_threads(1, 8) == 8
    assert share_threads(2, 8) == 4
    assert share_threads(3, 2) == 1


def test_peak_memory_catches_a_short_spike() -> None:
    """The runner's peak RSS sees even a brief allocation (kernel peak or sampling)."""
    import numpy as np
    import psutil

    from desktop.engine.runner import RssSampler

    before = psutil.Process().memory_info().rss
    with RssSampler() as rss:
        spike = np.ones(150_000_000 // 8)
        del spike
    assert rss.peak >= before + 140_000_000


def test_exit_codes_are_explained_on_every_system() -> None:
    from desktop.core.errors import OutOfMemoryError, RunnerCrashedError
    from desktop.engine.client import explain_exit

    assert isinstance(explain_exit(-9, name="m"), OutOfMemoryError)
    assert isinstance(explain_exit(0xC0000017, name="m"), OutOfMemoryError)  # Windows
    crash = explain_exit(-11, name="m")
    assert isinstance(crash, RunnerCrashedError) and "crashed" in crash.message
    win = explain_exit(0xC0000005, name="m")
    assert "crashed" in win.message and "access violation" in win.detail
    assert "stopped unexpectedly" in explain_exit(1, name="m").message


def test_engine_load_failures_become_plain_errors() -> None:
    from pathlib import Path

    import pytest

    from desktop.core.errors import ModelFileError, OutOfMemoryError
    from desktop.engine.backend import load_errors

    with pytest.raises(ModelFileError) as info, load_errors(Path("m.gguf"), "Cannot open.", "x"):
        raise ValueError("Failed to load model from file")
    assert info.value.message == "Cannot open." and "Failed to load" in info.value.detail
    with pytest.raises(OutOfMemoryError), load_errors(Path("m.gguf"), "Cannot open.", "x"):
        raise MemoryError()


def test_prompt_that_fills_the_context_is_refused_plainly() -> None:
    import pytest

    from desktop.core.errors import EngineError
    from desktop.engine.backend import answer_budget

    assert answer_budget(100, 512, 1000) == 412
    assert answer_budget(100, 512, 50) == 50
    with pytest.raises(EngineError) as info:
        answer_budget(600, 512, 50)
    assert "too long" in info.value.message and "Settings" in info.value.hint

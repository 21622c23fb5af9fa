"""The memory estimate against the real runner on a generated realistic-shape model.

A ~155M-weight llama-shaped model (1024 wide, 32k vocabulary, untied output) is written with
random weights and quantized by llama.cpp's own quantizer once per machine (cached in
``<tmp>/slm-fit-models``, see ``tests/realistic.py``): Q4_K_M, whose Q4_K weights llama.cpp
repacks on x86 with AVX2 and on ARM with dot-product instructions, and Q8_0, which it does
not repack on x86. Goal (issue 13): within 10 % of the runner's peak resident memory, never
more than 5 % low.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.fit.estimate import use_mmap_here
from desktop.core.fit.shape import ModelShape
from desktop.core.fit.verdict import assess_fit
from desktop.core.generation import LoadSettings
from desktop.core.machine.hardware import probe_hardware
from tests.realistic import realistic_gguf

pytestmark = pytest.mark.slow

CTX = 2048


def _runner_peak(path: Path, settings: LoadSettings) -> int:
    from desktop.engine.client import ModelClient
    from desktop.engine.types import FinishedEvent, GenerateRequest, SamplingParams

    request = GenerateRequest.chat(
        "Tell me a story about a lighthouse keeper.",
        sampling=SamplingParams(max_tokens=8, seed=1),
    )
    client = ModelClient(path, settings)
    try:
        for event in client.generate(request):
            if isinstance(event, FinishedEvent):
                return event.metrics.peak_rss_bytes
    finally:
        client.close()
    raise AssertionError("no metrics")


def _check(estimate: int, measured: int, what: str) -> None:
    ratio = estimate / measured
    assert 0.95 <= ratio <= 1.10, (
        f"{what}: estimate {estimate:,} / measured {measured:,} = {ratio:.3f}"
    )


@pytest.mark.parametrize("quant", ["Q4_K_M", "Q8_0"])
def test_estimate_matches_the_runner_on_a_realistic_model(quant: str) -> None:
    path = realistic_gguf("test-160m", quant)
    shape = ModelShape.from_file(path)
    hardware = probe_hardware(measure_bandwidth=False)
    # the load mode the app picks (no mmap when the weights are repacked here)
    result = assess_fit(shape, hardware, context_length=CTX)
    measured = _runner_peak(path, LoadSettings(context_length=CTX, threads=2))
    _check(result.estimate.need_bytes, measured, f"{quant}, app's load mode")


def test_mapped_repacked_file_costs_what_the_estimate_says() -> None:
    path = realistic_gguf("test-160m", "Q4_K_M")
    shape = ModelShape.from_file(path)
    hardware = probe_hardware(measure_bandwidth=False)
    if use_mmap_here(shape, hardware):
        pytest.skip("this processor does not repack Q4_K weights")
    mapped = assess_fit(shape, hardware, context_length=CTX, use_mmap=True)
    assert mapped.estimate.repack_bytes > 0
    measured = _runner_peak(path, LoadSettings(context_length=CTX, threads=2, use_mmap=True))
    _check(mapped.estimate.need_bytes, measured, "Q4_K_M mapped")

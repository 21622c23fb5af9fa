"""Memory estimate, badges, speed forecast and variant choice.

The accuracy tests load real models in the real runner (``ModelClient``) and compare the
estimate with the runner's measured peak memory (tolerance 10 %).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.errors import ModelFileError
from desktop.core.fit import estimate as fit
from desktop.core.fit import shape as fit_shape
from desktop.core.fit import verdict as fit_verdict
from desktop.core.fit.estimate import estimate_memory, kv_cache_bytes, max_context_runs_well
from desktop.core.fit.shape import ModelShape
from desktop.core.fit.speed import describe_speed
from desktop.core.fit.verdict import assess_fit, recommend_variant
from desktop.core.machine.hardware import HardwareInfo
from tests.factories import make_gpt2_ggml, make_tiny_gguf

MIB = 1024**2
GIB = 1024**3
EPYC_FEATURES = ("avx", "avx2", "fma", "f16c", "avx512f")


def hw(
    *,
    total: float = 16,
    free: float = 10,
    disk: float = 100,
    problem: str = "",
    features: tuple[str, ...] = EPYC_FEATURES,
    bandwidth: float = 100e9,
) -> HardwareInfo:
    """A computer with ``total``/``free`` GiB of RAM and ``disk`` GiB free (recorded values).

    Fast memory (100 GB/s) by default, so the memory rules are tested without the speed
    rule ("Fits, but slow", tested in test_fit_trust.py) getting in the way.
    """
    return HardwareInfo(
        ram_total_bytes=int(total * GIB),
        ram_available_bytes=int(free * GIB),
        cpu_physical_cores=4,
        cpu_logical_cores=8,
        cpu_model="Test CPU",
        cpu_features=features,
        gpus=(),
        memory_bandwidth_bytes_per_s=bandwidth,
        models_dir=Path("/models"),
        disk_free_bytes=int(disk * GIB),
        engine_cpu_problem=problem,
    )


def model(weights_gib: float, *, quant: str = "Q4_K_M", ctx: int = 8192) -> ModelShape:
    """A Llama-3.2-3B-like shape with the given weights size."""
    size = int(weights_gib * GIB)
    return ModelShape(
        architecture="llama",
        file_size_bytes=size,
        weights_bytes=size,
        n_layers=28,
        n_embd=3072,
        n_head=24,
        n_head_kv=8,
        key_length=128,
        value_length=128,
        n_vocab=128256,
        native_context=ctx,
        quantization=quant,
    )


# --- shapes ------------------------------------------------------------------------------


def test_shape_of_the_starter_model(starter_path: Path) -> None:
    shape = ModelShape.from_file(starter_path)
    assert shape.architecture == "llama"
    assert (shape.n_layers, shape.n_embd, shape.n_head, shape.n_head_kv) == (30, 576, 9, 3)
    assert shape.key_length == shape.value_length == 64
    assert shape.n_vocab == 49152 and shape.native_context == 8192
    assert shape.quantization == "Q4_1" and shape.format == "gguf"
    assert shape.weights_bytes < shape.file_size_bytes == starter_path.stat().st_size
    assert shape.n_merges == 48900 and shape.tied_output
    assert 130e6 < shape.params < 140e6


def test_kv_cache_matches_llama_cpp(starter_path: Path, tmp_path: Path) -> None:
    # llama.cpp's own log for the starter: "KV buffer size = 11.25 MiB" at 512, 180 MiB at 8192.
    shape = ModelShape.from_file(starter_path)
    assert kv_cache_bytes(shape, 512) == int(11.25 * MIB)
    assert kv_cache_bytes(shape, 8192) == 180 * MIB
    assert kv_cache_bytes(shape, 500) == kv_cache_bytes(shape, 512)  # padded to 256 cells
    # gemma2 alternates sliding-window layers; full-size window cache by default (swa_full).
    path = make_tiny_gguf(tmp_path / "g.gguf", arch="gemma2", n_layers=6, n_embd=256, n_head=4,
                          n_head_kv=2, context_length=8192, sliding_window=512)
    g = ModelShape.from_file(path)
    assert g.sliding_window == 512 and g.swa_layers == 3 and g.tied_output
    assert kv_cache_bytes(g, 2048) == 6 * MIB  # llama.cpp: 3.00 MiB + 3.00 MiB
    assert kv_cache_bytes(g, 8192, swa_full=False) == (3 * 8192 + 3 * 1024) * 2 * 2 * 64 * 2


def test_shape_of_other_formats(tmp_path: Path) -> None:
    q = ModelShape.from_file(make_tiny_gguf(tmp_path / "q.gguf", arch="qwen2", n_vocab=400))
    assert q.architecture == "qwen2" and not q.tied_output and q.swa_layers == 0
    assert q.n_vocab == 400 and q.quantization == "F32"
    g = ModelShape.from_file(make_gpt2_ggml(tmp_path / "m.bin", n_vocab=300, n_ctx=128))
    assert g.format == "ggml" and g.architecture == "gpt2"
    assert (g.n_vocab, g.native_context, g.n_embd, g.n_layers) == (300, 128, 64, 2)
    assert 0 < g.weights_bytes < g.file_size_bytes
    assert estimate_memory(g).need_bytes > g.weights_bytes


def test_bad_files_raise_plain_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + b"\xff" * 20)
    with pytest.raises(ModelFileError):
        ModelShape.from_file(bad)
    with pytest.raises(ModelFileError):
        ModelShape.from_file(tmp_path / "missing.gguf")


# --- estimate ----------------------------------------------------------------------------


def test_estimate_parts_add_up_and_grow_with_context() -> None:
    shape = model(2.0)
    small, large = estimate_memory(shape, 2048), estimate_memory(shape, 8192)
    for e in (small, large):
        assert e.need_bytes == e.weights_bytes + e.kv_cache_bytes + e.other_bytes
    assert large.kv_cache_bytes == 4 * small.kv_cache_bytes
    assert large.other_bytes == small.other_bytes
    # 28 layers * 8 heads * (128 + 128) * 2 bytes = 112 KiB per token.
    assert small.kv_cache_bytes == 2048 * 28 * 8 * 256 * 2
    assert large.long_prompt_extra_bytes > small.long_prompt_extra_bytes > 0


def test_default_context_follows_the_engine() -> None:
    assert estimate_memory(model(1, ctx=131072)).context_length == 4096
    assert estimate_memory(model(1, ctx=2048)).context_length == 2048
    assert estimate_memory(model(1, ctx=2048), 100_000).context_length == 2048  # capped
    assert fit_shape.default_context(None) == 4096 and fit_shape.default_context(128) == 128


# --- badges ------------------------------------------------------------------------------


def test_runs_well_when_comfortably_inside_free_memory() -> None:
    r = assess_fit(model(2.0), hw(free=10), context_length=4096)
    assert r.badge == "runs_well" and r.label == "Runs well"
    assert r.reason.startswith("Needs about 2.")
    assert "10.7 GB free" in r.reason  # 10 GiB, written in decimal GB like the meter


def test_tight_when_it_fits_total_memory_but_not_what_is_free() -> None:
    r = assess_fit(model(5.0), hw(total=16, free=6), context_length=4096)
    assert r.badge == "tight" and "close other apps" in r.label.lower()
    # 6 GiB free of 16 GiB, written in decimal GB like the meter and file sizes
    assert "6.4 GB is free" in r.reason and "17.2 GB" in r.reason


def test_too_big_when_beyond_total_memory_minus_reserve() -> None:
    r = assess_fit(model(7.0), hw(total=8, free=7.5), context_length=4096)
    assert r.badge == "too_big"
    assert "8.6 GB of memory in total" in r.reason  # 8 GiB
    # The reserve is the larger of 2 GiB and 20 % of RAM.
    assert fit.reserve_bytes(hw(total=8)) == 2 * GIB
    assert fit.reserve_bytes(hw(total=64)) == int(0.2 * 64 * GIB)


def test_no_disk_only_for_files_still_to_download() -> None:
    shape = model(4.0)
    r = assess_fit(shape, hw(disk=4.2), downloaded=False)
    assert r.badge == "no_disk"
    assert "download is 4.3 GB" in r.reason and "4.5 GB of disk space" in r.reason  # GiB
    assert assess_fit(shape, hw(disk=4.2), downloaded=True).badge == "runs_well"
    assert assess_fit(shape, hw(disk=5.0), downloaded=False).badge == "runs_well"


def test_unsupported_engine_or_processor() -> None:
    r = assess_fit(model(1.0), hw(), engine_problem="No engine here runs 'mamba9' models.")
    assert r.badge == "unsupported" and r.label == "Can't run here"
    assert r.reason == "No engine here runs 'mamba9' models."
    r = assess_fit(model(1.0), hw(problem="This computer's processor is too old."))
    assert r.badge == "unsupported" and "too old" in r.reason
    assert r.tokens_per_s_estimate == 0 and r.max_context_runs_well is None


def test_threshold_is_seventy_percent_of_free_memory() -> None:
    shape = model(1.0)
    need = estimate_memory(shape, 4096).need_bytes
    at = need / fit.RUNS_WELL_SHARE / GIB
    assert assess_fit(shape, hw(free=at * 1.001), context_length=4096).badge == "runs_well"
    assert assess_fit(shape, hw(free=at * 0.999), context_length=4096).badge == "tight"


def test_largest_context_that_runs_well() -> None:
    shape = model(2.0, ctx=131072)
    computer = hw(total=16, free=6)
    best = max_context_runs_well(shape, computer)
    assert best is not None and best % 256 == 0
    assert assess_fit(shape, computer, context_length=best).badge == "runs_well"
    assert assess_fit(shape, computer, context_length=best + 256).badge != "runs_well"
    assert max_context_runs_well(shape, hw(free=64, total=128)) == 131072
    assert max_context_runs_well(model(8.0), hw(total=16, free=4)) is None


def test_json_has_the_issue_keys() -> None:
    data = assess_fit(model(1.0), hw()).to_json()
    for key in ("need_bytes", "weights_bytes", "kv_cache_bytes", "other_bytes", "context_length",
                "badge", "reason", "tokens_per_s_estimate", "max_context_runs_well"):
        assert key in data
    assert data["badge"] in fit_verdict.LABELS


# --- speed and variants ------------------------------------------------------------------


def test_speed_forecast_scales_sensibly() -> None:
    fast = assess_fit(model(1.0), hw()).tokens_per_s_estimate
    slow = assess_fit(model(4.0), hw()).tokens_per_s_estimate
    assert fast > slow > 0
    old = assess_fit(model(1.0), hw(features=("avx",))).tokens_per_s_estimate
    assert old <= fast
    assert "words a second" in describe_speed(12.0)
    assert describe_speed(0.3) == "Writes less than one word a second (very slow)."


def test_recommend_best_quality_that_fits_comfortably() -> None:
    variants = [model(1.0, quant="Q2_K"), model(2.0, quant="Q4_K_M"), model(3.3, quant="Q6_K"),
                model(6.4, quant="F16")]
    pick = recommend_variant(variants, hw(total=16, free=5))
    assert pick == (1, "Q4_K_M: best quality that fits comfortably")
    every = recommend_variant(variants, hw(total=64, free=50))
    assert every is not None and every[0] == 3 and every[1].startswith("F16: best quality")
    tight = recommend_variant(variants, hw(total=8, free=1.2))
    assert tight == (0, "Q2_K: the smallest; it runs if you close other apps")
    assert recommend_variant([model(30.0)], hw(total=16)) is None


# --- accuracy against the real runner ----------------------------------------------------


def _runner_peak_rss(path: Path, ctx: int) -> tuple[int, float | None]:
    """Peak RSS and decode tokens/s of the real runner answering a short chat prompt."""
    from desktop.engine.client import ModelClient
    from desktop.engine.types import FinishedEvent, GenerateRequest, LoadSettings, SamplingParams

    request = GenerateRequest.chat(
        "Tell me a story about a lighthouse keeper.",
        sampling=SamplingParams(max_tokens=48, seed=1),
    )
    client = ModelClient(path, LoadSettings(context_length=ctx))
    try:
        metrics = None
        for event in client.generate(request):
            if isinstance(event, FinishedEvent):
                metrics = event.metrics
        assert metrics is not None
        return metrics.peak_rss_bytes, metrics.tokens_per_s
    finally:
        client.close()


@pytest.fixture(scope="module")
def gemma_like(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated model of another architecture (gemma2, sliding-window layers, Q8_0)."""
    return make_tiny_gguf(
        tmp_path_factory.mktemp("m") / "gemma-like.gguf", arch="gemma2", n_layers=10,
        n_embd=384, n_head=6, n_head_kv=2, n_vocab=12000, context_length=8192,
        file_type="Q8_0", sliding_window=256, chat_template=None,
    )


@pytest.mark.slow
@pytest.mark.parametrize("ctx", [512, 2048, 8192])
def test_estimate_within_ten_percent_of_runner_peak(
    starter_path: Path, gemma_like: Path, ctx: int
) -> None:
    for path in (starter_path, gemma_like):
        estimate = estimate_memory(ModelShape.from_file(path), ctx).need_bytes
        measured, _ = _runner_peak_rss(path, ctx)
        assert estimate == pytest.approx(measured, rel=0.10), (path.name, ctx, estimate, measured)


@pytest.mark.slow
def test_speed_forecast_for_the_starter(starter_path: Path) -> None:
    from desktop.core.machine.hardware import probe_hardware

    forecast = assess_fit(ModelShape.from_file(starter_path), probe_hardware(),
                          context_length=2048).tokens_per_s_estimate
    measured = max((_runner_peak_rss(starter_path, 2048)[1] or 0.0) for _ in range(2))
    assert measured > 0
    ratio = forecast / measured
    busy = os.getloadavg()[0] > (os.cpu_count() or 1) if hasattr(os, "getloadavg") else False
    if not 1 / 3 <= ratio <= 3 and busy:
        # llama.cpp's threads wait on each other when other programs hold the cores, and the
        # speed collapses (measured 2.6 tok/s instead of ~150 here). Not the forecast's fault.
        pytest.skip(f"processor busy (load {os.getloadavg()[0]:.1f}); measured {measured:.1f}")
    # Generous bound; bench/fit.py reports the real ratio (goal within 30 %).
    assert 1 / 3 <= ratio <= 3, (forecast, measured)


@pytest.mark.slow
def test_ggml_estimate_within_ten_percent(tmp_path: Path) -> None:
    # ctransformers (legacy GGML GPT-2): the other backend's runner.
    path = make_gpt2_ggml(tmp_path / "gpt2.bin", n_vocab=5000, n_ctx=2048, n_embd=512,
                          n_head=8, n_layer=6, ftype=1)
    estimate = estimate_memory(ModelShape.from_file(path), 2048).need_bytes
    measured, _ = _runner_peak_rss(path, 2048)
    assert estimate == pytest.approx(measured, rel=0.10), (estimate, measured)

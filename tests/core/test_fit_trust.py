"""Numbers people can trust (issue 13): load mode and repack memory, one speed figure,
badges that combine memory and speed, the bandwidth probe, measured speed from the history.

The accuracy against the real runner on generated realistic models is in
``test_fit_realistic.py`` (slow).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.fit import speed
from desktop.core.fit.estimate import estimate_memory, repacked_bytes, repacked_types, use_mmap_here
from desktop.core.fit.load_plan import decide_load
from desktop.core.fit.shape import ModelShape
from desktop.core.fit.verdict import assess_fit, recommend_variant
from desktop.core.generation import GenerationMetrics, LoadSettings
from desktop.core.history.store import History, ModelIdentity, measured_tokens_per_s_for_file
from desktop.core.machine import bandwidth
from desktop.core.machine.cpu import parse_proc_cpuinfo
from desktop.core.machine.hardware import HardwareInfo

GIB = 1024**3
DATA = Path(__file__).resolve().parent.parent / "data" / "hardware"


def recorded(name: str, *, total: float = 24, free: float = 22, bandwidth_gbs: float = 17.3,
             cores: int = 2) -> HardwareInfo:
    """A computer whose processor is a recorded /proc/cpuinfo (tests/data/hardware)."""
    cpu = parse_proc_cpuinfo((DATA / name).read_text())
    arch = "arm64" if "neon" in cpu.features else "x86_64"
    return HardwareInfo(
        ram_total_bytes=int(total * GIB),
        ram_available_bytes=int(free * GIB),
        cpu_physical_cores=cores,
        cpu_logical_cores=cores,
        cpu_model=cpu.model,
        cpu_features=cpu.features,
        gpus=(),
        memory_bandwidth_bytes_per_s=bandwidth_gbs * 1e9,
        models_dir=Path("/models"),
        disk_free_bytes=200 * GIB,
        cpu_arch=arch,
    )


def llama(params_b: float, *, quant: str = "Q4_K_M", bits: float = 4.85) -> ModelShape:
    """A Llama-3-like shape of ``params_b`` billion weights (catalog numbers, no tensors)."""
    size = int(params_b * 1e9 * bits / 8)
    return ModelShape(
        architecture="llama", file_size_bytes=size, weights_bytes=size, n_layers=32,
        n_embd=4096, n_head=32, n_head_kv=8, key_length=128, value_length=128,
        n_vocab=128256, native_context=131072, quantization=quant,
        n_params=int(params_b * 1e9), tied_output=False,
    )


# --- load mode and the repack buffer -------------------------------------------------------


def test_repacked_types_follow_llama_cpp_per_processor() -> None:
    epyc = recorded("cpuinfo_x86_amd_epyc.txt")
    assert {"Q4_0", "Q4_K", "IQ4_NL"} <= repacked_types(epyc.cpu_arch, epyc.cpu_features)
    assert "Q8_0" not in repacked_types(epyc.cpu_arch, epyc.cpu_features)
    graviton = recorded("cpuinfo_arm_graviton3.txt")
    assert {"Q4_K", "Q6_K", "Q8_0"} <= repacked_types(graviton.cpu_arch, graviton.cpu_features)
    rpi = recorded("cpuinfo_arm_rpi4.txt")  # no dot-product instructions: nothing repacked
    assert repacked_types(rpi.cpu_arch, rpi.cpu_features) == frozenset()


def test_repacked_files_are_read_into_memory_others_mapped() -> None:
    epyc = recorded("cpuinfo_x86_amd_epyc.txt")
    q4 = llama(8, quant="Q4_K_M")
    q8 = llama(8, quant="Q8_0", bits=8.5)
    assert repacked_bytes(q4, epyc) == q4.weights_bytes and not use_mmap_here(q4, epyc)
    assert repacked_bytes(q8, epyc) == 0 and use_mmap_here(q8, epyc)
    # the load plan picks the mode when none is asked for, and keeps an explicit one
    assert decide_load(q4, epyc, LoadSettings()).use_mmap is False
    assert decide_load(q8, epyc, LoadSettings()).use_mmap is True
    assert decide_load(q4, epyc, LoadSettings(use_mmap=True)).use_mmap is True


def test_mapped_repacked_file_counts_both_copies() -> None:
    epyc = recorded("cpuinfo_x86_amd_epyc.txt", total=64, free=60)
    q4 = llama(1.5)
    read = assess_fit(q4, epyc, context_length=2048)
    mapped = assess_fit(q4, epyc, context_length=2048, use_mmap=True)
    assert read.estimate.repack_bytes == 0
    assert mapped.estimate.need_bytes - read.estimate.need_bytes == q4.weights_bytes
    plain = estimate_memory(q4, 2048)
    assert plain.need_bytes == read.estimate.need_bytes


def test_shape_lists_repackable_weights_per_type(tmp_path: Path) -> None:
    from tests.factories import make_tiny_gguf

    path = make_tiny_gguf(tmp_path / "q4.gguf", n_embd=64, n_vocab=300, file_type="Q4_0")
    shape = ModelShape.from_file(path)
    kinds = dict(shape.repackable_bytes)
    assert set(kinds) == {"Q4_0"}
    # the token embeddings are only looked up, never repacked
    assert kinds["Q4_0"] < shape.weights_bytes


# --- one speed figure ------------------------------------------------------------------------


def test_one_speed_sentence_forecast_and_measured() -> None:
    forecast = speed.speed_figure(40.0)
    assert not forecast.measured
    assert forecast.sentence == "Writes about 30 words a second (much faster than you can read)."
    assert forecast.short == "about 30 words/s"
    measured = speed.speed_figure(40.0, measured_tokens_per_s=32.0)
    assert measured.measured and measured.tokens_per_s == 32.0
    assert measured.sentence == "Measured here: 24 words a second (much faster than you can read)."
    assert measured.short == "24 words/s (measured)"
    assert speed.describe_speed(0.3) == "Writes less than one word a second (very slow)."
    assert speed.words_rate(32.0) == "24 words/s"
    assert speed.words_rate(None) == "–"


def test_fit_uses_the_measured_speed_when_the_model_has_run() -> None:
    epyc = recorded("cpuinfo_x86_amd_epyc.txt")
    shape = llama(1.5)
    forecast = assess_fit(shape, epyc, context_length=2048)
    ran = assess_fit(shape, epyc, context_length=2048, measured_tokens_per_s=26.0)
    assert ran.speed_text.startswith("Measured here: 20 words a second")
    assert ran.tokens_per_s_estimate == forecast.tokens_per_s_estimate  # the forecast is kept
    data = ran.to_json()
    assert data["measured_tokens_per_s"] == 26.0
    assert forecast.to_json()["measured_tokens_per_s"] is None


# --- badges combine memory and speed --------------------------------------------------------


def test_badge_rule_on_the_recorded_two_core_machine() -> None:
    # The machine: 2-core AMD EPYC, 24 GB, 17.3 GB/s probe.
    epyc = recorded("cpuinfo_x86_amd_epyc.txt", total=24, free=22, bandwidth_gbs=17.3)
    big = assess_fit(llama(8.03), epyc)
    assert big.badge == "slow" and big.label == "Fits, but slow"
    assert big.words_per_s < speed.READING_WORDS_PER_S
    assert "fits" in big.reason and "word" in big.reason  # memory and speed, with numbers
    small = assess_fit(llama(1.24), epyc)
    assert small.badge == "runs_well" and small.words_per_s >= speed.READING_WORDS_PER_S
    # measured speed decides once known: a slow forecast that really ran fast is fine
    assert assess_fit(llama(8.03), epyc, measured_tokens_per_s=12.0).badge == "runs_well"
    # memory still comes first
    laptop = recorded("cpuinfo_x86_amd_epyc.txt", total=6, free=3)
    assert assess_fit(llama(8.03), laptop).badge == "too_big"


def test_tight_and_slow_says_both() -> None:
    epyc = recorded("cpuinfo_x86_amd_epyc.txt", total=16, free=6, bandwidth_gbs=10)
    result = assess_fit(llama(8.03), epyc, context_length=2048)
    assert result.badge == "tight"
    assert "It would also be slow" in result.reason


def test_recommend_prefers_a_variant_that_is_not_slow() -> None:
    epyc = recorded("cpuinfo_x86_amd_epyc.txt", total=64, free=60, bandwidth_gbs=17.3)
    small = llama(3.2, quant="Q4_K_M")
    big = llama(3.2, quant="F16", bits=16)
    pick = recommend_variant([small, big], epyc)
    assert pick is not None and pick[0] == 0


def test_catalog_prose_never_states_memory_needs() -> None:
    from desktop.core.library.catalog import load_catalog

    for entry in load_catalog().entries:
        text = entry.description.lower()
        assert " gb" not in text and "laptop" not in text, (entry.id, entry.description)


# --- bandwidth probe ---------------------------------------------------------------------------


def test_bandwidth_cache_keeps_only_quiet_fresh_readings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    readings = iter([
        bandwidth.Reading(7.0e9, busy_share=0.9),   # under load: used once, never cached
        bandwidth.Reading(20.0e9, busy_share=0.05),  # quiet: cached
        bandwidth.Reading(9.0e9, busy_share=0.8),
    ])
    monkeypatch.setattr(bandwidth, "probe", lambda: next(readings))
    cache = bandwidth._cache_path()
    assert bandwidth.memory_bandwidth(key="k") == 7.0e9
    assert not cache.exists()
    assert bandwidth.memory_bandwidth(key="k") == 20.0e9
    assert json.loads(cache.read_text())["bytes_per_s"] == 20.0e9
    assert bandwidth.memory_bandwidth(key="k") == 20.0e9  # fresh: no new probe
    # stale: probed again; a busy reading never lowers the cached one
    data = json.loads(cache.read_text())
    data["measured_at"] -= bandwidth.STALE_AFTER_S + 1
    cache.write_text(json.dumps(data))
    assert bandwidth.memory_bandwidth(key="k") == 20.0e9
    assert bandwidth.memory_bandwidth(key="k", measure=False) == 20.0e9


def test_probe_repeats_and_reports_load() -> None:
    reading = bandwidth.probe(tries=2, budget_s=0.05)
    assert reading.bytes_per_s > 1e8
    assert 0.0 <= reading.busy_share <= 1.0


# --- measured speed from the history ---------------------------------------------------------


def _metrics(tps: float, tokens: int = 64) -> GenerationMetrics:
    return GenerationMetrics(
        text="x", prompt_tokens=5, output_tokens=tokens, load_s=0.1, ttft_s=0.1,
        tokens_per_s=tps, total_s=2.0, stop_reason="length", peak_rss_bytes=100,
    )


def test_measured_speed_is_the_median_of_full_core_answers(
    tmp_path: Path, starter_path: Path
) -> None:
    assert measured_tokens_per_s_for_file(starter_path) is None  # never ran, no database made
    model = ModelIdentity.from_file(starter_path)
    with History() as history:
        for tps, threads, tokens in ((30.0, 2, 64), (20.0, 2, 64), (26.0, 2, 64),
                                     (9.0, 1, 64), (90.0, 2, 3)):
            run = history.start_run("hi", models=[model])
            history.add_result(run, 0, model, _metrics(tps, tokens), threads=threads)
        # shared cores (1 thread) and a 3-token answer do not count
        assert history.measured_tokens_per_s(model) == 26.0
    assert measured_tokens_per_s_for_file(starter_path) == 26.0

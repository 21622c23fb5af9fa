"""The one decision of context length and threads (desktop.core.fit.load_plan)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.config.policy import Policy
from desktop.core.fit.estimate import max_context_runs_well
from desktop.core.fit.load_plan import decide_load, decide_load_for_file, thread_share
from desktop.core.fit.shape import ModelShape
from desktop.core.generation import LoadSettings
from desktop.core.machine.hardware import HardwareInfo

GIB = 1024**3


def computer(free_gib: float = 10, cores: int = 4) -> HardwareInfo:
    return HardwareInfo(
        ram_total_bytes=16 * GIB, ram_available_bytes=int(free_gib * GIB),
        cpu_physical_cores=cores, cpu_logical_cores=2 * cores, cpu_model="Test CPU",
        cpu_features=(), gpus=(), memory_bandwidth_bytes_per_s=20e9,
        models_dir=Path("/models"), disk_free_bytes=100 * GIB,
    )


def shape(native: int = 8192, weights_gib: float = 1.0) -> ModelShape:
    size = int(weights_gib * GIB)
    return ModelShape(
        architecture="llama", file_size_bytes=size, weights_bytes=size, n_layers=28,
        n_embd=3072, n_head=24, n_head_kv=8, key_length=128, value_length=128,
        n_vocab=128256, native_context=native, quantization="Q4_K_M",
    )


def test_defaults_come_from_the_fit_estimate_and_the_physical_cores() -> None:
    got = decide_load(shape(8192), computer(cores=6), LoadSettings())
    assert got.context_length == 4096  # the model's own, capped at 4096
    assert got.threads == 6
    small = decide_load(shape(2048), computer(), LoadSettings())
    assert small.context_length == 2048


def test_context_is_capped_where_it_would_not_run_well() -> None:
    tight = computer(free_gib=2.6)
    s = shape(8192, weights_gib=1.5)
    best = max_context_runs_well(s, tight)
    assert best is not None and best < 4096
    assert decide_load(s, tight, LoadSettings()).context_length == best


def test_the_persons_settings_win_but_never_past_the_model() -> None:
    got = decide_load(shape(8192), computer(), LoadSettings(context_length=16384, threads=3))
    assert (got.context_length, got.threads) == (8192, 3)
    got = decide_load(shape(8192), computer(), LoadSettings(context_length=1024))
    assert got.context_length == 1024


def test_policy_defaults_and_locks() -> None:
    policy = Policy(threads=2, context_length=1024)
    got = decide_load(shape(), computer(), LoadSettings(threads=5), policy)
    assert (got.context_length, got.threads) == (1024, 5)  # a default fills only the gaps
    locked = Policy(threads=2, context_length=1024, lock_defaults=True)
    got = decide_load(shape(), computer(), LoadSettings(threads=5, context_length=2048), locked)
    assert (got.context_length, got.threads) == (1024, 2)


def test_unreadable_model_keeps_what_was_asked(tmp_path: Path) -> None:
    bad = tmp_path / "notes.gguf"
    bad.write_text("not a model")
    got = decide_load_for_file(bad, LoadSettings())
    assert got.context_length is None and got.threads is not None and got.threads >= 1


def test_real_file_gets_concrete_values(starter_path: Path) -> None:
    got = decide_load_for_file(starter_path, LoadSettings())
    assert got.context_length and 256 <= got.context_length <= 4096
    assert got.threads and got.threads >= 1


def test_thread_shares() -> None:
    assert thread_share(8, 1) == 8
    assert thread_share(8, 2) == 4
    assert thread_share(2, 3) == 1

"""Hardware probe: parsers on recorded platform text, and the real probe on this machine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.machine import bandwidth, hardware
from desktop.core.machine import cpu as cpu_mod
from desktop.core.machine.cpu import (
    apple_gpu_share,
    cpu_arch,
    cpu_from_windows_features,
    parse_proc_cpuinfo,
    parse_sysctl,
)
from desktop.core.machine.hardware import HardwareInfo, probe_hardware

DATA = Path(__file__).resolve().parent.parent / "data" / "hardware"

HARDWARE_KEYS = {
    "ram_total_bytes",
    "ram_available_bytes",
    "cpu_physical_cores",
    "cpu_logical_cores",
    "cpu_model",
    "cpu_features",
    "gpus",
    "memory_bandwidth_bytes_per_s",
    "models_dir",
    "disk_free_bytes",
}


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# --- Linux /proc/cpuinfo -----------------------------------------------------------------


def test_x86_cpuinfo() -> None:
    cpu = parse_proc_cpuinfo(_text("cpuinfo_x86_amd_epyc.txt"))
    assert cpu.model == "AMD EPYC"
    for name in ("sse3", "avx", "avx2", "fma", "f16c", "bmi2", "avx512f", "avx512_vnni"):
        assert name in cpu.features
    assert "neon" not in cpu.features
    assert cpu.physical_cores == 2 and cpu.logical_cores == 2
    assert cpu.features_known
    # Ordered as RELEVANT_FEATURES, no duplicates, lower case.
    order = [cpu_mod.RELEVANT_FEATURES.index(f) for f in cpu.features]
    assert order == sorted(order) and len(set(cpu.features)) == len(cpu.features)


def test_arm_server_cpuinfo_names_the_core_and_maps_features() -> None:
    cpu = parse_proc_cpuinfo(_text("cpuinfo_arm_graviton3.txt"))
    assert cpu.model == "ARM Neoverse-V1"
    assert {"neon", "dotprod", "fp16", "i8mm", "sve", "bf16"} <= set(cpu.features)
    assert "avx2" not in cpu.features
    assert cpu.logical_cores == 2


def test_raspberry_pi_cpuinfo_has_neon_but_no_dotprod() -> None:
    cpu = parse_proc_cpuinfo(_text("cpuinfo_arm_rpi4.txt"))
    assert cpu.model == "ARM Cortex-A72"
    assert cpu.features == ("neon",)
    assert cpu.logical_cores == 4


def test_empty_or_garbage_cpuinfo_is_unknown_not_an_error() -> None:
    cpu = parse_proc_cpuinfo("")
    assert cpu.model == "Unknown processor" and cpu.features == () and not cpu.features_known
    cpu = parse_proc_cpuinfo("\x00\xff nonsense : : :\n\n:::\n")
    assert cpu.features == ()


# --- macOS sysctl ------------------------------------------------------------------------


def test_sysctl_apple_silicon() -> None:
    facts = parse_sysctl(_text("sysctl_macos_m1.txt"))
    assert facts.apple_silicon
    assert facts.cpu.model == "Apple M1"
    assert {"neon", "dotprod", "fp16"} <= set(facts.cpu.features)
    assert "i8mm" not in facts.cpu.features  # FEAT_I8MM: 0 on the M1
    assert facts.memsize == 16 * 1024**3
    assert facts.cpu.physical_cores == 8 and facts.cpu.logical_cores == 8
    assert facts.gpu_wired_limit_bytes is None  # 0 means "system default"


def test_sysctl_intel_mac() -> None:
    facts = parse_sysctl(_text("sysctl_macos_intel.txt"))
    assert not facts.apple_silicon
    assert facts.cpu.model.startswith("Intel(R) Core(TM) i7-9750H")
    assert {"avx", "avx2", "fma", "f16c", "bmi2", "sse4_2"} <= set(facts.cpu.features)
    assert "avx512f" not in facts.cpu.features
    assert (facts.cpu.physical_cores, facts.cpu.logical_cores) == (6, 12)


def test_apple_gpu_share_of_unified_memory() -> None:
    gib = 1024**3
    assert apple_gpu_share(16 * gib) == pytest.approx(16 * gib * 2 / 3, rel=1e-6)
    assert apple_gpu_share(64 * gib) == 48 * gib
    assert apple_gpu_share(16 * gib, wired_limit_bytes=12 * gib) == 12 * gib


# --- Windows -----------------------------------------------------------------------------


def _windows(case: str) -> cpu_mod.CpuDescription:
    rec = json.loads(_text("windows_features.json"))[case]
    present = {int(k): bool(v) for k, v in rec["present"].items()}
    return cpu_from_windows_features(
        lambda n: present.get(n, False), rec["name"], machine=rec["machine"], build=rec["build"]
    )


def test_windows_11_intel_reports_avx2_and_infers_fma_f16c() -> None:
    cpu = _windows("intel_win11")
    assert cpu.model == "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz"
    assert {"avx", "avx2", "fma", "f16c", "bmi2", "sse4_2"} <= set(cpu.features)
    assert "avx512f" not in cpu.features and "neon" not in cpu.features
    assert cpu.features_known


def test_old_windows_without_avx_answers_is_marked_unknown() -> None:
    cpu = _windows("intel_win10_old")
    assert "avx2" not in cpu.features
    assert not cpu.features_known  # so nobody is told "your CPU is too old" by mistake


def test_windows_on_arm() -> None:
    cpu = _windows("snapdragon_x")
    assert cpu.model.startswith("Snapdragon(R) X Elite")
    assert set(cpu.features) == {"neon", "dotprod"}
    assert cpu.features_known


def test_cpu_arch_spellings() -> None:
    assert cpu_arch("AMD64") == cpu_arch("x86_64") == "x86_64"
    assert cpu_arch("aarch64") == cpu_arch("ARM64") == "arm64"
    assert cpu_arch("i686") == "other"


# --- the real probe ----------------------------------------------------------------------


def test_probe_hardware_on_this_machine(tmp_path: Path) -> None:
    info = probe_hardware(models_dir=tmp_path / "not-yet" / "models")
    assert isinstance(info, HardwareInfo)
    assert 0 < info.ram_available_bytes <= info.ram_total_bytes
    assert 1 <= info.cpu_physical_cores <= info.cpu_logical_cores
    assert info.cpu_model and info.cpu_arch in ("x86_64", "arm64", "other")
    assert info.disk_free_bytes > 0  # measured on the nearest existing parent
    assert info.memory_bandwidth_bytes_per_s and info.memory_bandwidth_bytes_per_s > 1e8
    data = info.to_json()
    assert set(data) == HARDWARE_KEYS
    assert data["models_dir"] == str(tmp_path / "not-yet" / "models")
    assert all(f == f.lower() for f in data["cpu_features"])
    assert all(set(g) == {"name", "vram_total_bytes", "vram_free_bytes"} for g in data["gpus"])
    json.dumps(data)


def test_default_models_dir_is_the_app_folder() -> None:
    from desktop.core import paths

    info = probe_hardware(measure_bandwidth=False)
    assert info.models_dir == paths.default_models_dir()


def test_bandwidth_is_measured_once_then_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    assert bandwidth.memory_bandwidth(measure=False, key="k1") is None
    # a quiet reading (a busy one is never cached: tests/core/test_fit_trust.py)
    real = bandwidth.probe
    monkeypatch.setattr(bandwidth, "probe", lambda: bandwidth.Reading(real().bytes_per_s, 0.0))
    first = bandwidth.memory_bandwidth(key="k1")
    assert first is not None and first > 1e8
    cache = json.loads((bandwidth._cache_path()).read_text())
    assert cache["key"] == "k1" and cache["bytes_per_s"] == first

    def boom(*_a: object, **_k: object) -> float:
        raise AssertionError("measured again")

    monkeypatch.setattr(bandwidth, "probe", boom)
    assert bandwidth.memory_bandwidth(key="k1") == first
    # Another computer (key) is measured afresh; a damaged cache is ignored.
    assert bandwidth.memory_bandwidth(measure=False, key="k2") is None
    bandwidth._cache_path().write_text("{not json")
    assert bandwidth.memory_bandwidth(measure=False, key="k1") is None


def test_describe_speaks_plainly(tmp_path: Path) -> None:
    info = probe_hardware(models_dir=tmp_path, measure_bandwidth=False)
    lines = hardware.describe(info)
    text = "\n".join(lines)
    assert "Memory:" in text and "GB" in text and "Processor:" in text
    assert str(tmp_path) in text

"""Tests for the engine CPU check: recorded /proc/cpuinfo text, real requirement files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop.core.machine import cpu_check
from desktop.core.machine.cpu_check import (
    CpuCheck,
    check_cpu,
    cpu_variants_in,
    features_from_system_info,
    load_requirements_file,
    parse_linux_flags,
    required_features,
    variant_requirements,
)
from desktop.core.machine.hardware import cpu_arch

# Recorded flags lines (trimmed) from real machines.
SANDY_BRIDGE = """processor\t: 0
model name\t: Intel(R) Core(TM) i5-2400 CPU @ 3.10GHz
flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush \
mmx fxsr sse sse2 ht syscall nx rdtscp lm constant_tsc pni pclmulqdq ssse3 cx16 sse4_1 sse4_2 \
x2apic popcnt tsc_deadline_timer aes xsave avx lahf_lm
"""
HASWELL = """processor\t: 0
model name\t: Intel(R) Core(TM) i7-4770 CPU @ 3.40GHz
flags\t\t: fpu sse sse2 ht syscall nx lm pni pclmulqdq ssse3 fma cx16 sse4_1 sse4_2 movbe \
popcnt aes xsave avx f16c rdrand lahf_lm abm bmi1 avx2 smep bmi2 erms invpcid
"""
RASPBERRY_PI_4 = """processor\t: 0
BogoMIPS\t: 108.00
Features\t: fp asimd evtstrm crc32 cpuid
CPU implementer\t: 0x41
CPU part\t: 0xd08
"""
NATIVE_SYSTEM_INFO = (
    "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX_VNNI = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | "
    "BMI2 = 1 | AVX512 = 1 | AVX512_VBMI = 1 | AVX512_VNNI = 1 | AVX512_BF16 = 1 | "
    "LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | "
)


@pytest.fixture(autouse=True)
def _no_requirement_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cpu_check.REQUIREMENTS_ENV, raising=False)


def test_linux_flags_keep_every_feature_in_our_names() -> None:
    flags = parse_linux_flags(HASWELL)
    assert {"sse3", "ssse3", "avx", "avx2", "fma", "f16c", "bmi2"} <= flags
    assert "pni" not in flags
    assert parse_linux_flags(RASPBERRY_PI_4) >= {"neon"}


def test_system_info_words_map_to_features_and_ignore_non_cpu_words() -> None:
    found = features_from_system_info(NATIVE_SYSTEM_INFO)
    assert found[:3] == ("sse3", "ssse3", "avx")
    assert {"avx512f", "avx512_vbmi", "bmi2", "avx_vnni"} <= set(found)
    assert not {"llamafile", "openmp", "repack"} & set(found)
    assert features_from_system_info("CPU : AVX2 = 0 | AVX = 1 |") == ("avx",)


def test_old_processor_gets_plain_message_naming_what_it_lacks() -> None:
    result = check_cpu(parse_linux_flags(SANDY_BRIDGE), required=["avx", "avx2", "fma", "f16c"])
    assert isinstance(result, CpuCheck)
    assert not result.ok
    assert result.missing == ("avx2", "fma", "f16c")
    assert result.message.startswith("This computer's processor is too old for the model engine")
    assert "AVX2, FMA and F16C" in result.message
    assert "illegal" not in result.message.lower()


def test_single_missing_feature_reads_naturally() -> None:
    result = check_cpu({"avx", "fma", "f16c"}, required=["avx", "avx2"])
    assert "(it lacks AVX2)" in result.message


def test_new_enough_processor_passes() -> None:
    result = check_cpu(parse_linux_flags(HASWELL), required=cpu_check.DEFAULT_REQUIRED["x86_64"])
    assert result.ok and result.missing == () and result.message == ""


def test_native_avx512_engine_rejects_a_haswell() -> None:
    required = features_from_system_info(NATIVE_SYSTEM_INFO)
    result = check_cpu(parse_linux_flags(HASWELL), required=required)
    assert not result.ok
    assert "avx512f" in result.missing and "AVX-512" in result.message


def test_unknown_features_never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        cpu_check, "read_cpu_features", lambda: cpu_check.CpuFeatures(frozenset(), known=False)
    )
    result = check_cpu(required=["avx2"])
    assert result.ok and not result.known and result.required == ("avx2",)


def test_features_the_os_cannot_report_are_not_counted_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        cpu_check,
        "read_cpu_features",
        lambda: cpu_check.CpuFeatures(
            frozenset({"avx", "avx2"}), visible=frozenset({"avx", "avx2", "avx512f"})
        ),
    )
    result = check_cpu(required=["avx2", "bmi2", "avx512f"])
    assert result.missing == ("avx512f",)


def test_this_computer_runs_the_installed_engine() -> None:
    # The venv's llama.cpp was built on this machine, so the check must pass here.
    result = check_cpu()
    assert result.ok, result.message
    assert result.to_json()["ok"] is True


def test_variant_build_needs_only_its_lowest_variant(tmp_path: Path) -> None:
    for name in (
        "libggml-cpu-x64.so",
        "libggml-cpu-sse42.so",
        "libggml-cpu-haswell.so",
        "libggml-cpu-skylakex.so",
        "libggml-base.so",
        "libggml.so",
    ):
        (tmp_path / name).write_bytes(b"")
    assert cpu_variants_in(tmp_path) == ("haswell", "skylakex", "sse42", "x64")
    assert variant_requirements(cpu_variants_in(tmp_path)) == ()
    assert variant_requirements(["haswell", "skylakex"]) == tuple(
        sorted({"sse3", "ssse3", "sse4_1", "sse4_2", "avx", "f16c", "fma", "avx2", "bmi2"})
    )
    assert variant_requirements(["sandybridge", "haswell"]) == tuple(
        sorted({"sse3", "ssse3", "sse4_1", "sse4_2", "avx"})
    )
    assert variant_requirements(["power9"]) is None
    assert cpu_variants_in(tmp_path / "missing") == ()
    assert cpu_variants_in_windows(tmp_path) == ("haswell",)


def cpu_variants_in_windows(tmp_path: Path) -> tuple[str, ...]:
    folder = tmp_path / "win"
    folder.mkdir()
    (folder / "ggml-cpu-haswell.dll").write_bytes(b"")
    (folder / "ggml-base.dll").write_bytes(b"")
    return cpu_variants_in(folder)


def test_requirements_file_from_env_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "engine_cpu.json"
    path.write_text(json.dumps({"version": 1, "arch": cpu_arch(), "required": ["AVX", "avx2"]}))
    monkeypatch.setenv(cpu_check.REQUIREMENTS_ENV, str(path))
    assert required_features() == ("avx", "avx2")
    result = check_cpu(["avx"])
    assert result.missing == ("avx2",)


def test_frozen_bundle_file_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / cpu_check.REQUIREMENTS_FILENAME).write_text(
        json.dumps({"version": 1, "required": ["neon"]})
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert required_features() == ("neon",)


@pytest.mark.parametrize(
    "content",
    ["", "not json", "[]", '{"required": "avx2"}', '{"required": ["avx2"], "arch": "sparc"}'],
)
def test_bad_requirement_files_fall_back_without_crashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    path = tmp_path / "engine_cpu.json"
    path.write_text(content)
    assert load_requirements_file(path) is None
    monkeypatch.setenv(cpu_check.REQUIREMENTS_ENV, str(path))
    assert required_features() == cpu_check.DEFAULT_REQUIRED[cpu_arch()]


def test_missing_requirement_file_is_none(tmp_path: Path) -> None:
    assert load_requirements_file(tmp_path / "nope.json") is None


def test_check_does_not_import_the_engine() -> None:
    import subprocess

    code = (
        "import sys; from desktop.core.machine.cpu_check import check_cpu; check_cpu(); "
        "assert 'llama_cpp' not in sys.modules and 'ctransformers' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)

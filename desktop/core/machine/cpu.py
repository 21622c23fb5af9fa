"""The processor: its model, core counts and instruction-set features, per platform.

Reading is split from parsing so each platform's parser is tested on recorded text:

* Linux: ``/proc/cpuinfo`` (:func:`parse_proc_cpuinfo`), x86 ``flags`` and ARM ``Features``.
* macOS: ``sysctl hw machdep.cpu`` output (:func:`parse_sysctl`), ``hw.optional.*`` and
  ``machdep.cpu.*`` keys; Apple Silicon shares memory between CPU and GPU.
* Windows: ``IsProcessorFeaturePresent`` through :mod:`ctypes` and the processor name from the
  registry (:func:`cpu_from_windows_features` turns the answers into our names).
"""

from __future__ import annotations

import logging
import platform
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

log = logging.getLogger("desktop.core.machine.cpu")

#: CPU features that matter for llama.cpp builds, in the order we list them.
RELEVANT_FEATURES: tuple[str, ...] = (
    "sse3",
    "ssse3",
    "sse4_1",
    "sse4_2",
    "avx",
    "avx2",
    "fma",
    "f16c",
    "bmi2",
    "avx_vnni",
    "avx512f",
    "avx512bw",
    "avx512vl",
    "avx512_vnni",
    "avx512_bf16",
    "neon",
    "dotprod",
    "fp16",
    "i8mm",
    "sve",
    "sve2",
    "bf16",
)

# /proc/cpuinfo names -> our names (x86 "flags" and ARM "Features" lines).
_LINUX_ALIASES: dict[str, str] = {
    "pni": "sse3",
    "avx512vnni": "avx512_vnni",
    "asimd": "neon",
    "asimddp": "dotprod",
    "asimdhp": "fp16",
    "svei8mm": "i8mm",
}

# Names in macOS ``machdep.cpu.features`` / ``leaf7_features`` -> ours.
_MAC_CPU_WORDS: dict[str, str] = {
    "SSE3": "sse3",
    "SSSE3": "ssse3",
    "SSE4.1": "sse4_1",
    "SSE4.2": "sse4_2",
    "AVX1.0": "avx",
    "AVX2": "avx2",
    "FMA": "fma",
    "F16C": "f16c",
    "BMI2": "bmi2",
    "AVX512F": "avx512f",
    "AVX512BW": "avx512bw",
    "AVX512VL": "avx512vl",
    "AVX512VNNI": "avx512_vnni",
}

# macOS ``hw.optional.*`` keys -> ours.
_MAC_OPTIONAL: dict[str, str] = {
    "sse3": "sse3",
    "supplementalsse3": "ssse3",
    "sse4_1": "sse4_1",
    "sse4_2": "sse4_2",
    "avx1_0": "avx",
    "avx2_0": "avx2",
    "fma": "fma",
    "f16c": "f16c",
    "bmi2": "bmi2",
    "avx512f": "avx512f",
    "avx512bw": "avx512bw",
    "avx512vl": "avx512vl",
    "avx512vnni": "avx512_vnni",
    "neon": "neon",
    "AdvSIMD": "neon",
    "neon_fp16": "fp16",
    "arm.FEAT_DotProd": "dotprod",
    "arm.FEAT_FP16": "fp16",
    "arm.FEAT_I8MM": "i8mm",
    "arm.FEAT_BF16": "bf16",
    "arm.FEAT_SME": "sme",
}

#: Windows ``PF_*`` processor feature numbers (winnt.h) -> our names. The AVX numbers are only
#: answered by Windows 11 / Server 2022 (build 20348) and later; older Windows says "no".
WINDOWS_FEATURES: dict[int, str] = {
    13: "sse3",  # PF_SSE3_INSTRUCTIONS_AVAILABLE
    36: "ssse3",  # PF_SSSE3_INSTRUCTIONS_AVAILABLE
    37: "sse4_1",  # PF_SSE4_1_INSTRUCTIONS_AVAILABLE
    38: "sse4_2",  # PF_SSE4_2_INSTRUCTIONS_AVAILABLE
    39: "avx",  # PF_AVX_INSTRUCTIONS_AVAILABLE
    40: "avx2",  # PF_AVX2_INSTRUCTIONS_AVAILABLE
    41: "avx512f",  # PF_AVX512F_INSTRUCTIONS_AVAILABLE
    19: "neon",  # PF_ARM_NEON_INSTRUCTIONS_AVAILABLE
    43: "dotprod",  # PF_ARM_V82_DP_INSTRUCTIONS_AVAILABLE
    46: "sve",  # PF_ARM_SVE_INSTRUCTIONS_AVAILABLE
    47: "sve2",  # PF_ARM_SVE2_INSTRUCTIONS_AVAILABLE
}
_WINDOWS_AVX_REPORTING_BUILD = 20348

# ARM "CPU implementer"/"CPU part" -> a readable name when /proc/cpuinfo has no model name.
_ARM_PARTS: dict[tuple[int, int], str] = {
    (0x41, 0xD03): "ARM Cortex-A53",
    (0x41, 0xD04): "ARM Cortex-A35",
    (0x41, 0xD05): "ARM Cortex-A55",
    (0x41, 0xD07): "ARM Cortex-A57",
    (0x41, 0xD08): "ARM Cortex-A72",
    (0x41, 0xD09): "ARM Cortex-A73",
    (0x41, 0xD0A): "ARM Cortex-A75",
    (0x41, 0xD0B): "ARM Cortex-A76",
    (0x41, 0xD0C): "ARM Neoverse-N1",
    (0x41, 0xD0D): "ARM Cortex-A77",
    (0x41, 0xD40): "ARM Neoverse-V1",
    (0x41, 0xD41): "ARM Cortex-A78",
    (0x41, 0xD44): "ARM Cortex-X1",
    (0x41, 0xD46): "ARM Cortex-A510",
    (0x41, 0xD47): "ARM Cortex-A710",
    (0x41, 0xD48): "ARM Cortex-X2",
    (0x41, 0xD49): "ARM Neoverse-N2",
    (0x41, 0xD4F): "ARM Neoverse-V2",
    (0x41, 0xD4B): "ARM Cortex-A78C",
    (0x61, 0x022): "Apple M1",
    (0x61, 0x023): "Apple M1",
    (0xC0, 0xAC3): "Ampere-1",
}

Arch = Literal["x86_64", "arm64", "other"]


@dataclass(frozen=True)
class CpuDescription:
    """The CPU as read from one platform source (parsed, not yet merged with psutil)."""

    model: str
    features: tuple[str, ...]
    physical_cores: int | None = None
    logical_cores: int | None = None
    #: False when the source cannot tell us about the features (old Windows, unknown OS).
    features_known: bool = True


def _order_features(names: Iterable[str]) -> tuple[str, ...]:
    """Keep the features that matter, deduplicated, in :data:`RELEVANT_FEATURES` order."""
    found = set(names)
    return tuple(name for name in RELEVANT_FEATURES if name in found)


def cpu_arch(machine: str | None = None) -> Arch:
    """Map ``platform.machine()`` spellings to ``x86_64``, ``arm64`` or ``other``."""
    value = (machine if machine is not None else platform.machine()).lower()
    if value in ("x86_64", "amd64", "x64", "em64t"):
        return "x86_64"
    if value in ("arm64", "aarch64", "armv8l", "arm64e"):
        return "arm64"
    return "other"


# --- Linux -----------------------------------------------------------------------------


def parse_proc_cpuinfo(text: str) -> CpuDescription:
    """Parse the text of Linux ``/proc/cpuinfo`` (x86 or ARM).

    Args:
        text: the whole file.

    Returns:
        Model name, features in our names, and core counts when the file tells them.
    """
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    model = ""
    raw_features: set[str] = set()
    cores: set[tuple[str, str]] = set()
    processors = 0
    implementer = part = None
    board = ""
    for block in blocks:
        fields: dict[str, str] = {}
        for line in block.splitlines():
            key, sep, value = line.partition(":")
            if sep:
                fields[key.strip().lower()] = value.strip()
        if "processor" in fields and fields["processor"].isdigit():
            processors += 1
        model = model or fields.get("model name", "") or fields.get("cpu model", "")
        board_name = fields.get("model", "")
        if not board and board_name and not board_name.isdigit():
            board = board_name  # Raspberry Pi and other boards name themselves here
        for key in ("flags", "features"):
            if key in fields:
                raw_features.update(fields[key].lower().split())
        if "physical id" in fields and "core id" in fields:
            cores.add((fields["physical id"], fields["core id"]))
        try:
            if implementer is None and "cpu implementer" in fields:
                implementer = int(fields["cpu implementer"], 0)
            if part is None and "cpu part" in fields:
                part = int(fields["cpu part"], 0)
        except ValueError:
            pass
    if not model and implementer is not None and part is not None:
        model = _ARM_PARTS.get((implementer, part), f"ARM CPU (0x{implementer:x}/0x{part:x})")
    if not model:
        model = board or "Unknown processor"
    names = {_LINUX_ALIASES.get(name, name) for name in raw_features}
    if "sve2" in raw_features:
        names.add("sve")
    return CpuDescription(
        model=" ".join(model.split()),
        features=_order_features(names),
        physical_cores=len(cores) or None,
        logical_cores=processors or None,
        features_known=bool(raw_features),
    )


# --- macOS -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SysctlFacts:
    """What we take from macOS ``sysctl hw machdep.cpu iogpu`` output."""

    cpu: CpuDescription
    memsize: int | None
    apple_silicon: bool
    gpu_wired_limit_bytes: int | None


def parse_sysctl(text: str) -> SysctlFacts:
    """Parse ``key: value`` lines of macOS ``sysctl`` output.

    Args:
        text: output of ``sysctl hw machdep.cpu iogpu`` (any subset of keys is fine).
    """
    values: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            values[key.strip()] = value.strip()
    names: set[str] = set()
    for suffix, name in _MAC_OPTIONAL.items():
        if values.get(f"hw.optional.{suffix}", "0").strip() == "1":
            names.add(name)
    for key in ("machdep.cpu.features", "machdep.cpu.leaf7_features"):
        for word in values.get(key, "").split():
            if word.upper() in _MAC_CPU_WORDS:
                names.add(_MAC_CPU_WORDS[word.upper()])
    apple = values.get("hw.optional.arm64", "0") == "1"
    if apple:
        names.add("neon")  # mandatory on every Apple Silicon chip

    def as_int(key: str) -> int | None:
        try:
            return int(values[key])
        except (KeyError, ValueError):
            return None

    wired_mb = as_int("iogpu.wired_limit_mb")
    return SysctlFacts(
        cpu=CpuDescription(
            model=values.get("machdep.cpu.brand_string", "") or "Unknown processor",
            features=_order_features(names),
            physical_cores=as_int("hw.physicalcpu"),
            logical_cores=as_int("hw.logicalcpu"),
            features_known=any(k.startswith("hw.optional.") for k in values),
        ),
        memsize=as_int("hw.memsize"),
        apple_silicon=apple,
        gpu_wired_limit_bytes=wired_mb * 1024 * 1024 if wired_mb else None,
    )


def apple_gpu_share(total_ram: int, wired_limit_bytes: int | None = None) -> int:
    """Bytes of unified memory the Apple GPU may use (Metal's recommended working set).

    macOS lets the GPU wire about two thirds of RAM up to 36 GB and three quarters above;
    an administrator can change it with ``sysctl iogpu.wired_limit_mb``.
    """
    if wired_limit_bytes:
        return min(wired_limit_bytes, total_ram)
    fraction = 0.75 if total_ram > 36 * 1024**3 else 2 / 3
    return int(total_ram * fraction)


# --- Windows ---------------------------------------------------------------------------


def cpu_from_windows_features(
    present: Callable[[int], bool], name: str, *, machine: str, build: int
) -> CpuDescription:
    """Turn ``IsProcessorFeaturePresent`` answers into a :class:`CpuDescription`.

    Windows has no answer for FMA, F16C and BMI2: every x86 CPU with AVX2 (Intel since 2013,
    AMD since 2015) also has all three, so we infer them from AVX2.

    Args:
        present: ``IsProcessorFeaturePresent`` (or a recorded table in tests).
        name: the processor name from the registry.
        machine: ``platform.machine()``, e.g. ``AMD64`` or ``ARM64``.
        build: the Windows build number; AVX answers need 20348 or later.
    """
    arch = cpu_arch(machine)
    names = {feature for number, feature in WINDOWS_FEATURES.items() if present(number)}
    if arch == "x86_64":
        names -= {"neon", "dotprod", "sve", "sve2"}
        if "avx2" in names:
            names.update({"avx", "fma", "f16c", "bmi2"})
        known = build >= _WINDOWS_AVX_REPORTING_BUILD or "avx" in names
    else:
        names = {n for n in names if n in ("neon", "dotprod", "sve", "sve2")}
        if arch == "arm64":
            names.add("neon")  # mandatory in ARMv8-A
        known = arch == "arm64"
    return CpuDescription(
        model=" ".join(name.split()) or "Unknown processor",
        features=_order_features(names),
        features_known=known,
    )


def _read_windows_cpu() -> CpuDescription:  # pragma: no cover - Windows only
    import ctypes
    import winreg  # type: ignore[import-not-found,unused-ignore]

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    name = ""
    try:
        key = winreg.OpenKey(  # type: ignore[attr-defined,unused-ignore]
            winreg.HKEY_LOCAL_MACHINE,  # type: ignore[attr-defined,unused-ignore]
            r"HARDWARE\DESCRIPTION\System\CentralProcessor\0",
        )
        with key:
            name = str(winreg.QueryValueEx(key, "ProcessorNameString")[0])  # type: ignore[attr-defined,unused-ignore]
    except OSError as exc:
        log.debug("processor name not in the registry: %s", exc)
    build = sys.getwindowsversion().build  # type: ignore[attr-defined,unused-ignore]
    return cpu_from_windows_features(
        lambda number: bool(kernel32.IsProcessorFeaturePresent(number)),
        name or platform.processor(),
        machine=platform.machine(),
        build=int(build),
    )


# --- reading ---------------------------------------------------------------------------


def _run_sysctl() -> str:  # pragma: no cover - macOS only
    try:
        done = subprocess.run(
            ["sysctl", "hw", "machdep.cpu", "iogpu"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("sysctl failed: %s", exc)
        return ""
    return done.stdout


def read_cpu() -> tuple[CpuDescription, SysctlFacts | None]:
    """Read the CPU description of this computer (never raises)."""
    try:
        if sys.platform.startswith("linux"):
            return parse_proc_cpuinfo(Path("/proc/cpuinfo").read_text(errors="replace")), None
        if sys.platform == "darwin":  # pragma: no cover - macOS only
            facts = parse_sysctl(_run_sysctl())
            return facts.cpu, facts
        if sys.platform == "win32":  # pragma: no cover - Windows only
            return _read_windows_cpu(), None
    except OSError as exc:
        log.warning("could not read the CPU description: %s", exc)
    unknown = CpuDescription(platform.processor() or "Unknown processor", (), features_known=False)
    return unknown, None


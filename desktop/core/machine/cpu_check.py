"""Can this computer's processor run the bundled model engine?

The llama.cpp library inside llama-cpp-python is compiled for a set of processor instructions
(AVX2, FMA, ...). On a processor without them the engine dies with "illegal instruction" the
moment a model loads. :func:`check_cpu` compares this computer's features with what the engine
needs and returns a plain message instead, *without importing llama_cpp* (importing is safe,
but we want the answer before any native engine code runs).

Where the required features come from, first match wins:

1. ``SLM_PLAYGROUND_CPU_REQUIREMENTS``: path of a JSON file (IT overrides, tests).
2. ``engine_cpu.json`` inside a frozen bundle (``sys._MEIPASS``) or next to the executable,
   written by ``packaging/build.py`` from the engine it bundled.
3. A llama.cpp built with ``GGML_CPU_ALL_VARIANTS`` (several ``libggml-cpu-<variant>``
   libraries): the lowest variant's features.
4. :data:`DEFAULT_REQUIRED` for this architecture (the portable AVX2 baseline on x86-64).

The JSON file: ``{"version": 1, "arch": "x86_64", "required": ["avx", "avx2", ...], ...}``;
other keys (how the engine was built) are kept for the log only.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.i18n import _
from desktop.core.machine import cpu

log = logging.getLogger("desktop.core.machine.cpu_check")

#: File name of the build-time record inside a bundle.
REQUIREMENTS_FILENAME = "engine_cpu.json"
#: Environment variable naming a requirements JSON file (overrides everything else).
REQUIREMENTS_ENV = "SLM_PLAYGROUND_CPU_REQUIREMENTS"
REQUIREMENTS_VERSION = 1

#: What the engine needs when nothing better is known: the portable baseline we recommend for
#: bundles (llama.cpp's "haswell" level: Intel 2013+, AMD 2015+). ARM64 always has NEON.
DEFAULT_REQUIRED: Mapping[str, tuple[str, ...]] = {
    "x86_64": ("sse3", "ssse3", "sse4_1", "sse4_2", "avx", "f16c", "fma", "avx2", "bmi2"),
    "arm64": (),
    "other": (),
}

#: ``llama_print_system_info()`` words (``AVX2 = 1``) -> our feature names.
SYSTEM_INFO_NAMES: Mapping[str, str] = {
    "SSE3": "sse3",
    "SSSE3": "ssse3",
    "SSE42": "sse4_2",
    "AVX": "avx",
    "AVX_VNNI": "avx_vnni",
    "AVX2": "avx2",
    "F16C": "f16c",
    "FMA": "fma",
    "BMI2": "bmi2",
    "AVX512": "avx512f",
    "AVX512_VBMI": "avx512_vbmi",
    "AVX512_VNNI": "avx512_vnni",
    "AVX512_BF16": "avx512_bf16",
    "AMX_INT8": "amx_int8",
    "NEON": "neon",
    "DOTPROD": "dotprod",
    "MATMUL_INT8": "i8mm",
    "FP16_VA": "fp16",
    "SVE": "sve",
    "SME": "sme",
}

# ggml's CMake option names used by GGML_CPU_ALL_VARIANTS -> our names.
_VARIANT_OPTION_NAMES: Mapping[str, tuple[str, ...]] = {
    "SSE42": ("sse3", "ssse3", "sse4_1", "sse4_2"),
    "AVX": ("avx",),
    "F16C": ("f16c",),
    "FMA": ("fma",),
    "AVX2": ("avx2",),
    "BMI2": ("bmi2",),
    "AVX512": ("avx512f",),
    "AVX512_VBMI": ("avx512_vbmi",),
    "AVX512_VNNI": ("avx512_vnni",),
    "AVX512_BF16": ("avx512_bf16",),
    "AVX_VNNI": ("avx_vnni",),
    "DOTPROD": ("dotprod",),
    "FP16_VECTOR_ARITHMETIC": ("fp16",),
    "MATMUL_INT8": ("i8mm",),
    "SVE": ("sve",),
}

#: The variants of ``GGML_CPU_ALL_VARIANTS`` (ggml/src/CMakeLists.txt) and the options each
#: turns on. Only the lowest one present matters for "can it run at all".
CPU_VARIANTS: Mapping[str, tuple[str, ...]] = {
    "x64": (),
    "sse42": ("SSE42",),
    "sandybridge": ("SSE42", "AVX"),
    "ivybridge": ("SSE42", "AVX", "F16C"),
    "piledriver": ("SSE42", "AVX", "F16C", "FMA"),
    "haswell": ("SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2"),
    "skylakex": ("SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2", "AVX512"),
    "alderlake": ("SSE42", "AVX", "F16C", "FMA", "AVX2", "BMI2", "AVX_VNNI"),
    "armv8.0_1": (),
    "android_armv8.0_1": (),
    "armv8.2_1": ("DOTPROD",),
    "apple_m1": ("DOTPROD",),
}

# Linux /proc/cpuinfo spellings -> ours (the rest are already the same word).
_LINUX_ALIASES: Mapping[str, str] = {
    "pni": "sse3",
    "avx512vnni": "avx512_vnni",
    "avx512vbmi": "avx512_vbmi",
    "asimd": "neon",
    "asimddp": "dotprod",
    "asimdhp": "fp16",
    "svei8mm": "i8mm",
}

# How features are named to people (and in the "it lacks ..." message).
_DISPLAY: Mapping[str, str] = {
    "sse3": "SSE3",
    "ssse3": "SSSE3",
    "sse4_1": "SSE4.1",
    "sse4_2": "SSE4.2",
    "avx": "AVX",
    "avx2": "AVX2",
    "fma": "FMA",
    "f16c": "F16C",
    "bmi2": "BMI2",
    "avx_vnni": "AVX-VNNI",
    "avx512f": "AVX-512",
    "avx512_vbmi": "AVX-512 VBMI",
    "avx512_vnni": "AVX-512 VNNI",
    "avx512_bf16": "AVX-512 BF16",
    "amx_int8": "AMX",
    "neon": "NEON",
    "dotprod": "DotProd",
    "fp16": "FP16",
    "i8mm": "I8MM",
    "sve": "SVE",
    "sme": "SME",
}


@dataclass(frozen=True)
class CpuCheck:
    """The answer of :func:`check_cpu`.

    Attributes:
        ok: True when the engine can run here, or when we cannot tell (``known`` is False).
        missing: required features this processor lacks, in our names (e.g. ``("avx2",)``).
        message: plain words for people; empty when everything is fine.
        required: what the engine needs, in our names.
        known: False when this computer's features could not be read (then ``ok`` is True:
            we never block on a guess).
    """

    ok: bool
    missing: tuple[str, ...]
    message: str
    required: tuple[str, ...] = ()
    known: bool = True

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (for ``selftest --json``)."""
        return {
            "ok": self.ok,
            "missing": list(self.missing),
            "message": self.message,
            "required": list(self.required),
            "known": self.known,
        }


@dataclass(frozen=True)
class CpuFeatures:
    """This processor's features as read from the operating system.

    Attributes:
        names: features in our names.
        known: False when the source could not tell (old Windows, unknown OS).
        visible: the feature names this source *can* report (``None``: any). A required
            feature the source cannot see is not counted as missing.
    """

    names: frozenset[str]
    known: bool = True
    visible: frozenset[str] | None = None


def display_name(feature: str) -> str:
    """How a feature is written for people (``"avx2"`` -> ``"AVX2"``)."""
    return _DISPLAY.get(feature, feature.upper())


def parse_linux_flags(text: str) -> frozenset[str]:
    """All features of a Linux ``/proc/cpuinfo`` text (x86 ``flags``, ARM ``Features``).

    Unlike :func:`desktop.core.machine.cpu.parse_proc_cpuinfo` this keeps every flag (e.g.
    ``bmi2``, ``avx512_vbmi``), since a natively built engine may use any of them.
    """
    found: set[str] = set()
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in ("flags", "features"):
            found.update(_LINUX_ALIASES.get(word, word) for word in value.lower().split())
    if "sve2" in found:
        found.add("sve")
    return frozenset(found)


def read_cpu_features() -> CpuFeatures:
    """Read this processor's features (never raises, never imports the engine)."""
    if sys.platform.startswith("linux"):
        try:
            names = parse_linux_flags(Path("/proc/cpuinfo").read_text(errors="replace"))
        except OSError as exc:
            log.warning("could not read /proc/cpuinfo: %s", exc)
            return CpuFeatures(frozenset(), known=False)
        return CpuFeatures(names, known=bool(names))
    desc, _facts = cpu.read_cpu()
    visible = set(cpu.RELEVANT_FEATURES)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        # IsProcessorFeaturePresent has no answer for these; hardware.py (cpu.py) infers FMA/F16C.
        visible -= {"bmi2", "avx512_vbmi", "avx512_bf16", "avx512_vnni", "avx_vnni"}
    return CpuFeatures(
        frozenset(desc.features), known=desc.features_known, visible=frozenset(visible)
    )


def features_from_system_info(text: str) -> tuple[str, ...]:
    """Our feature names from ``llama_cpp.llama_print_system_info()`` output.

    Args:
        text: e.g. ``"CPU : SSE3 = 1 | AVX2 = 1 | AVX512 = 0 | LLAMAFILE = 1 |"``. Words that
            are not processor features (``LLAMAFILE``, ``OPENMP``, ``REPACK``) are ignored.
    """
    found: list[str] = []
    for word, value in re.findall(r"([A-Z0-9_]+)\s*=\s*(\d+)", text):
        name = SYSTEM_INFO_NAMES.get(word)
        if name and value != "0" and name not in found:
            found.append(name)
    return tuple(found)


def variant_requirements(variant_names: Iterable[str]) -> tuple[str, ...] | None:
    """What the lowest of several ``GGML_CPU_ALL_VARIANTS`` backends needs.

    Args:
        variant_names: e.g. ``["x64", "sse42", "haswell"]`` (from ``libggml-cpu-<name>`` files).

    Returns:
        The features every processor needs to run at least one variant, or ``None`` when no
        known variant is among the names.
    """
    sets: list[set[str]] = []
    for variant in variant_names:
        options = CPU_VARIANTS.get(variant)
        if options is None:
            continue
        sets.append({f for option in options for f in _VARIANT_OPTION_NAMES.get(option, ())})
    if not sets:
        return None
    common = set.intersection(*sets)
    return tuple(sorted(common))


def cpu_variants_in(lib_dir: Path) -> tuple[str, ...]:
    """Names of the ``libggml-cpu-<variant>`` libraries in an engine library folder."""
    names: set[str] = set()
    pattern = re.compile(r"^(?:lib)?ggml-cpu-(.+?)\.(?:so|dll|dylib)(?:\.\d+)*$")
    try:
        entries = list(lib_dir.iterdir())
    except OSError:
        return ()
    for entry in entries:
        match = pattern.match(entry.name)
        if match:
            names.add(match.group(1))
    return tuple(sorted(names))


def _llama_lib_dir() -> Path | None:
    # find_spec finds the package without running its __init__ (which loads the library).
    try:
        spec = importlib.util.find_spec("llama_cpp")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "lib"


def _bundle_requirement_files() -> list[Path]:
    candidates: list[Path] = []
    env = os.environ.get(REQUIREMENTS_ENV, "").strip()
    if env:
        candidates.append(Path(env))
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / REQUIREMENTS_FILENAME)
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / REQUIREMENTS_FILENAME)
    return candidates


def load_requirements_file(path: Path) -> tuple[str, ...] | None:
    """Read the ``required`` list of a requirements JSON file.

    Returns:
        The features, or ``None`` when the file is missing, unreadable, malformed, or made
        for another processor architecture (each logged, never raised).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignoring engine CPU requirements in %s: %s", path, exc)
        return None
    if not isinstance(data, dict) or not isinstance(data.get("required"), list):
        log.warning("ignoring engine CPU requirements in %s: no 'required' list", path)
        return None
    arch = data.get("arch")
    if isinstance(arch, str) and arch != cpu.cpu_arch():
        log.warning("ignoring engine CPU requirements in %s: made for %s", path, arch)
        return None
    return tuple(str(f).lower() for f in data["required"] if isinstance(f, str))


def required_features() -> tuple[str, ...]:
    """What the engine installed here needs (see the module docstring for the order)."""
    for path in _bundle_requirement_files():
        required = load_requirements_file(path)
        if required is not None:
            log.debug("engine CPU requirements from %s: %s", path, required)
            return required
    lib_dir = _llama_lib_dir()
    if lib_dir is not None:
        required = variant_requirements(cpu_variants_in(lib_dir))
        if required is not None:
            log.debug("engine CPU requirements from the variants in %s: %s", lib_dir, required)
            return required
    return DEFAULT_REQUIRED.get(cpu.cpu_arch(), ())


def _too_old_message(missing: tuple[str, ...]) -> str:
    names = [display_name(f) for f in missing]
    lacks = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return _(
        "This computer's processor is too old for the model engine (it lacks {lacks}). SLM "
        "Playground cannot run models on it. Ask your IT team for a newer computer (most "
        "made since 2015 work) or for a build of SLM Playground made for older processors."
    ).format(lacks=lacks)


def check_cpu(
    features: Iterable[str] | None = None, *, required: Iterable[str] | None = None
) -> CpuCheck:
    """Check that this processor has every feature the model engine needs.

    Args:
        features: the processor's features in our names; ``None`` reads this computer's.
        required: what the engine needs; ``None`` uses :func:`required_features`.

    Returns:
        ``CpuCheck(ok=True, ...)`` when it can run (or when the features cannot be read),
        otherwise ``ok=False`` with the missing features and a plain message.
    """
    need = tuple(
        dict.fromkeys(
            f.lower() for f in (required if required is not None else required_features())
        )
    )
    if features is None:
        have = read_cpu_features()
    else:
        have = CpuFeatures(frozenset(f.lower() for f in features))
    if not have.known:
        log.info("processor features unknown; not checking engine requirements %s", need)
        return CpuCheck(ok=True, missing=(), message="", required=need, known=False)
    missing = tuple(
        f for f in need if f not in have.names and (have.visible is None or f in have.visible)
    )
    if missing:
        log.warning("processor lacks engine features: %s", ", ".join(missing))
        return CpuCheck(ok=False, missing=missing, message=_too_old_message(missing), required=need)
    return CpuCheck(ok=True, missing=(), message="", required=need)

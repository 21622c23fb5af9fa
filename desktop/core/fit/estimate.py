"""Will this model fit on this computer? Memory estimate, badge, speed and best variant.

The memory a runner process needs (its peak resident memory) is estimated as::

    need = weights + kv_cache + other

* ``weights``: the tensor data (GGUF tensor infos; a legacy GGML file minus its header). The
  engine maps the file into memory and every weight is read for each token, so all of it
  becomes resident on a CPU.
* ``kv_cache``: llama.cpp allocates and zeroes it when the model loads, so it is resident from
  the start. Per layer it holds ``cells * n_head_kv * (key_length + value_length)`` values of
  2 bytes (f16), where ``cells`` is the context rounded up to 256. Sliding-window layers need
  only ``window + 512`` cells, but llama-cpp-python allocates them full size by default
  (``swa_full``), which is what our runner does.
* ``other``: the runner itself (Python, numpy, llama.cpp's code, our modules):
  :data:`RUNTIME_BYTES`; the scratch memory a short prompt touches,
  :data:`PER_EMBD_BYTES` per embedding dimension; the tokenizer's tables,
  :data:`PER_VOCAB_BYTES` per token and :data:`PER_MERGE_BYTES` per BPE merge. The output
  buffer and the logits of one token are inside the per-token figure.
* ``repack`` (only for a file loaded *mapped* although llama.cpp repacks its weights on this
  processor: :func:`repacked_bytes`): the mapped pages stay resident next to the repacked
  copy. The app never loads such files mapped (:func:`use_mmap_here`), so normally 0.

The constants were fitted to the runner's measured peak memory (``bench/fit.py``) for the
starter model, tiny generated models of other architectures and generated realistic-shape
models in six quantizations (32k and 152k vocabularies); the estimate is within a few percent
of the measurement at contexts 2048 and 8192 (see ``docs/fit.md``). A long prompt makes
llama.cpp touch more of its compute buffer; :attr:`MemoryEstimate.long_prompt_extra_bytes`
estimates that worst case, and the badge thresholds keep room for it.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, Protocol

from desktop.core.fit import speed
from desktop.core.i18n import N_, _, current_language, translate
from desktop.core.machine.hardware import HardwareInfo
from desktop.core.units import format_bytes

MIB = 1024 * 1024
GIB = 1024 * MIB

# --- memory calibration (bench/fit.py) -------------------------------------------------
#: Runner process without a model's own tables: Python, numpy, llama.cpp, our modules, and
#: the compute scratch a short prompt touches.
RUNTIME_BYTES = 56 * MIB
#: Scratch a short prompt touches grows with the model's width (activations per token):
#: per embedding dimension (fitted on generated 384- to 1024-wide models, docs/fit.md).
PER_EMBD_BYTES = 6 * 1024
#: The same for a ctransformers runner (legacy GGML files): measured with a tiny GPT-2. Its
#: cache is allocated but only touched as it fills, so a GGML estimate errs on the safe side
#: at long contexts (measured: 0.93 of the peak at 2048, 1.35 at 8192 with a short prompt).
RUNTIME_GGML_BYTES = 62 * MIB
#: Tokenizer tables and one token's logits, per vocabulary entry.
PER_VOCAB_BYTES = 230
#: BPE merge table, per merge rule.
PER_MERGE_BYTES = 280
#: Bytes per cached key or value number (llama.cpp's default f16 cache).
KV_BYTES = 2
#: llama.cpp rounds the cache up to a multiple of this many cells.
CTX_PAD = 256
#: Tokens processed at once during prompt reading (llama.cpp's default micro-batch).
UBATCH = 512

# --- badge thresholds (docs/fit.md explains each) ---------------------------------------
#: "Runs well" when the need is at most this share of the memory free now.
RUNS_WELL_SHARE = 0.70
#: Memory kept for the system, the window and other essentials: the larger of these.
RESERVE_MIN_BYTES = 2 * GIB
RESERVE_SHARE = 0.20
#: Disk space kept free after a download: the larger of these.
DISK_MARGIN_MIN_BYTES = 512 * MIB
DISK_MARGIN_SHARE = 0.05

#: The engine's context when none is chosen (same rule as desktop.engine.backend).
DEFAULT_CONTEXT = 4096
MIN_CONTEXT = 256
#: The longest context a model file is taken at its word for (the longest real ones claim
#: about 10 million tokens). A header claiming more (2^31 - 1 was seen) is capped here by
#: the fit estimate and by the engine, which otherwise allocates memory in proportion to
#: the claimed context (8.6 GB and 30 s for a 60 MB model).
MAX_NATIVE_CONTEXT = 1 << 24

Badge = Literal["runs_well", "slow", "tight", "too_big", "no_disk", "unsupported"]

LABELS: Mapping[str, str] = {
    "runs_well": N_("Runs well"),
    "slow": N_("Fits, but slow"),
    "tight": N_("Runs, but close other apps"),
    "too_big": N_("Too big for this computer"),
    "no_disk": N_("Not enough disk space"),
    "unsupported": N_("Can't run here"),
}

#: Architectures whose layers alternate local (sliding-window) and global attention in
#: llama.cpp: a pattern ``p`` means ``p - 1`` of every ``p`` layers use the window.
SWA_PATTERNS: Mapping[str, int] = {
    "gemma2": 2,
    "gemma3": 6,
    "gemma3n": 5,
    "cohere2": 4,
    "gpt-oss": 2,
}

#: Quality order of quantizations, best first (more bits keep more of the original model).
QUALITY_ORDER: tuple[str, ...] = tuple(
    sorted(speed.BITS_PER_WEIGHT, key=lambda q: -speed.BITS_PER_WEIGHT[q])
)


def default_context(native_context: int | None) -> int:
    """The context the engine uses when none is chosen: the model's own, capped at 4096."""
    ctx = min(native_context or DEFAULT_CONTEXT, DEFAULT_CONTEXT)
    if native_context and native_context < MIN_CONTEXT:
        return native_context
    return max(MIN_CONTEXT, ctx)


def plausible_context(native_context: int | None) -> int:
    """A model's own context as the app uses it: what the file says, at most
    :data:`MAX_NATIVE_CONTEXT` (0 when the file does not say or says nonsense)."""
    if not isinstance(native_context, int) or native_context <= 0:
        return 0
    return min(native_context, MAX_NATIVE_CONTEXT)


def _pad(n: int, to: int = CTX_PAD) -> int:
    return max(to, math.ceil(n / to) * to)


class _GGUFHeaderLike(Protocol):
    @property
    def architecture(self) -> str: ...
    @property
    def metadata(self) -> Mapping[str, Any]: ...
    @property
    def tensors(self) -> Sequence[Any]: ...
    @property
    def file_size(self) -> int | None: ...
    @property
    def context_length(self) -> int | None: ...
    @property
    def block_count(self) -> int | None: ...
    @property
    def embedding_length(self) -> int | None: ...
    @property
    def head_count(self) -> int | None: ...
    @property
    def head_count_kv(self) -> int | None: ...
    @property
    def key_length(self) -> int | None: ...
    @property
    def value_length(self) -> int | None: ...
    @property
    def vocab_size(self) -> int | None: ...
    @property
    def sliding_window(self) -> int | None: ...
    @property
    def quantization(self) -> str | None: ...
    @property
    def weights_bytes(self) -> int: ...


def _swa_layers(header: _GGUFHeaderLike, n_layers: int) -> int:
    arch = header.architecture
    if not header.sliding_window:
        return 0
    declared = header.metadata.get(f"{arch}.attention.sliding_window_pattern")
    if isinstance(declared, tuple | list):
        return sum(1 for v in declared[:n_layers] if v)
    pattern = declared if isinstance(declared, int) and declared > 0 else SWA_PATTERNS.get(arch)
    if not pattern:
        return 0
    if pattern == 1:
        return n_layers
    return sum(1 for il in range(n_layers) if il % pattern < pattern - 1)


def _repackable_bytes(tensors: Sequence[Any]) -> tuple[tuple[str, int], ...]:
    """Bytes per ggml type of the weights llama.cpp's CPU_REPACK buffer may take.

    Matrix (2-D) and expert (3-D) weights that are multiplied, with rows in whole groups of
    8 (ggml-cpu/repack.cpp); never the token embeddings, which are only looked up.
    """
    by_type: dict[str, int] = {}
    for t in tensors:
        shape = tuple(getattr(t, "shape", ()) or ())
        name = str(getattr(t, "name", ""))
        if len(shape) not in (2, 3) or shape[1] % 8 or name.startswith("token_embd"):
            continue
        type_name = str(getattr(t, "type_name", "") or "")
        by_type[type_name] = by_type.get(type_name, 0) + int(getattr(t, "nbytes", 0) or 0)
    return tuple(sorted(by_type.items()))


def _multiplied_by_type(tensors: Sequence[Any], *, tied: bool) -> tuple[tuple[str, int], ...]:
    """Weights multiplied per token by ggml type: every matrix, and the token embeddings only
    when the output layer reuses them (tied)."""
    by_type: dict[str, int] = {}
    for t in tensors:
        name = str(getattr(t, "name", ""))
        if len(tuple(getattr(t, "shape", ()) or ())) < 2:
            continue
        if name.startswith("token_embd") and not tied:
            continue
        type_name = str(getattr(t, "type_name", "") or "")
        by_type[type_name] = by_type.get(type_name, 0) + int(getattr(t, "n_elements", 0) or 0)
    return tuple(sorted(by_type.items()))


#: Weight types llama.cpp 0.3.x repacks into an interleaved copy on the CPU, by instruction
#: set (ggml-cpu/repack.cpp, ``ggml_repack_get_optimal_repack_type``).
REPACKED_TYPES_X86_AVX2 = frozenset({"Q4_0", "Q4_K", "IQ4_NL", "MXFP4"})
REPACKED_TYPES_X86_AVX512 = REPACKED_TYPES_X86_AVX2 | {"Q2_K"}
REPACKED_TYPES_ARM_DOTPROD = frozenset(
    {"Q4_0", "Q4_K", "Q5_K", "Q6_K", "Q8_0", "IQ4_NL", "MXFP4"}
)
#: When the file's types are unknown (catalog numbers): the weight type a quantization
#: label mostly uses.
_MAIN_TYPE = {"Q4_K_M": "Q4_K", "Q4_K_S": "Q4_K", "Q5_K_M": "Q5_K", "Q5_K_S": "Q5_K"}


def repacked_types(cpu_arch: str, cpu_features: Iterable[str]) -> frozenset[str]:
    """The weight types llama.cpp repacks on a processor (empty: none)."""
    have = set(cpu_features)
    if cpu_arch == "x86_64" and "avx2" in have:
        return REPACKED_TYPES_X86_AVX512 if "avx512f" in have else REPACKED_TYPES_X86_AVX2
    if cpu_arch == "arm64" and "dotprod" in have:
        return REPACKED_TYPES_ARM_DOTPROD
    return frozenset()


def repacked_bytes(shape: ModelShape, hardware: HardwareInfo) -> int:
    """Bytes of ``shape``'s weights llama.cpp copies into its repack buffer on this processor.

    Exact from the file's tensors; for catalog numbers (no tensor list) the whole weight size
    counts when the quantization's main type is repacked (an upper bound).
    """
    kinds = repacked_types(hardware.cpu_arch, hardware.cpu_features)
    if not kinds or shape.format != "gguf":
        return 0
    if shape.repackable_bytes:
        return sum(n for name, n in shape.repackable_bytes if name in kinds)
    quant = (shape.quantization or "").upper()
    return shape.weights_bytes if _MAIN_TYPE.get(quant, quant) in kinds else 0


def use_mmap_here(shape: ModelShape, hardware: HardwareInfo | None = None) -> bool:
    """How the engine should load ``shape`` here: mapped (True) or read into memory (False).

    A mapped file whose weights llama.cpp repacks stays resident *next to* the repacked copy
    (measured: +45 % peak memory for Q4_K_M, the same decode speed); read into memory, the
    repacked weights exist once. Every other file is mapped (its pages can be shared and
    dropped by the system). See docs/fit.md, "Load mode".

    Args:
        shape: the model file.
        hardware: this computer (``None``: only the processor is read, which is cheap).
    """
    if hardware is None:
        from desktop.core.machine.cpu import cpu_arch, read_cpu

        kinds = repacked_types(cpu_arch(), read_cpu()[0].features)
    else:
        kinds = repacked_types(hardware.cpu_arch, hardware.cpu_features)
    if not kinds or shape.format != "gguf":
        return True
    if shape.repackable_bytes:
        return not any(n for name, n in shape.repackable_bytes if name in kinds)
    quant = (shape.quantization or "").upper()
    return _MAIN_TYPE.get(quant, quant) not in kinds


def use_mmap_for_file(path: str | os.PathLike[str]) -> bool:
    """:func:`use_mmap_here` for a model file on this computer (True when it can't tell).

    Cheap: reads the file's header and the processor's feature list, nothing more.
    """
    from desktop.core.errors import SlmError

    try:
        shape = ModelShape.from_file(path)
    except (SlmError, OSError, ValueError):
        return True
    return use_mmap_here(shape)


@dataclass(frozen=True)
class ModelShape:
    """The numbers of a model file that decide its memory and speed.

    Built from a GGUF header (:meth:`from_gguf`), a legacy GGML header (:meth:`from_ggml`),
    a file (:meth:`from_file`) or catalog numbers.
    """

    architecture: str
    file_size_bytes: int
    weights_bytes: int
    n_layers: int
    n_embd: int
    n_head: int
    n_head_kv: int
    key_length: int
    value_length: int
    n_vocab: int
    native_context: int
    sliding_window: int | None = None
    swa_layers: int = 0
    quantization: str | None = None
    format: Literal["gguf", "ggml"] = "gguf"
    #: BPE merge rules in the tokenizer (0 when unknown or not BPE).
    n_merges: int = 0
    #: True when the output layer reuses the token embeddings (so they are multiplied too).
    tied_output: bool = True
    #: Total weights (0: estimated from size and quantization).
    n_params: int = 0
    #: Bytes of the matrix weights llama.cpp may repack, by ggml type name (e.g.
    #: ``(("Q4_K", 61_000_000), ("Q6_K", 9_000_000))``); empty when unknown (catalog numbers).
    repackable_bytes: tuple[tuple[str, int], ...] = ()
    #: Weights multiplied per token, by ggml type name (speed); empty when unknown.
    multiplied_by_type: tuple[tuple[str, int], ...] = ()

    @classmethod
    def from_gguf(cls, header: _GGUFHeaderLike, file_size: int | None = None) -> ModelShape:
        """Shape from a parsed GGUF header (``modelfiles.gguf.read_gguf_header``)."""
        n_layers = header.block_count or 0
        n_embd = header.embedding_length or 0
        n_head = header.head_count or 0
        merges = header.metadata.get("tokenizer.ggml.merges")
        names = {getattr(t, "name", "") for t in header.tensors}
        n_params = sum(int(getattr(t, "n_elements", 0) or 0) for t in header.tensors)
        size = file_size if file_size is not None else header.file_size
        weights = header.weights_bytes
        return cls(
            architecture=header.architecture or "unknown",
            file_size_bytes=int(size if size is not None else weights),
            weights_bytes=int(weights),
            n_layers=n_layers,
            n_embd=n_embd,
            n_head=n_head,
            n_head_kv=header.head_count_kv or n_head,
            key_length=header.key_length or (n_embd // n_head if n_head else 0),
            value_length=header.value_length or (n_embd // n_head if n_head else 0),
            n_vocab=header.vocab_size or 0,
            native_context=plausible_context(header.context_length),
            sliding_window=header.sliding_window,
            swa_layers=_swa_layers(header, n_layers),
            quantization=header.quantization,
            format="gguf",
            n_merges=len(merges) if isinstance(merges, tuple | list) else 0,
            tied_output="output.weight" not in names,
            n_params=n_params,
            repackable_bytes=_repackable_bytes(header.tensors),
            multiplied_by_type=_multiplied_by_type(
                header.tensors, tied="output.weight" not in names
            ),
        )

    @classmethod
    def from_ggml(cls, header: Any) -> ModelShape:
        """Shape from a legacy GGML header (``modelfiles.ggml.read_ggml_header``)."""
        size = int(header.file_size or 0)
        weights = max(0, size - int(getattr(header, "vocab_end", 0) or 0))
        head_dim = header.n_embd // header.n_head if header.n_head else 0
        return cls(
            architecture=header.model_type or "unknown",
            file_size_bytes=size,
            weights_bytes=weights,
            n_layers=header.n_layer,
            n_embd=header.n_embd,
            n_head=header.n_head,
            n_head_kv=getattr(header, "n_head_kv", 0) or header.n_head,
            key_length=head_dim,
            value_length=head_dim,
            n_vocab=header.n_vocab,
            native_context=plausible_context(header.n_ctx),
            quantization=header.quantization,
            format="ggml",
            tied_output=False,
        )

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> ModelShape:
        """Shape of a local model file (GGUF or legacy GGML).

        Raises:
            ModelFileError: missing, unreadable or not a model file.
            UnsupportedModelError: a model no installed engine can run.
        """
        from desktop.core.modelfiles.detect import inspect_model_file

        info = inspect_model_file(Path(path))
        if info.gguf is not None:
            return cls.from_gguf(info.gguf, info.size_bytes)
        return cls.from_ggml(info.ggml)

    @property
    def params(self) -> float:
        """Number of weights (counted, or estimated from size and quantization)."""
        if self.n_params:
            return float(self.n_params)
        return self.weights_bytes * 8 / speed.bits_per_weight(self.quantization)

    @property
    def multiplied_weights(self) -> float:
        """Weights multiplied per token: all but an untied input embedding (only looked up)."""
        lookup = 0 if self.tied_output else self.n_vocab * self.n_embd
        return max(self.params - lookup, self.params * 0.5)

    @property
    def kv_bytes_per_cell(self) -> int:
        """Bytes one cached token takes in one layer."""
        return self.n_head_kv * (self.key_length + self.value_length) * KV_BYTES


@dataclass(frozen=True)
class MemoryEstimate:
    """Memory a runner needs for one model at one context (see the module docstring)."""

    need_bytes: int
    weights_bytes: int
    kv_cache_bytes: int
    other_bytes: int
    context_length: int
    #: More memory a long prompt can make the engine touch (its compute buffer).
    long_prompt_extra_bytes: int = 0
    #: Mapped file pages kept resident next to llama.cpp's repacked copy (only when a file
    #: with repacked weights is loaded mapped; 0 with the load mode the app picks).
    repack_bytes: int = 0


def kv_cache_bytes(shape: ModelShape, context_length: int, *, swa_full: bool = True) -> int:
    """Bytes of the key/value cache at ``context_length`` (f16, padded like llama.cpp)."""
    cells = _pad(context_length)
    swa = min(shape.swa_layers, shape.n_layers)
    swa_cells = cells
    if not swa_full and shape.sliding_window:
        swa_cells = min(cells, _pad(shape.sliding_window + UBATCH))
    return ((shape.n_layers - swa) * cells + swa * swa_cells) * shape.kv_bytes_per_cell


def compute_buffer_bytes(shape: ModelShape, context_length: int) -> int:
    """llama.cpp's worst-case compute buffer: a full micro-batch over a full context.

    The larger of the attention scores (``context x 512 x heads`` floats) and the logits
    (``vocabulary x 512`` floats), plus the layer activations of 512 tokens.
    """
    cells = _pad(context_length)
    scores = cells * UBATCH * shape.n_head * 4
    logits = shape.n_vocab * UBATCH * 4
    activations = UBATCH * 4 * 12 * shape.n_embd
    return max(scores, logits) + activations


def estimate_memory(
    shape: ModelShape,
    context_length: int | None = None,
    *,
    swa_full: bool = True,
    mapped_repack_bytes: int = 0,
) -> MemoryEstimate:
    """Peak memory of a runner that loads ``shape`` at ``context_length`` and answers a prompt.

    The same definition as the runner's "Peak memory" after an answer and the meter: the
    process's peak resident memory (file pages it maps included).

    Args:
        shape: the model.
        context_length: tokens of context (default: what the engine would pick).
        swa_full: sliding-window layers get a full-size cache (llama-cpp-python's default).
        mapped_repack_bytes: for a file loaded mapped although llama.cpp repacks its weights
            (:func:`repacked_bytes`): the copy that then sits next to the mapped pages.
    """
    ctx = context_length or default_context(shape.native_context)
    if shape.native_context:
        ctx = min(ctx, shape.native_context)  # the engine never goes past the model's own
    kv = kv_cache_bytes(shape, ctx, swa_full=swa_full)
    runtime = RUNTIME_GGML_BYTES if shape.format == "ggml" else RUNTIME_BYTES
    other = runtime + shape.n_vocab * PER_VOCAB_BYTES + shape.n_merges * PER_MERGE_BYTES
    if shape.format == "gguf":
        other += shape.n_embd * PER_EMBD_BYTES
    need = shape.weights_bytes + kv + other + mapped_repack_bytes
    return MemoryEstimate(
        need_bytes=need,
        weights_bytes=shape.weights_bytes,
        kv_cache_bytes=kv,
        other_bytes=other,
        context_length=ctx,
        long_prompt_extra_bytes=compute_buffer_bytes(shape, ctx),
        repack_bytes=mapped_repack_bytes,
    )


def reserve_bytes(hardware: HardwareInfo) -> int:
    """Memory kept for the system and the app's window."""
    return max(RESERVE_MIN_BYTES, int(RESERVE_SHARE * hardware.ram_total_bytes))


def _runs_well(need: int, hardware: HardwareInfo) -> bool:
    return need <= RUNS_WELL_SHARE * hardware.ram_available_bytes


def max_context_runs_well(shape: ModelShape, hardware: HardwareInfo) -> int | None:
    """The largest context (a multiple of 256, up to the model's own) that still runs well.

    Returns:
        ``None`` when even the smallest context does not run well.
    """
    top = min(shape.native_context or DEFAULT_CONTEXT, MAX_NATIVE_CONTEXT)
    if not _runs_well(estimate_memory(shape, min(MIN_CONTEXT, top)).need_bytes, hardware):
        return None
    if _runs_well(estimate_memory(shape, top).need_bytes, hardware):
        return top
    lo, hi = 1, max(1, top // CTX_PAD)
    while lo < hi:  # largest k with k*256 running well
        mid = (lo + hi + 1) // 2
        if _runs_well(estimate_memory(shape, mid * CTX_PAD).need_bytes, hardware):
            lo = mid
        else:
            hi = mid - 1
    return lo * CTX_PAD


@dataclass(frozen=True)
class FitResult:
    """The badge of one model on this computer, with the numbers behind it."""

    badge: Badge
    label: str
    reason: str
    tokens_per_s_estimate: float
    words_per_s_estimate: float
    max_context_runs_well: int | None
    estimate: MemoryEstimate
    speed_text: str = ""
    #: This file's decode speed as measured here (median of its answers), when it has run.
    measured_tokens_per_s: float | None = None
    #: The short form of the same figure for list columns ("about 20 words/s").
    speed_short: str = ""
    #: The figure shown (measured when known, else the forecast), in words per second.
    words_per_s: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """The JSON object of ``slm-playground fit --json`` (issue 3 keys, then extras)."""
        e = self.estimate
        return {
            "need_bytes": e.need_bytes,
            "weights_bytes": e.weights_bytes,
            "kv_cache_bytes": e.kv_cache_bytes,
            "other_bytes": e.other_bytes,
            "context_length": e.context_length,
            "badge": self.badge,
            "reason": self.reason,
            "tokens_per_s_estimate": round(self.tokens_per_s_estimate, 2),
            "max_context_runs_well": self.max_context_runs_well,
            "label": self.label,
            "words_per_s_estimate": round(self.words_per_s_estimate, 2),
            "speed": self.speed_text,
            "long_prompt_extra_bytes": e.long_prompt_extra_bytes,
            "measured_tokens_per_s": (
                round(self.measured_tokens_per_s, 2) if self.measured_tokens_per_s else None
            ),
        }


def forecast_tokens_per_s(
    shape: ModelShape, hardware: HardwareInfo, *, threads: int | None = None
) -> float:
    """Expected decode tokens per second for ``shape`` here (see :mod:`desktop.core.fit.speed`)."""
    return speed.forecast_tokens_per_s(
        weights_bytes=shape.weights_bytes,
        multiplied_weights=shape.multiplied_weights,
        n_vocab=shape.n_vocab,
        quantization=shape.quantization,
        hardware=hardware,
        threads=threads,
        weights_by_type=shape.multiplied_by_type,
        n_layers=shape.n_layers,
    )


def _gpu_fits(need: int, hardware: HardwareInfo) -> str | None:
    for gpu in hardware.gpus:
        if gpu.kind == "nvidia" and need <= gpu.vram_free_bytes:
            return gpu.name
    return None


def assess_fit(
    shape: ModelShape,
    hardware: HardwareInfo,
    *,
    context_length: int | None = None,
    downloaded: bool = True,
    engine_problem: str | None = None,
    gpu_offload: bool = False,
    threads: int | None = None,
    measured_tokens_per_s: float | None = None,
    use_mmap: bool | None = None,
) -> FitResult:
    """Decide the badge for ``shape`` on ``hardware``, with a one-line reason with numbers.

    The badge answers "is it good to use here?": memory first, then speed: a model that
    fits but writes slower than people read (:data:`speed.READING_WORDS_PER_S`) is
    ``slow`` ("Fits, but slow"), never "Runs well".

    Args:
        shape: the model file.
        hardware: this computer (:func:`desktop.core.machine.hardware.probe_hardware`).
        context_length: the chosen context (default: what the engine would pick).
        downloaded: False for a file still to download (then free disk space is checked).
        engine_problem: why no installed engine can run this file (from
            :class:`~desktop.core.errors.UnsupportedModelError`); gives ``unsupported``.
        gpu_offload: the engine offloads to an NVIDIA GPU, so fitting its free memory counts.
        threads: engine threads (default: physical cores).
        measured_tokens_per_s: this file's measured decode speed here, when it has run
            (``History.measured_tokens_per_s``); shown and judged instead of the forecast.
        use_mmap: the load mode (default: what the engine picks, :func:`use_mmap_here`).
    """
    mapped = use_mmap_here(shape, hardware) if use_mmap is None else use_mmap
    extra = repacked_bytes(shape, hardware) if mapped and not gpu_offload else 0
    estimate = estimate_memory(shape, context_length, mapped_repack_bytes=extra)
    need = estimate.need_bytes
    tps = forecast_tokens_per_s(shape, hardware, threads=threads)
    wps = speed.words_per_s(tps)
    figure = speed.speed_figure(tps, measured_tokens_per_s)
    speed_text = figure.sentence
    max_ctx = max_context_runs_well(shape, hardware)
    total, free = hardware.ram_total_bytes, hardware.ram_available_bytes
    needs = _("Needs about {size}").format(size=format_bytes(need))
    badge: Badge
    if engine_problem or hardware_problem(hardware):
        badge = "unsupported"
        reason = engine_problem or hardware_problem(hardware)
    elif gpu_offload and (gpu := _gpu_fits(need, hardware)):
        badge = "runs_well"
        reason = _("{needs}; it fits in the memory of the graphics card ({gpu}).").format(
            needs=needs, gpu=gpu
        )
    elif need > total - reserve_bytes(hardware):
        badge = "too_big"
        reason = _(
            "{needs}; this computer has {size} of memory in total, and about {size2} must "
            "stay free for the system."
        ).format(needs=needs, size=format_bytes(total), size2=format_bytes(reserve_bytes(hardware)))
    elif not downloaded and (
        shape.file_size_bytes
        + max(DISK_MARGIN_MIN_BYTES, int(DISK_MARGIN_SHARE * shape.file_size_bytes))
        > hardware.disk_free_bytes
    ):
        badge = "no_disk"
        reason = _("The download is {size}; only {size2} of disk space is free.").format(
            size=format_bytes(shape.file_size_bytes), size2=format_bytes(hardware.disk_free_bytes)
        )
    elif _runs_well(need, hardware) and figure.slow:
        badge = "slow"
        reason = _("{needs}, which fits ({size} free), but it {lower_first}").format(
            needs=needs, size=format_bytes(free), lower_first=_lower_first(figure.sentence)
        )
    elif _runs_well(need, hardware):
        badge = "runs_well"
        reason = _("{needs}; this computer has {size} free.").format(
            needs=needs, size=format_bytes(free)
        )
    else:
        badge = "tight"
        reason = _(
            "{needs}; only {size} is free right now (of {size2}). Close other apps first."
        ).format(needs=needs, size=format_bytes(free), size2=format_bytes(total))
        if figure.slow:
            reason += _(" It would also be slow: {speed_clause}.").format(
                speed_clause=_speed_clause(figure)
            )
    if badge == "unsupported":  # it will not run at all: no speed, no context to offer
        tps = wps = 0.0
        max_ctx = None
        speed_text = ""
        figure = speed.SpeedFigure(0.0)
    return FitResult(
        badge=badge,
        label=translate(LABELS[badge]),
        reason=reason,
        tokens_per_s_estimate=tps,
        words_per_s_estimate=wps,
        max_context_runs_well=max_ctx,
        estimate=estimate,
        speed_text=speed_text,
        measured_tokens_per_s=measured_tokens_per_s or None,
        speed_short=figure.short,
        words_per_s=figure.words_per_s,
    )


def _lower_first(sentence: str) -> str:
    """ "Writes about 2 words a second (...)." -> "writes about 2 words a second (...)."

    English only: other languages keep the sentence whole (their template ends in ":").
    """
    if current_language() != "en":
        return sentence
    if sentence.startswith("Measured here: "):
        return _("was measured here at ") + sentence[len("Measured here: "):]
    return sentence[:1].lower() + sentence[1:]


def _speed_clause(figure: speed.SpeedFigure) -> str:
    """ "about 2 words a second" (no feeling, no full stop) for a longer sentence."""
    words = speed.short_speed(figure.words_per_s, measured=figure.measured)
    if current_language() != "en":
        return words
    return words.replace("words/s", "words a second").replace("word/s", "word a second")


def hardware_problem(hardware: HardwareInfo) -> str:
    """A plain sentence when the engine cannot run on this computer at all, else ``""``."""
    if hardware.cpu_arch == "other":
        return _("This kind of processor is not supported by the model engine.")
    return hardware.engine_cpu_problem


def _quality_rank(quantization: str | None) -> float:
    return speed.bits_per_weight(quantization)


def recommend_variant(
    shapes: Sequence[ModelShape],
    hardware: HardwareInfo,
    *,
    context_length: int | None = None,
    downloaded: bool = False,
) -> tuple[int, str] | None:
    """Pick the file (quantization) to suggest among the files of one model.

    The best quality (most bits per weight) that runs well; when none does, the smallest that
    runs at all. ``None`` when no file can run here.

    Returns:
        ``(index into shapes, reason)``, e.g. ``(2, "Q4_K_M: best quality that fits
        comfortably")``.
    """
    results = [
        assess_fit(s, hardware, context_length=context_length, downloaded=downloaded)
        for s in shapes
    ]
    good = [i for i, r in enumerate(results) if r.badge == "runs_well"]
    if good:
        best = max(good, key=lambda i: (_quality_rank(shapes[i].quantization), -i))
        name = shapes[best].quantization or _("This file")
        if len(good) == len(shapes):
            why = _("best quality; every size fits comfortably")
        else:
            why = _("best quality that fits comfortably")
        return best, f"{name}: {why}"
    slow = [i for i, r in enumerate(results) if r.badge == "slow"]
    if slow:
        fast = max(slow, key=lambda i: (results[i].words_per_s, -i))
        name = shapes[fast].quantization or _("This file")
        return fast, _("{name}: the fastest; it fits but writes slowly here").format(name=name)
    tight = [i for i, r in enumerate(results) if r.badge == "tight"]
    if tight:
        small = min(tight, key=lambda i: (shapes[i].weights_bytes, i))
        name = shapes[small].quantization or _("This file")
        return small, _("{name}: the smallest; it runs if you close other apps").format(name=name)
    return None


def with_context(shape: ModelShape, native_context: int) -> ModelShape:
    """A copy of ``shape`` with another native context (handy for tests and the UI)."""
    return replace(shape, native_context=native_context)

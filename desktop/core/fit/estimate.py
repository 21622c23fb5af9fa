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
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.fit.shape import (
    DEFAULT_CONTEXT,
    MAX_NATIVE_CONTEXT,
    MIN_CONTEXT,
    ModelShape,
    default_context,
)
from desktop.core.machine.hardware import HardwareInfo

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


def _pad(n: int, to: int = CTX_PAD) -> int:
    return max(to, math.ceil(n / to) * to)


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


def runs_well(need: int, hardware: HardwareInfo) -> bool:
    """Whether a runner needing ``need`` bytes runs well: within the share of free memory."""
    return need <= RUNS_WELL_SHARE * hardware.ram_available_bytes


def max_context_runs_well(shape: ModelShape, hardware: HardwareInfo) -> int | None:
    """The largest context (a multiple of 256, up to the model's own) that still runs well.

    Returns:
        ``None`` when even the smallest context does not run well.
    """
    top = min(shape.native_context or DEFAULT_CONTEXT, MAX_NATIVE_CONTEXT)
    if not runs_well(estimate_memory(shape, min(MIN_CONTEXT, top)).need_bytes, hardware):
        return None
    if runs_well(estimate_memory(shape, top).need_bytes, hardware):
        return top
    lo, hi = 1, max(1, top // CTX_PAD)
    while lo < hi:  # largest k with k*256 running well
        mid = (lo + hi + 1) // 2
        if runs_well(estimate_memory(shape, mid * CTX_PAD).need_bytes, hardware):
            lo = mid
        else:
            hi = mid - 1
    return lo * CTX_PAD

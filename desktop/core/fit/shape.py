"""The numbers of a model file that decide its memory and speed (:class:`ModelShape`), read
from a GGUF or GGML header or given by the catalog, and the context a model is run at.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, Protocol

from desktop.core.fit import speed

#: Bytes per cached key or value number (llama.cpp's default f16 cache).
KV_BYTES = 2


#: The engine's context when none is chosen (same rule as desktop.engine.backend).
DEFAULT_CONTEXT = 4096
MIN_CONTEXT = 256
#: The longest context a model file is taken at its word for (the longest real ones claim
#: about 10 million tokens). A header claiming more (2^31 - 1 was seen) is capped here by
#: the fit estimate and by the engine, which otherwise allocates memory in proportion to
#: the claimed context (8.6 GB and 30 s for a 60 MB model).
MAX_NATIVE_CONTEXT = 1 << 24


#: Architectures whose layers alternate local (sliding-window) and global attention in
#: llama.cpp: a pattern ``p`` means ``p - 1`` of every ``p`` layers use the window.
SWA_PATTERNS: Mapping[str, int] = {
    "gemma2": 2,
    "gemma3": 6,
    "gemma3n": 5,
    "cohere2": 4,
    "gpt-oss": 2,
}


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


def with_context(shape: ModelShape, native_context: int) -> ModelShape:
    """A copy of ``shape`` with another native context (handy for tests and the UI)."""
    return replace(shape, native_context=native_context)

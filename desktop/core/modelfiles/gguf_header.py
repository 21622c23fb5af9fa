"""A parsed GGUF header (:class:`GGUFHeader`, :class:`TensorInfo`): metadata, the model's
numbers, its tensors, and the quantization label they add up to.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import gguf as _gguf


@dataclass(frozen=True)
class TensorInfo:
    """One tensor described in the header.

    Attributes:
        name: tensor name, e.g. ``blk.0.attn_q.weight``.
        shape: dimensions in ggml order (fastest-varying first).
        ggml_type: ggml type number (``gguf.GGMLQuantizationType``).
        offset: where its data starts, relative to :attr:`GGUFHeader.data_offset`.
        nbytes: size of its data.
    """

    name: str
    shape: tuple[int, ...]
    ggml_type: int
    offset: int
    nbytes: int

    @property
    def n_elements(self) -> int:
        """Number of values in the tensor."""
        n = 1
        for d in self.shape:
            n *= d
        return n

    @property
    def type_name(self) -> str:
        """The ggml type's name, e.g. ``Q4_K`` (``TYPE_<n>`` for types this build lacks)."""
        try:
            return _gguf.GGMLQuantizationType(self.ggml_type).name
        except ValueError:
            return f"TYPE_{self.ggml_type}"


@dataclass(frozen=True)
class GGUFHeader:
    """The parsed header of a GGUF file.

    Attributes:
        version: GGUF version (2 or 3).
        metadata: every key-value pair; arrays are tuples, strings are ``str``.
        tensors: the tensor infos in file order.
        data_offset: where the tensor data starts (after alignment padding).
        file_size: total file size when the source knows it.
        alignment: data alignment (``general.alignment``, default 32).
    """

    version: int
    metadata: Mapping[str, Any]
    tensors: tuple[TensorInfo, ...]
    data_offset: int
    file_size: int | None
    alignment: int = 32

    # -- generic access --------------------------------------------------------------

    def get(self, key: str, default: Any = None) -> Any:
        """The metadata value for ``key``, or ``default``."""
        return self.metadata.get(key, default)

    def _arch_int(self, suffix: str) -> int | None:
        value = self.metadata.get(f"{self.architecture}.{suffix}")
        return _as_int(value)

    # -- convenience properties --------------------------------------------------------

    @property
    def architecture(self) -> str:
        """``general.architecture`` (e.g. ``llama``), or ``""`` when missing."""
        value = self.metadata.get("general.architecture")
        return value if isinstance(value, str) else ""

    @property
    def name(self) -> str | None:
        """``general.name``."""
        value = self.metadata.get("general.name")
        return value if isinstance(value, str) else None

    @property
    def context_length(self) -> int | None:
        """The model's native (training) context length."""
        return self._arch_int("context_length")

    @property
    def block_count(self) -> int | None:
        """Number of transformer blocks (layers)."""
        return self._arch_int("block_count")

    @property
    def embedding_length(self) -> int | None:
        """Model width."""
        return self._arch_int("embedding_length")

    @property
    def head_count(self) -> int | None:
        """Attention heads (the largest, when the file lists one per layer)."""
        return self._arch_int("attention.head_count")

    @property
    def head_count_kv(self) -> int | None:
        """Key/value heads; equals :attr:`head_count` when the file does not say."""
        value = self._arch_int("attention.head_count_kv")
        return value if value is not None else self.head_count

    @property
    def key_length(self) -> int | None:
        """Size of one key head; defaults to width / heads."""
        value = self._arch_int("attention.key_length")
        if value is None and self.embedding_length and self.head_count:
            value = self.embedding_length // self.head_count
        return value

    @property
    def value_length(self) -> int | None:
        """Size of one value head; defaults to width / heads."""
        value = self._arch_int("attention.value_length")
        if value is None and self.embedding_length and self.head_count:
            value = self.embedding_length // self.head_count
        return value

    @property
    def vocab_size(self) -> int | None:
        """Vocabulary size (``{arch}.vocab_size`` or the tokenizer's token count)."""
        value = self._arch_int("vocab_size")
        if value is None:
            tokens = self.metadata.get("tokenizer.ggml.tokens")
            if isinstance(tokens, tuple):
                value = len(tokens)
        return value

    @property
    def sliding_window(self) -> int | None:
        """Sliding-window attention size, for models that have local-attention layers."""
        value = self._arch_int("attention.sliding_window")
        return value if value else None

    @property
    def chat_template(self) -> str | None:
        """The model's own chat template (``tokenizer.chat_template``)."""
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) and value else None

    @property
    def file_type(self) -> int | None:
        """``general.file_type`` (a ``gguf.LlamaFileType`` number)."""
        return _as_int(self.metadata.get("general.file_type"))

    @property
    def quantization(self) -> str | None:
        """A short label such as ``Q4_K_M`` or ``F16`` (see :func:`quantization_label`)."""
        return quantization_label(self.file_type, self.tensors)

    @property
    def weights_bytes(self) -> int:
        """Total size of the tensor data."""
        return sum(t.nbytes for t in self.tensors)

    @property
    def parameter_count(self) -> int:
        """Total number of weights."""
        return sum(t.n_elements for t in self.tensors)


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, tuple) and value and all(isinstance(v, int) for v in value):
        return int(max(value))  # per-layer values (e.g. head counts): the largest
    return None


def quantization_label(file_type: int | None, tensors: tuple[TensorInfo, ...] = ()) -> str | None:
    """A short quantization label for people (``Q4_K_M``, ``Q8_0``, ``F16``...).

    Uses ``general.file_type`` through ``gguf.LlamaFileType`` names where possible, else the
    type holding most bytes among the 2-D (matrix) tensors.

    Args:
        file_type: ``general.file_type`` or None.
        tensors: the tensor infos, for the fallback.

    Returns:
        The label, or None when neither source says anything.
    """
    if file_type is not None:
        try:
            name = _gguf.LlamaFileType(file_type & ~1024).name  # 1024: the "guessed" flag
        except ValueError:
            name = ""
        for prefix in ("MOSTLY_", "ALL_"):
            if name.startswith(prefix):
                return name[len(prefix) :]
        if name:
            return name
    by_type: dict[str, int] = {}
    for t in tensors:
        if len(t.shape) >= 2:
            by_type[t.type_name] = by_type.get(t.type_name, 0) + t.nbytes
    if not by_type:
        return None
    return max(by_type.items(), key=lambda kv: kv[1])[0]


def iter_metadata_summary(header: GGUFHeader, *, max_items: int = 8) -> Iterator[tuple[str, str]]:
    """Yield (key, short text) pairs for showing metadata; long arrays are summarised.

    Args:
        header: the parsed header.
        max_items: array items shown before "... (N items)".
    """
    for key, value in header.metadata.items():
        if isinstance(value, tuple):
            shown = ", ".join(repr(v) for v in value[:max_items])
            more = f", ... ({len(value)} items)" if len(value) > max_items else ""
            yield key, f"[{shown}{more}]"
        else:
            text = repr(value)
            yield key, text if len(text) <= 200 else text[:197] + "..."

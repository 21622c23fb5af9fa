"""Read the header of a legacy GGML ``.bin`` model file and tell which model type it is.

Before GGUF, each ggml example program (gpt-2, gpt-j, gpt-neox, mpt, replit, starcoder, llama,
falcon) wrote its own layout behind the magic ``ggml`` (or ``ggmf``/``ggjt`` for llama and
``ggcc`` for ggllm.cpp's falcon): a fixed list of hyperparameters, the vocabulary, then tensor
records ``(n_dims, name_len, type, dims..., name, data)``. The files do not say which model they
hold, so ctransformers needs a ``model_type``. We infer it from the file itself: each known layout
is tried in turn (hyperparameters must be plausible, the vocabulary must parse, and the first
tensor's name must be one that layout uses), plus a few vocabulary tell-tales (starcoder's
``<fim_prefix>``, dolly-v2's ``### End``). ``model_type`` is None when no layout fits.

Like the GGUF reader, everything is bounded (vocabulary size, token length, header size) and
bad input raises :class:`~desktop.core.errors.ModelFileError`, never anything else.
"""

from __future__ import annotations

import math
import os
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import gguf as _gguf

from desktop.core.errors import ModelFileError
from desktop.core.i18n import _
from desktop.core.modelfiles.byte_source import ByteSource, FileSource
from desktop.core.modelfiles.gguf import _Cursor, _label_of, _require_not_empty, _tensor_nbytes

__all__ = ["GGML_MAGICS", "MODEL_TYPES", "GGMLHeader", "read_ggml_header"]

#: little-endian uint32 magic -> name
GGML_MAGICS: dict[int, str] = {
    0x67676D6C: "ggml",
    0x67676D66: "ggmf",
    0x67676A74: "ggjt",
    0x67676363: "ggcc",
}
#: the ctransformers model types this reader can recognise
MODEL_TYPES = (
    "gpt2", "starcoder", "gptj", "gpt_neox", "dolly-v2", "mpt", "replit", "llama", "falcon",
)  # fmt: skip

MAX_VOCAB = 1 << 21
MAX_TOKEN_LENGTH = 1 << 16
MAX_HEADER_BYTES = 64 * 1024 * 1024
_QNT_VERSION_FACTOR = 1000
_DEFAULT_CTX = 2048  # llama-1 and falcon files do not store it; both were trained at 2048


@dataclass(frozen=True)
class GGMLHeader:
    """The parsed header of a legacy GGML file.

    Attributes:
        magic: ``"ggml"``, ``"ggmf"``, ``"ggjt"`` or ``"ggcc"``.
        version: container version (None for plain ``ggml``, which has none).
        model_type: the ctransformers model type, or None when the layout is not recognised.
        hparams: the hyperparameters as stored, by name.
        n_vocab, n_ctx, n_embd, n_head, n_layer: the usual numbers (0 when unknown; ``n_ctx``
            is 2048 for layouts that do not store it).
        ftype: weight type code (quantization version factor removed).
        file_size: file size in bytes, when known.
        n_head_kv: key/value heads (falcon and MQA layouts; else ``n_head``).
        first_tensor: the first tensor's name ("" when unknown).
        vocab_end: offset where the first tensor record starts (the header size).
    """

    magic: str
    version: int | None
    model_type: str | None
    hparams: Mapping[str, int | float]
    n_vocab: int
    n_ctx: int
    n_embd: int
    n_head: int
    n_layer: int
    ftype: int
    file_size: int | None
    n_head_kv: int = 0
    first_tensor: str = ""
    vocab_end: int = 0

    @property
    def quantization(self) -> str | None:
        """A label for :attr:`ftype` (``F32``, ``F16``, ``Q4_0``...), None when unknown."""
        return _FTYPE_NAMES.get(self.ftype)


_FTYPE_NAMES = {0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 4: "Q4_1_F16", 5: "Q4_2", 6: "Q4_3",
                7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M",
                13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S", 17: "Q5_K_M",
                18: "Q6_K"}  # fmt: skip


@dataclass(frozen=True)
class _Layout:
    model_type: str
    fields: str  # struct codes after the magic/version: i int32, f float32
    names: tuple[str, ...]
    vocab_count: bool  # an int32 count precedes the vocabulary
    scores: bool  # each token is followed by a float32 score
    first_tensor: Callable[[str], bool]
    merges: bool = False  # ggcc: BPE merges follow the vocabulary


_GPT2_NAMES = ("n_vocab", "n_ctx", "n_embd", "n_head", "n_layer", "ftype")
_LLAMA_NAMES = ("n_vocab", "n_embd", "n_mult", "n_head", "n_layer", "n_rot", "ftype")
_FALCON_NAMES = ("n_vocab", "n_embd", "n_head", "n_head_kv", "n_layer", "n_falcon_type", "ftype")


def _starts(*prefixes: str) -> Callable[[str], bool]:
    return lambda name: name.startswith(prefixes)


_GGML_LAYOUTS = (
    _Layout("gpt2", "6i", _GPT2_NAMES, True, False, _starts("model/")),
    _Layout(
        "gptj", "7i", ("n_vocab", "n_ctx", "n_embd", "n_head", "n_layer", "n_rot", "ftype"),
        True, False, _starts("transformer.wte.", "transformer.h.", "transformer.ln_f.", "lm_head."),
    ),
    _Layout(
        "gpt_neox", "8i",
        ("n_vocab", "n_ctx", "n_embd", "n_head", "n_layer", "n_rot", "par_res", "ftype"),
        False, False, _starts("gpt_neox.", "embed_out."),
    ),
    _Layout(
        "mpt", "5i2fi",
        ("d_model", "max_seq_len", "n_heads", "n_layers", "n_vocab", "alibi_bias_max", "clip_qkv",
         "ftype"),
        False, False, _starts("transformer.wte.", "transformer.blocks.", "transformer.norm_f."),
    ),
    _Layout(
        "replit", "6i", ("d_model", "max_seq_len", "n_heads", "n_layers", "n_vocab", "ftype"),
        False, True, _starts("transformer.wte.", "transformer.blocks.", "transformer.norm_f."),
    ),
    _Layout("llama", "7i", _LLAMA_NAMES, False, False, _starts("tok_embeddings.", "layers.",
                                                                "norm.", "output.")),
)  # fmt: skip
_SCORED_LAYOUTS = (
    _Layout("llama", "7i", _LLAMA_NAMES, False, True,
            _starts("tok_embeddings.", "layers.", "norm.", "output.")),
    _Layout("falcon", "7i", _FALCON_NAMES, False, True,
            _starts("transformer.word_embeddings.", "transformer.h.", "lm_head.")),
)  # fmt: skip
_GGCC_LAYOUT = _Layout(
    "falcon", "8i", (*_FALCON_NAMES, "n_bpe_merges"), False, True,
    _starts("transformer.word_embeddings.", "transformer.h.", "lm_head."), merges=True,
)  # fmt: skip


class _NoMatch(Exception):
    """This layout does not fit the file."""


def _plausible(hp: dict[str, int | float], layout: _Layout) -> bool:
    ints = {k: v for k, v in hp.items() if isinstance(v, int)}
    n_vocab = ints.get("n_vocab", 0)
    n_embd = ints.get("n_embd", ints.get("d_model", 0))
    n_head = ints.get("n_head", ints.get("n_heads", 0))
    n_layer = ints.get("n_layer", ints.get("n_layers", 0))
    n_ctx = ints.get("n_ctx", ints.get("max_seq_len", _DEFAULT_CTX))
    ftype = ints.get("ftype", -1)
    if not (0 < n_vocab <= MAX_VOCAB and 0 < n_embd <= 1 << 17 and 0 < n_head <= 1 << 12):
        return False
    if not (0 < n_layer <= 1 << 12 and 0 < n_ctx <= 1 << 24):
        return False
    if not (0 <= ftype < 20 * _QNT_VERSION_FACTOR and ftype % _QNT_VERSION_FACTOR < 64):
        return False
    if layout.model_type == "mpt":
        alibi = hp["alibi_bias_max"]
        clip = hp["clip_qkv"]
        if not (math.isfinite(alibi) and math.isfinite(clip)):
            return False
        if not (alibi == 0 or 1e-3 <= alibi <= 1e4) or not (clip == 0 or 1e-3 <= clip <= 1e4):
            return False
    if layout.model_type == "falcon":
        kv = ints.get("n_head_kv", 0)
        if not 0 < kv <= n_head:
            return False
    return all(v >= 0 for v in ints.values())


def _try_layout(
    cur: _Cursor, start: int, layout: _Layout
) -> tuple[dict[str, int | float], list[bytes], str, int]:
    """Parse hparams, vocabulary and the first tensor name; raise _NoMatch if they do not fit."""
    cur.seek(start)
    values = struct.unpack("<" + layout.fields, cur.take(struct.calcsize("<" + layout.fields)))
    hp: dict[str, int | float] = dict(zip(layout.names, values, strict=True))
    if not _plausible(hp, layout):
        raise _NoMatch("implausible hyperparameters")
    n_vocab = int(hp["n_vocab"])
    if layout.vocab_count and struct.unpack("<i", cur.take(4))[0] != n_vocab:
        raise _NoMatch("vocabulary count differs")
    # no up-front size check here: a file cut inside its vocabulary must read as "incomplete"
    vocab: list[bytes] = []
    for _i in range(n_vocab):
        length = cur.u32()
        if length > MAX_TOKEN_LENGTH:
            raise _NoMatch("token too long")
        vocab.append(cur.take(length))
        if layout.scores:
            cur.take(4)
    if layout.merges:
        n_merges = struct.unpack("<i", cur.take(4))[0]
        if not 0 <= n_merges <= 4 * MAX_VOCAB:
            raise _NoMatch("implausible merge count")
        for _i in range(n_merges * 2):
            length = cur.u32()
            if length > MAX_TOKEN_LENGTH:
                raise _NoMatch("merge too long")
            cur.take(length)
    vocab_end = cur.pos
    n_dims, name_len, ttype = struct.unpack("<3i", cur.take(12))
    if not (1 <= n_dims <= 4 and 1 <= name_len <= 512 and 0 <= ttype < 64):
        raise _NoMatch("bad tensor record")
    cur.take(4 * n_dims)
    raw_name = cur.take(name_len)
    try:
        name = raw_name.decode("ascii")
    except UnicodeDecodeError as exc:
        raise _NoMatch("tensor name not text") from exc
    if not name.isprintable() or not layout.first_tensor(name):
        raise _NoMatch(f"first tensor {name!r} does not fit")
    return hp, vocab, name, vocab_end


def _refine(model_type: str, vocab: list[bytes]) -> str:
    """Tell apart layouts that share one file format by their vocabularies."""
    tokens = set(vocab[-512:]) | set(vocab[:512])
    if model_type == "gpt2" and tokens & {b"<fim_prefix>", b"<fim-prefix>", b"<filename>"}:
        return "starcoder"
    if model_type == "gpt_neox" and b"### End" in tokens:
        return "dolly-v2"
    return model_type


def read_ggml_header(source: ByteSource | str | os.PathLike[str]) -> GGMLHeader:
    """Read a legacy GGML header and infer the ctransformers model type.

    Args:
        source: a local path or a :class:`~desktop.core.modelfiles.byte_source.ByteSource`.

    Returns:
        The header; ``model_type`` is None when the layout is not one we know.

    Raises:
        ModelFileError: missing, empty, truncated, or not a GGML file at all.
    """
    if isinstance(source, str | os.PathLike):
        with FileSource(source) as file_source:
            return _parse(file_source)
    return _parse(source)


def _parse(source: ByteSource) -> GGMLHeader:
    label = _label_of(source)
    cur = _Cursor(source, label, MAX_HEADER_BYTES)
    _require_not_empty(cur, label)
    try:
        magic_value = struct.unpack("<I", cur.take(4))[0]
    except ModelFileError:
        magic_value = -1
    magic = GGML_MAGICS.get(magic_value)
    if magic is None:
        raise ModelFileError(
            _("The file “{label}” is not a GGML model file.").format(label=label),
            hint=_("Pick a model file (.gguf, or an older GGML .bin)."),
            detail=f"magic {magic_value:#x}",
        )
    version: int | None = None
    if magic != "ggml":
        version = cur.u32()
    if magic == "ggml":
        layouts: tuple[_Layout, ...] = _GGML_LAYOUTS
    elif magic == "ggcc":
        layouts = (_GGCC_LAYOUT,)
    else:
        layouts = _SCORED_LAYOUTS
    start = cur.pos

    truncated: ModelFileError | None = None
    for layout in layouts:
        try:
            hp, vocab, first, vocab_end = _try_layout(cur, start, layout)
        except _NoMatch:
            continue
        except ModelFileError as exc:
            # a plausible layout that ran out of bytes: remember, in case nothing else fits
            if truncated is None and "incomplete" in exc.message:
                truncated = exc
            continue
        if cur.size is not None:
            _check_weights_fit(source, label, magic, version, hp, vocab_end, cur.size)
        return _header(magic, version, _refine(layout.model_type, vocab), hp, cur.size, first,
                       vocab_end)  # fmt: skip
    if truncated is not None:
        raise truncated
    return GGMLHeader(
        magic=magic, version=version, model_type=None, hparams=MappingProxyType({}), n_vocab=0,
        n_ctx=0, n_embd=0, n_head=0, n_layer=0, ftype=-1, file_size=cur.size,
    )  # fmt: skip


#: Most tensor records walked when checking that a file is complete.
_MAX_TENSORS = 1 << 16
#: ggml types whose size never changed across the legacy quantization versions.
_STABLE_TYPES = frozenset({0, 1})  # F32, F16


def _record_at(source: ByteSource, pos: int) -> tuple[tuple[int, ...], int, str, int] | None:
    """The tensor record at ``pos`` as ``(shape, type, name, record size)``; None when the
    bytes there are not a whole, plausible record."""
    head = source.read(pos, 12)
    if len(head) < 12:
        return None
    n_dims, name_len, ttype = struct.unpack("<3i", head)
    if not (1 <= n_dims <= 4 and 1 <= name_len <= 512 and 0 <= ttype < 64):
        return None
    rest = source.read(pos + 12, 4 * n_dims + name_len)
    if len(rest) < 4 * n_dims + name_len:
        return None
    shape = struct.unpack(f"<{n_dims}i", rest[: 4 * n_dims])
    raw_name = rest[4 * n_dims :]
    if any(d <= 0 for d in shape) or not (raw_name.isascii() and raw_name.decode().isprintable()):
        return None
    return tuple(shape), ttype, raw_name.decode(), 12 + 4 * n_dims + name_len


def _data_sizes(shape: tuple[int, ...], ttype: int, current_quants: bool) -> list[int]:
    """Possible data sizes of a tensor, smallest first. Quantized types of older files may
    use the earlier block layouts (f32 instead of f16 scales: 2 or 4 more bytes a block)."""
    nbytes = _tensor_nbytes(shape, ttype)
    if nbytes is None:
        return []
    if ttype in _STABLE_TYPES or current_quants:
        return [nbytes]
    block, type_size = _gguf.GGML_QUANT_SIZES[_gguf.GGMLQuantizationType(ttype)]
    blocks = nbytes // type_size
    return [blocks * (type_size + extra) for extra in (0, 2, 4)]


def _check_weights_fit(
    source: ByteSource,
    label: str,
    magic: str,
    version: int | None,
    hp: Mapping[str, int | float],
    vocab_end: int,
    size: int,
) -> None:
    """Walk the tensor records after the header; refuse a file whose weights are cut off.

    Each record's data size follows from its shape and type. For quantized tensors of
    files older than the current layout the size is one of a few candidates, and the one
    that lands on the next record (or exactly on the end of the file) is followed. When
    nothing can be told for certain the walk ends without a verdict, so an old but whole
    file is never called incomplete.

    Raises:
        ModelFileError: a tensor record or its data runs past the end of the file.
    """
    ftype = hp.get("ftype", 0)
    qnt_version = int(ftype) // _QNT_VERSION_FACTOR if isinstance(ftype, int) else 0
    current_quants = qnt_version >= 2 or (magic == "ggjt" and (version or 0) >= 3)
    align = 32 if magic in ("ggjt", "ggcc") else 0
    pos = vocab_end
    for _i in range(_MAX_TENSORS):
        if pos == size:
            return
        record = _record_at(source, pos)
        if record is None:
            if size - pos < 12 + 4 + 1 or len(source.read(pos, 16)) < 16:
                raise _cut_off(label, f"tensor record at {pos} cut off; file size {size}")
            return  # not a record we can follow: no verdict
        shape, ttype, name, record_size = record
        start = pos + record_size
        if align:
            start += (-start) % align
        candidates = _data_sizes(shape, ttype, current_quants)
        if not candidates:
            return
        if start + candidates[0] > size:
            raise _cut_off(label, f"tensor {name!r} needs {start + candidates[0]} bytes, "
                                  f"file has {size}")  # fmt: skip
        if len(candidates) == 1:  # certain size: the next turn checks what follows
            pos = start + candidates[0]
            continue
        inside = [n for n in candidates if start + n <= size]
        fits = [n for n in inside
                if start + n == size or _record_at(source, start + n) is not None]
        if not fits:
            if len(inside) < len(candidates):  # the sizes that fit the file are wrong
                raise _cut_off(label, f"tensor {name!r} runs past the end ({size} bytes)")
            return
        pos = start + fits[0]


def _cut_off(label: str, detail: str) -> ModelFileError:
    return ModelFileError(
        _("The model file “{label}” is incomplete: its weights are cut off.").format(label=label),
        hint=_("It was probably not downloaded or copied completely. Download it again."),
        detail=detail,
    )


def _header(
    magic: str,
    version: int | None,
    model_type: str,
    hp: dict[str, int | float],
    file_size: int | None,
    first: str,
    vocab_end: int,
) -> GGMLHeader:
    def geti(*keys: str, default: int = 0) -> int:
        for key in keys:
            value = hp.get(key)
            if isinstance(value, int):
                return value
        return default

    n_head = geti("n_head", "n_heads")
    return GGMLHeader(
        magic=magic,
        version=version,
        model_type=model_type,
        hparams=MappingProxyType(dict(hp)),
        n_vocab=geti("n_vocab"),
        n_ctx=geti("n_ctx", "max_seq_len", default=_DEFAULT_CTX),
        n_embd=geti("n_embd", "d_model"),
        n_head=n_head,
        n_layer=geti("n_layer", "n_layers"),
        ftype=geti("ftype") % _QNT_VERSION_FACTOR,
        file_size=file_size,
        n_head_kv=geti("n_head_kv", default=n_head),
        first_tensor=first,
        vocab_end=vocab_end,
    )


def ggml_type_name(ggml_type: int) -> str:
    """The name of a ggml tensor type number (``TYPE_<n>`` when unknown)."""
    try:
        return _gguf.GGMLQuantizationType(ggml_type).name
    except ValueError:
        return f"TYPE_{ggml_type}"

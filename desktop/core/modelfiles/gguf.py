"""Read the header of a GGUF model file (metadata and tensor list) safely and cheaply.

The header is read incrementally through a :class:`ByteSource`, a small "read these bytes at
this offset" interface, so the same code reads a local file (:class:`FileSource`) and a file on
the Hub through HTTP Range requests (``desktop.core.hub.remote_header``): only the header is
fetched, in chunks that start at 256 KiB and double up to 4 MiB, never the weights.

The reader is defensive: every count and length is checked against hard limits before anything
is allocated, the whole header may not exceed :data:`MAX_HEADER_BYTES`, and any malformed input
(wrong magic, truncation, unknown value type, absurd sizes) raises
:class:`~desktop.core.errors.ModelFileError` with a plain-language message. It never hangs,
allocates gigabytes or crashes.

Format reference: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md (versions 2 and 3:
counts and lengths are 64-bit; version 1 used 32-bit ones and is long obsolete). Tensor sizes
come from the ``gguf`` package's ``GGML_QUANT_SIZES`` table, which tracks ggml.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from types import MappingProxyType
from typing import Any

import gguf as _gguf

from desktop.core.errors import ModelFileError
from desktop.core.i18n import _
from desktop.core.modelfiles.byte_source import ByteSource, FileSource
from desktop.core.modelfiles.gguf_header import GGUFHeader, TensorInfo

__all__ = ["GGUF_MAGIC", "MAX_HEADER_BYTES", "read_gguf_header"]

GGUF_MAGIC = b"GGUF"

#: The whole header (metadata + tensor infos) may not be larger than this.
MAX_HEADER_BYTES = 64 * 1024 * 1024
#: Most metadata keys a header may have (real files have fewer than a hundred).
MAX_METADATA_KEYS = 65_536
#: Most tensors a file may describe (large mixture-of-experts models have a few thousand).
MAX_TENSORS = 1_000_000
#: Longest key or tensor name.
MAX_NAME_LENGTH = 65_536
#: Longest string value (a chat template or an embedded tokenizer JSON).
MAX_STRING_LENGTH = 48 * 1024 * 1024
#: Deepest nesting of arrays inside arrays.
MAX_ARRAY_DEPTH = 3
#: Most dimensions of one tensor (ggml has 4).
MAX_DIMS = 8
#: Largest ``general.alignment``.
MAX_ALIGNMENT = 1 << 20

_FIRST_CHUNK = 256 * 1024
_MAX_CHUNK = 4 * 1024 * 1024
_DROP_AFTER = 1024 * 1024  # drop consumed bytes from the buffer once this many pile up

# GGUF metadata value types (gguf.GGUFValueType)
_UINT8, _INT8, _UINT16, _INT16, _UINT32, _INT32, _FLOAT32, _BOOL = range(8)
_STRING, _ARRAY, _UINT64, _INT64, _FLOAT64 = 8, 9, 10, 11, 12
_SCALARS: dict[int, tuple[str, int]] = {
    _UINT8: ("B", 1),
    _INT8: ("b", 1),
    _UINT16: ("H", 2),
    _INT16: ("h", 2),
    _UINT32: ("I", 4),
    _INT32: ("i", 4),
    _FLOAT32: ("f", 4),
    _BOOL: ("?", 1),
    _UINT64: ("Q", 8),
    _INT64: ("q", 8),
    _FLOAT64: ("d", 8),
}


# -- the reader ----------------------------------------------------------------------


class _Cursor:
    """Sequential reads over a ByteSource with bounded, growing chunked fetches."""

    def __init__(self, source: ByteSource, label: str, max_bytes: int) -> None:
        self.source = source
        self.label = label
        self.max_bytes = max_bytes
        self.size = source.size
        self.pos = 0
        self._buf = bytearray()
        self._buf_start = 0
        self._chunk = _FIRST_CHUNK
        self._eof = False
        self.endian = "<"

    def error(self, what: str, detail: str) -> ModelFileError:
        return _damaged(self.label, what, f"{detail} (at byte {self.pos})")

    def truncated(self, n: int) -> ModelFileError:
        return ModelFileError(
            _("The model file “{label}” is incomplete: it ends too early.").format(
                label=self.label
            ),
            hint=_("It was probably not downloaded or copied completely. Download it again."),
            detail=f"needed {n} bytes at offset {self.pos}; file size {self.size}",
        )

    def _fill(self, end: int) -> None:
        have_end = self._buf_start + len(self._buf)
        while have_end < end:
            if self._eof or (self.size is not None and end > self.size):
                raise self.truncated(end - self.pos)
            consumed = self.pos - self._buf_start
            if consumed > _DROP_AFTER:
                del self._buf[:consumed]
                self._buf_start = self.pos
            want = max(self._chunk, end - have_end)
            want = min(want, self.max_bytes - have_end)
            if self.size is not None:
                want = min(want, self.size - have_end)
            try:
                data = self.source.read(have_end, want)
            except OSError as exc:
                raise ModelFileError(
                    _("The model file “{label}” could not be read.").format(label=self.label),
                    hint=_("Check that the drive or network folder is still available."),
                    detail=str(exc),
                ) from exc
            if len(data) > want:
                data = data[:want]
            if len(data) < want:
                self._eof = True
            self._buf += data
            have_end += len(data)
            self._chunk = min(self._chunk * 2, _MAX_CHUNK)

    def seek(self, pos: int) -> None:
        """Move to ``pos``; the buffer is dropped when ``pos`` lies outside it."""
        if pos < self._buf_start or pos > self._buf_start + len(self._buf):
            self._buf = bytearray()
            self._buf_start = pos
            self._eof = False
        self.pos = pos

    def take(self, n: int) -> bytes:
        if n < 0:
            raise self.error("has a negative size", f"negative length {n}")
        end = self.pos + n
        if end > self.max_bytes:
            raise _damaged(
                self.label,
                "has a header that is far too large",
                f"header would exceed {self.max_bytes} bytes (needs {end})",
            )
        self._fill(end)
        start = self.pos - self._buf_start
        self.pos = end
        return bytes(self._buf[start : start + n])

    def room_for(self, count: int, item_size: int, what: str) -> None:
        """Refuse ``count`` items of at least ``item_size`` bytes that cannot fit the budget."""
        need = count * item_size
        if count < 0 or (self.size is not None and need > self.size - self.pos):
            raise self.error(
                "is damaged (an impossible size)",
                f"{what}: {count} items of >= {item_size} bytes; file size {self.size}",
            )
        if need > self.max_bytes - self.pos:
            raise _damaged(
                self.label,
                "has a header that is far too large",
                f"{what}: {count} items of >= {item_size} bytes exceed {self.max_bytes} bytes",
            )

    def unpack(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        return struct.unpack(self.endian + fmt, self.take(size))[0]

    def u32(self) -> int:
        value: int = self.unpack("I")
        return value

    def u64(self) -> int:
        value: int = self.unpack("Q")
        return value

    def string(self, limit: int, what: str) -> str:
        n = self.u64()
        if n > limit:
            raise self.error("is damaged (an impossibly long text)", f"{what} length {n}")
        return self.take(n).decode("utf-8", errors="replace")


def _damaged(label: str, what: str, detail: str) -> ModelFileError:
    return ModelFileError(
        _("The model file “{label}” {what}; it is not a usable GGUF model.").format(
            label=label, what=what
        ),
        hint=_("The file may be damaged. Download it again, or pick another file."),
        detail=detail,
    )


def _read_value(cur: _Cursor, vtype: int, depth: int = 0) -> Any:
    scalar = _SCALARS.get(vtype)
    if scalar is not None:
        return cur.unpack(scalar[0])
    if vtype == _STRING:
        return cur.string(MAX_STRING_LENGTH, "string value")
    if vtype == _ARRAY:
        if depth >= MAX_ARRAY_DEPTH:
            raise cur.error("is damaged (arrays nested too deeply)", f"depth {depth + 1}")
        item_type = cur.u32()
        count = cur.u64()
        item = _SCALARS.get(item_type)
        if item is not None:
            cur.room_for(count, item[1], "array")
            raw = cur.take(count * item[1])
            return struct.unpack(f"{cur.endian}{count}{item[0]}", raw)
        if item_type == _STRING:
            cur.room_for(count, 8, "string array")
            return tuple(cur.string(MAX_STRING_LENGTH, "string") for _ in range(count))
        if item_type == _ARRAY:
            cur.room_for(count, 12, "nested array")
            return tuple(_read_value(cur, _ARRAY, depth + 1) for _ in range(count))
        raise cur.error("is damaged (unknown kind of value)", f"array item type {item_type}")
    raise cur.error("is damaged (unknown kind of value)", f"value type {vtype}")


def _tensor_nbytes(shape: tuple[int, ...], ggml_type: int) -> int | None:
    try:
        block, type_size = _gguf.GGML_QUANT_SIZES[_gguf.GGMLQuantizationType(ggml_type)]
    except (ValueError, KeyError):
        return None
    n = 1
    for d in shape:
        n *= d
    if shape and shape[0] % block:
        return None
    return n // block * type_size


def _label_of(source: ByteSource) -> str:
    name = getattr(source, "name", None)
    if isinstance(name, str) and name:
        return Path(name).name
    return "model file"


def read_gguf_header(
    source: ByteSource | str | os.PathLike[str], *, max_header_bytes: int = MAX_HEADER_BYTES
) -> GGUFHeader:
    """Read and validate the header of a GGUF file.

    Args:
        source: a local path, or any :class:`ByteSource` (e.g. an HTTP Range source).
        max_header_bytes: refuse headers larger than this.

    Returns:
        The parsed header.

    Raises:
        ModelFileError: missing, truncated, not GGUF, or damaged. (Errors raised by a remote
            source itself, e.g. network errors, pass through unchanged.)
    """
    if isinstance(source, str | os.PathLike):
        with FileSource(source) as file_source:
            return _parse(file_source, max_header_bytes)
    return _parse(source, max_header_bytes)


def _require_not_empty(cur: _Cursor, label: str) -> None:
    """Refuse a zero-byte file in plain words (shared with the GGML reader)."""
    if cur.size == 0:
        raise ModelFileError(
            _("The model file “{label}” is empty (0 bytes).").format(label=label),
            hint=_("It was probably not downloaded or copied completely. Download it again."),
            detail="zero-byte file",
        )


def _parse(source: ByteSource, max_header_bytes: int) -> GGUFHeader:
    label = _label_of(source)
    cur = _Cursor(source, label, max_header_bytes)
    _require_not_empty(cur, label)
    try:
        magic = cur.take(4)
    except ModelFileError:
        magic = b""
    if magic != GGUF_MAGIC:
        raise ModelFileError(
            _("The file “{label}” is not a GGUF model file.").format(label=label),
            hint=_("Pick a file whose name ends in .gguf, downloaded from a model page."),
            detail=f"magic {magic!r}, expected {GGUF_MAGIC!r}",
        )
    raw_version = cur.take(4)
    version = struct.unpack("<I", raw_version)[0]
    if version not in (2, 3):
        big = struct.unpack(">I", raw_version)[0]
        if big in (2, 3):  # a big-endian GGUF file (made for s390x and similar)
            cur.endian = ">"
            version = big
        elif version == 1:
            raise ModelFileError(
                _("The model file “{label}” uses the first, long-retired GGUF version.").format(
                    label=label
                ),
                hint=_("Download a newer copy of this model."),
                detail="GGUF version 1",
            )
        else:
            raise _damaged(label, "has an unknown GGUF version", f"version {version}")

    n_tensors = cur.u64()
    n_kv = cur.u64()
    if n_tensors > MAX_TENSORS:
        raise cur.error("is damaged (an impossible number of tensors)", f"{n_tensors} tensors")
    if n_kv > MAX_METADATA_KEYS:
        raise cur.error("is damaged (an impossible number of settings)", f"{n_kv} metadata keys")
    cur.room_for(n_kv, 12, "metadata")
    cur.room_for(n_tensors, 24, "tensor infos")

    metadata: dict[str, Any] = {}
    for _i in range(n_kv):
        key = cur.string(MAX_NAME_LENGTH, "metadata key")
        vtype = cur.u32()
        metadata[key] = _read_value(cur, vtype)

    alignment = metadata.get("general.alignment", 32)
    if (
        not isinstance(alignment, int)
        or isinstance(alignment, bool)
        or alignment <= 0
        or alignment > MAX_ALIGNMENT
        or alignment & (alignment - 1)
    ):
        raise cur.error("is damaged (bad alignment)", f"general.alignment = {alignment!r}")

    raw_infos: list[tuple[str, tuple[int, ...], int, int]] = []
    for _i in range(n_tensors):
        name = cur.string(MAX_NAME_LENGTH, "tensor name")
        n_dims = cur.u32()
        if n_dims > MAX_DIMS:
            raise cur.error("is damaged (a tensor with too many dimensions)", f"{n_dims} dims")
        shape = tuple(cur.u64() for _ in range(n_dims))
        if any(d > 1 << 42 for d in shape):
            raise cur.error("is damaged (an impossible tensor size)", f"{name}: {shape}")
        ggml_type = cur.u32()
        offset = cur.u64()
        raw_infos.append((name, shape, ggml_type, offset))

    data_offset = -(-cur.pos // alignment) * alignment
    file_size = cur.size
    tensors = _tensor_infos(raw_infos, data_offset, file_size, cur)
    return GGUFHeader(
        version=version,
        metadata=MappingProxyType(metadata),
        tensors=tensors,
        data_offset=data_offset,
        file_size=file_size,
        alignment=alignment,
    )


def _tensor_infos(
    raw: list[tuple[str, tuple[int, ...], int, int]],
    data_offset: int,
    file_size: int | None,
    cur: _Cursor,
) -> tuple[TensorInfo, ...]:
    """Compute each tensor's byte size and check that the data fits in the file."""
    data_size = None if file_size is None else file_size - data_offset
    # for types this gguf package does not know, the size is the distance to the next tensor
    ends = sorted({off for _, _, _, off in raw})
    next_offset = {a: b for a, b in zip(ends, ends[1:], strict=False)}
    infos: list[TensorInfo] = []
    for name, shape, ggml_type, offset in raw:
        nbytes = _tensor_nbytes(shape, ggml_type)
        if nbytes is None:
            end = next_offset.get(offset, data_size)
            if end is None:
                raise cur.error(
                    "uses a kind of weights this app does not know",
                    f"tensor {name!r} has ggml type {ggml_type}",
                )
            nbytes = max(0, end - offset)
        if data_size is not None and offset + nbytes > data_size:
            raise ModelFileError(
                _("The model file “{label}” is incomplete: its weights are cut off.").format(
                    label=cur.label
                ),
                hint=_("It was probably not downloaded or copied completely. Download it again."),
                detail=(
                    f"tensor {name!r} ends at {data_offset + offset + nbytes}, "
                    f"file has {file_size} bytes"
                ),
            )
        infos.append(TensorInfo(name, shape, ggml_type, offset, nbytes))
    return tuple(infos)

"""GGUF header reader: real files, every value type, corrupt input, bounded remote reads."""

from __future__ import annotations

import math
import struct
from pathlib import Path
from typing import Any

import gguf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.errors import ModelFileError
from desktop.core.modelfiles.byte_source import FileSource
from desktop.core.modelfiles.gguf import MAX_HEADER_BYTES, read_gguf_header
from desktop.core.modelfiles.gguf_header import GGUFHeader, quantization_label
from tests.factories import SIMPLE_CHAT_TEMPLATE, BytesSource, make_tiny_gguf


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(float(a), float(b), rel_tol=1e-6)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@pytest.fixture(scope="module")
def starter_bytes_head(starter_path: Path) -> bytes:
    header = read_gguf_header(starter_path)
    with open(starter_path, "rb") as fh:
        return fh.read(header.data_offset + 4096)


def test_starter_matches_gguf_reader(starter_path: Path) -> None:
    mine = read_gguf_header(starter_path)
    ref = gguf.GGUFReader(starter_path)
    ref_fields = {k: f for k, f in ref.fields.items() if not k.startswith("GGUF.")}
    assert set(mine.metadata) == set(ref_fields)
    for key, field in ref_fields.items():
        assert _same(mine.metadata[key], field.contents()), key
    assert len(mine.tensors) == len(ref.tensors)
    for t, r in zip(mine.tensors, ref.tensors, strict=True):
        assert t.name == r.name
        assert t.shape == tuple(int(x) for x in r.shape)
        assert t.ggml_type == int(r.tensor_type)
        assert t.nbytes == int(r.n_bytes)
        assert mine.data_offset + t.offset == int(r.data_offset)
    assert mine.data_offset == ref.data_offset
    assert mine.version == 3
    assert mine.file_size == starter_path.stat().st_size


def test_starter_properties(starter_path: Path) -> None:
    h = read_gguf_header(starter_path)
    assert h.architecture == "llama"
    assert h.block_count == 30
    assert h.embedding_length == 576
    assert h.head_count == 9
    assert h.head_count_kv == 3
    assert h.key_length == h.value_length == 64
    assert h.vocab_size == 49152
    assert h.context_length == 8192
    assert h.sliding_window is None
    assert h.quantization == "Q4_1"
    assert h.chat_template and "im_start" in h.chat_template
    assert h.weights_bytes == sum(t.nbytes for t in h.tensors)
    # the file is the header, padding and the tensor data, nothing more
    assert h.file_size is not None
    assert 0 <= h.file_size - (h.data_offset + h.weights_bytes) < 64


def test_remote_style_source_fetches_only_the_header(starter_path: Path) -> None:
    class CountingFile(FileSource):
        pass

    with CountingFile(starter_path) as src:
        h = read_gguf_header(src)
        assert src.bytes_read < h.data_offset + 5 * 1024 * 1024
        assert src.bytes_read < 8 * 1024 * 1024  # the file is ~98 MB
        assert src.reads <= 6
    # a source that does not know its size (like a server without Content-Length)
    data = starter_path.read_bytes()
    blind = BytesSource(data, known_size=False)
    h2 = read_gguf_header(blind)
    assert h2.file_size is None
    assert h2.metadata == h.metadata
    assert sum(n for _, n in blind.reads) < 8 * 1024 * 1024
    assert all(n <= 4 * 1024 * 1024 for _, n in blind.reads)


@pytest.mark.parametrize(
    ("file_type", "label"), [("F32", "F32"), ("F16", "F16"), ("Q8_0", "Q8_0"), ("Q4_0", "Q4_0")]
)
def test_factory_files(tmp_path: Path, file_type: str, label: str) -> None:
    path = make_tiny_gguf(
        tmp_path / "m.gguf",
        arch="gemma2",
        n_layers=3,
        n_head=4,
        n_head_kv=2,
        file_type=file_type,
        chat_template=SIMPLE_CHAT_TEMPLATE,
        sliding_window=32,
    )
    h = read_gguf_header(path)
    assert h.architecture == "gemma2"
    assert h.sliding_window == 32
    assert h.block_count == 3
    assert h.head_count_kv == 2
    assert h.key_length == 16
    assert h.chat_template == SIMPLE_CHAT_TEMPLATE
    assert h.quantization == label
    assert h.vocab_size == len(h.metadata["tokenizer.ggml.tokens"])
    assert h.data_offset + h.weights_bytes <= path.stat().st_size


def test_every_value_type_and_nested_arrays(tmp_path: Path) -> None:
    path = tmp_path / "types.gguf"
    w = gguf.GGUFWriter(path, "llama")
    w.add_uint8("t.u8", 255)
    w.add_int8("t.i8", -128)
    w.add_uint16("t.u16", 65535)
    w.add_int16("t.i16", -32768)
    w.add_uint32("t.u32", 2**32 - 1)
    w.add_int32("t.i32", -(2**31))
    w.add_float32("t.f32", 1.5)
    w.add_uint64("t.u64", 2**64 - 1)
    w.add_int64("t.i64", -(2**63))
    w.add_float64("t.f64", math.pi)
    w.add_bool("t.bool", True)
    w.add_string("t.str", "héllo ✓")
    w.add_array("t.arr_str", ["a", "bb", ""])
    w.add_array("t.arr_int", [1, 2, 3])
    w.add_array("t.arr_nested", [[1, 2], [3]])
    w.add_uint32("general.alignment", 64)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    h = read_gguf_header(path)
    m = h.metadata
    assert m["t.u8"] == 255 and m["t.i8"] == -128
    assert m["t.u16"] == 65535 and m["t.i16"] == -32768
    assert m["t.u32"] == 2**32 - 1 and m["t.i32"] == -(2**31)
    assert m["t.u64"] == 2**64 - 1 and m["t.i64"] == -(2**63)
    assert m["t.f32"] == 1.5 and m["t.f64"] == math.pi
    assert m["t.bool"] is True
    assert m["t.str"] == "héllo ✓"
    assert m["t.arr_str"] == ("a", "bb", "")
    assert m["t.arr_int"] == (1, 2, 3)
    assert m["t.arr_nested"] == ((1, 2), (3,))
    assert h.alignment == 64
    assert h.data_offset % 64 == 0
    assert h.tensors == ()


def test_big_endian_file(tmp_path: Path) -> None:
    path = tmp_path / "be.gguf"
    w = gguf.GGUFWriter(path, "llama", endianess=gguf.GGUFEndian.BIG)
    w.add_uint32("llama.block_count", 7)
    w.add_array("x", [1.0, 2.0])
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    h = read_gguf_header(path)
    assert h.block_count == 7
    assert h.metadata["x"] == (1.0, 2.0)


def test_quantization_label_fallbacks() -> None:
    assert quantization_label(int(gguf.LlamaFileType.MOSTLY_Q4_K_M)) == "Q4_K_M"
    assert quantization_label(int(gguf.LlamaFileType.ALL_F32)) == "F32"
    assert quantization_label(int(gguf.LlamaFileType.MOSTLY_Q4_K_M) | 1024) == "Q4_K_M"
    assert quantization_label(None) is None


def test_quantization_from_tensors_when_file_type_missing(tmp_path: Path) -> None:
    path = make_tiny_gguf(tmp_path / "m.gguf", file_type="Q8_0")
    data = bytearray(path.read_bytes())
    # rename the key so general.file_type is absent; the dominant tensor type decides
    i = data.find(b"general.file_type")
    data[i : i + 17] = b"general.file_tyqe"
    h = read_gguf_header(BytesSource(bytes(data)))
    assert h.file_type is None
    assert h.quantization == "Q8_0"


# -- corrupt input ------------------------------------------------------------------


def _header_bytes(version: int = 3, n_tensors: int = 0, n_kv: int = 0) -> bytes:
    return b"GGUF" + struct.pack("<IQQ", version, n_tensors, n_kv)


def _kv(key: bytes, vtype: int, payload: bytes) -> bytes:
    return struct.pack("<Q", len(key)) + key + struct.pack("<I", vtype) + payload


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"GGU", "not a GGUF"),
        (b"PK\x03\x04" + b"\0" * 100, "not a GGUF"),
        (_header_bytes(version=1), "retired"),
        (_header_bytes(version=99), "unknown GGUF version"),
        (_header_bytes(n_kv=2**63), "impossible"),
        (_header_bytes(n_tensors=2**40), "impossible"),
        (_header_bytes(n_kv=1000), "impossible"),  # 1000 keys cannot fit in 24 bytes
        (_header_bytes(n_kv=1) + struct.pack("<Q", 2**62), "impossib"),
        (_header_bytes(n_kv=1) + _kv(b"k", 77, b""), "unknown kind"),
        (_header_bytes(n_kv=1) + _kv(b"k", 8, struct.pack("<Q", 2**40)), "impossib"),
        (_header_bytes(n_kv=1) + _kv(b"k", 9, struct.pack("<IQ", 4, 2**61)), "impossible"),
        (_header_bytes(n_kv=1) + _kv(b"k", 9, struct.pack("<IQ", 8, 2**40)), "impossible"),
        (_header_bytes(n_kv=1) + _kv(b"k", 9, struct.pack("<IQ", 99, 1)), "unknown kind"),
        (
            _header_bytes(n_kv=1)
            + _kv(b"k", 9, struct.pack("<IQ", 9, 1) * 5 + struct.pack("<IQ", 4, 0)),
            "nested too deeply",
        ),
        (_header_bytes(n_kv=1) + _kv(b"general.alignment", 4, struct.pack("<I", 3)), "alignment"),
        (_header_bytes(n_kv=1) + _kv(b"k", 4, b"\x01"), "incomplete"),
    ],
)
def test_corrupt_headers_raise_model_file_error(data: bytes, words: str) -> None:
    with pytest.raises(ModelFileError) as info:
        read_gguf_header(BytesSource(data, name="bad.gguf"))
    assert words in info.value.message
    assert "bad.gguf" in info.value.message
    assert info.value.hint


def test_tensor_with_absurd_dims() -> None:
    name = b"w"
    tensor = struct.pack("<Q", 1) + name + struct.pack("<I", 2) + struct.pack("<QQ", 2**50, 2)
    tensor += struct.pack("<IQ", 0, 0)
    with pytest.raises(ModelFileError, match="impossible"):
        read_gguf_header(BytesSource(_header_bytes(n_tensors=1) + tensor))
    too_many = struct.pack("<Q", 1) + name + struct.pack("<I", 1000)
    with pytest.raises(ModelFileError, match="too many dimensions"):
        read_gguf_header(BytesSource(_header_bytes(n_tensors=1) + too_many + b"\0" * 64))


def test_truncated_at_many_offsets(starter_path: Path, starter_bytes_head: bytes) -> None:
    full = read_gguf_header(starter_path)
    cuts = [1, 3, 4, 7, 8, 15, 23, 24, 30, 100, 1000, 5000, 50_000, 500_000]
    cuts += list(range(1_000_000, full.data_offset, 97_001)) + [full.data_offset - 1]
    cuts += [full.data_offset, full.data_offset + 4096]  # header complete, weights missing
    for cut in cuts:
        with pytest.raises(ModelFileError) as info:
            read_gguf_header(BytesSource(starter_bytes_head[:cut], name="cut.gguf"))
        assert "cut.gguf" in info.value.message, cut


def test_truncated_real_file_on_disk(tmp_path: Path) -> None:
    path = make_tiny_gguf(tmp_path / "t.gguf")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 100])
    with pytest.raises(ModelFileError, match="incomplete"):
        read_gguf_header(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="not found"):
        read_gguf_header(tmp_path / "nope.gguf")


def test_header_size_limit(starter_path: Path) -> None:
    with pytest.raises(ModelFileError, match="far too large"):
        read_gguf_header(starter_path, max_header_bytes=100_000)
    assert MAX_HEADER_BYTES >= 64 * 1024 * 1024


@pytest.fixture(scope="module")
def tiny_header_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = make_tiny_gguf(
        tmp_path_factory.mktemp("fz") / "t.gguf", n_layers=1, chat_template="{{ x }}"
    )
    h = read_gguf_header(path)
    return path.read_bytes()[: h.data_offset + 64]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fuzz_mutated_headers_only_raise_model_file_error(
    tiny_header_bytes: bytes, data: st.DataObject
) -> None:
    buf = bytearray(tiny_header_bytes)
    for _ in range(data.draw(st.integers(1, 8))):
        pos = data.draw(st.integers(0, len(buf) - 1))
        kind = data.draw(st.sampled_from(["flip", "byte", "u64", "cut"]))
        if kind == "flip":
            buf[pos] ^= 1 << data.draw(st.integers(0, 7))
        elif kind == "byte":
            buf[pos] = data.draw(st.integers(0, 255))
        elif kind == "u64":
            value = data.draw(st.sampled_from([0, 1, 2**31, 2**32 - 1, 2**63, 2**64 - 1]))
            buf[pos : pos + 8] = struct.pack("<Q", value)
        else:
            del buf[pos:]
            if not buf:
                buf = bytearray(b"G")
    known = data.draw(st.booleans())
    try:
        header = read_gguf_header(BytesSource(bytes(buf), known_size=known))
    except ModelFileError:
        return
    assert isinstance(header, GGUFHeader)


@settings(max_examples=200, deadline=None)
@given(tail=st.binary(max_size=256))
def test_fuzz_random_bytes_after_magic(tail: bytes) -> None:
    try:
        read_gguf_header(BytesSource(b"GGUF" + tail))
    except ModelFileError:
        pass

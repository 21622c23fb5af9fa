"""Legacy GGML header reader: model-type inference on real layouts, corrupt input, fuzz."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.errors import ModelFileError
from desktop.core.modelfiles.ggml import GGMLHeader, read_ggml_header
from tests.factories import LEGACY_MODEL_TYPES, BytesSource, make_gpt2_ggml, make_legacy_ggml


@pytest.mark.parametrize("model_type", LEGACY_MODEL_TYPES)
def test_model_type_is_inferred_from_the_file(tmp_path: Path, model_type: str) -> None:
    # a misleading name: the reader must look at the content only
    path = make_legacy_ggml(tmp_path / "model-gpt2.bin", model_type, n_embd=64, n_layer=3)
    h = read_ggml_header(path)
    assert h.model_type == model_type
    assert h.n_vocab == 300
    assert h.n_embd == 64
    assert h.n_head == 4
    assert h.n_layer == 3
    assert h.ftype == 0
    assert h.quantization == "F32"
    assert h.file_size == path.stat().st_size
    assert 0 < h.vocab_end < h.file_size


@pytest.mark.parametrize(
    ("magic", "version"), [("ggml", None), ("ggmf", 1), ("ggjt", 1), ("ggjt", 3)]
)
def test_llama_containers(tmp_path: Path, magic: str, version: int | None) -> None:
    path = make_legacy_ggml(tmp_path / "l.bin", "llama", magic=magic, version=version or 1)
    h = read_ggml_header(path)
    assert (h.magic, h.version, h.model_type) == (magic, version, "llama")
    assert h.n_ctx == 2048  # not stored by llama files


def test_gpt2_hparams_and_ftype(tmp_path: Path) -> None:
    path = make_gpt2_ggml(tmp_path / "g.bin", n_ctx=96, n_embd=32, n_head=2, n_layer=1, ftype=7)
    h = read_ggml_header(path)
    assert (h.model_type, h.n_ctx, h.n_embd, h.n_head, h.n_layer) == ("gpt2", 96, 32, 2, 1)
    assert h.quantization == "Q8_0"
    assert h.hparams["ftype"] == 7
    assert h.first_tensor == "model/ln_f/g"


def test_unknown_layout_gives_none(tmp_path: Path) -> None:
    data = struct.pack("<I", 0x67676D6C) + struct.pack("<6i", 5, 5, 5, 5, 5, 0) + b"\xff" * 200
    h = read_ggml_header(BytesSource(data, name="odd.bin"))
    assert h.model_type is None


@pytest.mark.parametrize(
    ("data", "words"),
    [(b"", "empty"), (b"GGUF" + b"\0" * 20, "not a GGML"), (b"gg", "not a GGML")],
)
def test_not_ggml(data: bytes, words: str) -> None:
    with pytest.raises(ModelFileError, match=words):
        read_ggml_header(BytesSource(data, name="x.bin"))


@pytest.mark.parametrize("model_type", ["gpt2", "llama", "mpt", "falcon"])
def test_truncated_in_the_vocabulary(tmp_path: Path, model_type: str) -> None:
    path = make_legacy_ggml(tmp_path / "t.bin", model_type)
    h = read_ggml_header(path)
    data = path.read_bytes()
    for cut in (40, 100, 500, h.vocab_end // 2, h.vocab_end + 5):
        with pytest.raises(ModelFileError, match="incomplete"):
            read_ggml_header(BytesSource(data[:cut], name="t.bin"))


def test_missing(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="not found"):
        read_ggml_header(tmp_path / "missing.bin")


@pytest.fixture(scope="module")
def ggml_heads(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    folder = tmp_path_factory.mktemp("ggml")
    heads = []
    for mt in ("gpt2", "gptj", "mpt", "replit", "llama", "falcon"):
        path = make_legacy_ggml(folder / f"{mt}.bin", mt, n_layer=1)
        heads.append(path.read_bytes()[: read_ggml_header(path).vocab_end + 200])
    return heads


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_fuzz_mutated_headers(ggml_heads: list[bytes], data: st.DataObject) -> None:
    buf = bytearray(data.draw(st.sampled_from(ggml_heads)))
    for _ in range(data.draw(st.integers(1, 6))):
        pos = data.draw(st.integers(0, len(buf) - 1))
        if data.draw(st.booleans()):
            buf[pos] = data.draw(st.integers(0, 255))
        else:
            value = data.draw(st.sampled_from([0, 1, 2**31 - 1, 2**32 - 1, 0x41000000]))
            buf[pos : pos + 4] = struct.pack("<I", value)
    if data.draw(st.booleans()):
        del buf[data.draw(st.integers(1, len(buf))) :]
    try:
        h = read_ggml_header(BytesSource(bytes(buf), known_size=data.draw(st.booleans())))
    except ModelFileError:
        return
    assert isinstance(h, GGMLHeader)


@settings(max_examples=200, deadline=None)
@given(magic=st.sampled_from([b"lmgg", b"fmgg", b"tjgg", b"ccgg"]), tail=st.binary(max_size=200))
def test_fuzz_random_bytes_after_magic(magic: bytes, tail: bytes) -> None:
    try:
        read_ggml_header(BytesSource(magic + tail))
    except ModelFileError:
        pass


@pytest.mark.parametrize("model_type", LEGACY_MODEL_TYPES)
@pytest.mark.parametrize("ftype", [0, 2, 7])
def test_cut_off_weights_are_incomplete(tmp_path: Path, model_type: str, ftype: int) -> None:
    """Issue 14: a .bin cut anywhere in its weights was accepted ("Runs well") and ran."""
    path = make_legacy_ggml(tmp_path / "w.bin", model_type, ftype=ftype)
    whole = read_ggml_header(path)
    assert whole.model_type is not None  # the whole file still reads
    data = path.read_bytes()
    for cut in (1, 33, (len(data) - whole.vocab_end) // 2, len(data) - whole.vocab_end - 7):
        cut_path = tmp_path / "cut.bin"
        cut_path.write_bytes(data[:-cut])
        with pytest.raises(ModelFileError, match="incomplete"):
            read_ggml_header(cut_path)


def test_older_quantization_layout_is_not_called_incomplete(tmp_path: Path) -> None:
    """A whole file whose quantized blocks use an older (larger) layout is not refused."""
    import gguf
    import numpy as np

    path = make_legacy_ggml(tmp_path / "old.bin", "gpt2", ftype=0)
    h = read_ggml_header(path)
    data = bytearray(path.read_bytes()[: h.vocab_end])
    # one Q4_0 matrix 64 x 4 in the old layout: f32 scale + 16 bytes = 20 bytes per block
    name = b"model/wte"
    data += struct.pack("<3i", 2, len(name), int(gguf.GGMLQuantizationType.Q4_0))
    data += struct.pack("<2i", 64, 4) + name + np.zeros(8 * 20, np.uint8).tobytes()
    path.write_bytes(bytes(data))
    assert read_ggml_header(path).model_type == "gpt2"

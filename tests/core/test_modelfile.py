"""inspect_model_file: backend chosen from content, plain errors naming the file."""

from __future__ import annotations

import json
import pickle
import struct
import zipfile
from pathlib import Path

import gguf
import pytest

from desktop.core.errors import ModelFileError, UnsupportedModelError
from desktop.core.modelfiles.detect import (
    LLAMA_CPP_ARCHITECTURES,
    detect_format,
    inspect_model_file,
)
from tests.factories import make_gpt2_ggml, make_legacy_ggml, make_tiny_gguf


def test_starter_model(starter_path: Path) -> None:
    info = inspect_model_file(starter_path)
    assert (info.format, info.backend, info.architecture) == ("gguf", "llama.cpp", "llama")
    assert info.quantization == "Q4_1"
    assert info.size_bytes == starter_path.stat().st_size
    assert info.gguf is not None and info.ggml is None
    assert info.display_name


@pytest.mark.parametrize("arch", ["qwen2", "gemma2"])
def test_other_gguf_architectures(tmp_path: Path, arch: str) -> None:
    # the file name says ".bin" and "gpt2": only the content counts
    path = make_tiny_gguf(tmp_path / "gpt2-model.bin", arch=arch, file_type="Q8_0")
    info = inspect_model_file(path)
    assert (info.backend, info.architecture, info.quantization) == ("llama.cpp", arch, "Q8_0")


def test_legacy_ggml_goes_to_ctransformers(tmp_path: Path) -> None:
    path = make_gpt2_ggml(tmp_path / "model.gguf")  # misleading extension
    info = inspect_model_file(path)
    assert (info.format, info.backend, info.architecture) == ("ggml", "ctransformers", "gpt2")
    assert info.ggml is not None and info.gguf is None
    info2 = inspect_model_file(make_legacy_ggml(tmp_path / "n.bin", "gpt_neox"))
    assert info2.architecture == "gpt_neox"


def test_llama_cpp_architecture_list() -> None:
    assert {"llama", "qwen2", "gemma2", "phi3"} <= LLAMA_CPP_ARCHITECTURES
    assert "clip" not in LLAMA_CPP_ARCHITECTURES


def _write_gguf_arch(path: Path, arch: str) -> Path:
    w = gguf.GGUFWriter(path, arch)
    w.add_uint32(f"{arch}.block_count", 1)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


@pytest.mark.parametrize("arch", ["notarealarch", "clip"])
def test_gguf_architecture_no_engine_runs(tmp_path: Path, arch: str) -> None:
    path = _write_gguf_arch(tmp_path / "x.gguf", arch)
    with pytest.raises(UnsupportedModelError) as info:
        inspect_model_file(path)
    assert "x.gguf" in info.value.message
    assert arch in info.value.message
    assert info.value.hint


def test_ggml_of_unknown_kind(tmp_path: Path) -> None:
    path = tmp_path / "odd.bin"
    path.write_bytes(struct.pack("<I6i", 0x67676D6C, 5, 5, 5, 5, 5, 0) + b"\xff" * 300)
    with pytest.raises(UnsupportedModelError, match="odd.bin"):
        inspect_model_file(path)


def _safetensors(path: Path) -> Path:
    meta = json.dumps({"w": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}).encode()
    path.write_bytes(struct.pack("<Q", len(meta)) + meta + b"\0\0\0\0")
    return path


def _torch_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("archive/data.pkl", pickle.dumps({"a": 1}))
    return path


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("model.safetensors", _safetensors, "safetensors"),
        ("pytorch_model.bin", _torch_zip, "PyTorch"),
        ("old.bin", lambda p: (p.write_bytes(pickle.dumps({"a": 1}, protocol=2)), p)[1], "PyTorch"),
        ("notes.gguf", lambda p: (p.write_text("hello, this is text\n"), p)[1], "text file"),
        ("page.gguf", lambda p: (p.write_text("<!DOCTYPE html><html>"), p)[1], "web page"),
        (
            "lfs.gguf",
            lambda p: (p.write_text("version https://git-lfs.github.com/spec/v1\n"), p)[1],
            "Git LFS",
        ),
        ("noise.gguf", lambda p: (p.write_bytes(bytes(range(200, 256)) * 3), p)[1], "recognise"),
    ],
)
def test_other_formats_get_plain_errors(tmp_path: Path, name: str, make, words: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / name)
    with pytest.raises(ModelFileError) as info:
        inspect_model_file(path)
    assert not isinstance(info.value, UnsupportedModelError)
    assert name in info.value.message
    assert words in info.value.message + info.value.hint


def test_missing_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="not found"):
        inspect_model_file(tmp_path / "gone.gguf")
    empty = tmp_path / "empty.gguf"
    empty.write_bytes(b"")
    with pytest.raises(ModelFileError, match="empty"):
        inspect_model_file(empty)
    with pytest.raises(ModelFileError, match="folder"):
        inspect_model_file(tmp_path)


def test_truncated_files(tmp_path: Path) -> None:
    gguf_path = make_tiny_gguf(tmp_path / "t.gguf")
    data = gguf_path.read_bytes()
    for cut in (5, 30, 2000, len(data) // 2, len(data) - 1):
        gguf_path.write_bytes(data[:cut])
        with pytest.raises(ModelFileError) as info:
            inspect_model_file(gguf_path)
        assert "t.gguf" in info.value.message
    ggml_path = make_gpt2_ggml(tmp_path / "g.bin")
    ggml_path.write_bytes(ggml_path.read_bytes()[:600])
    with pytest.raises(ModelFileError, match="incomplete"):
        inspect_model_file(ggml_path)


def test_detect_format() -> None:
    assert detect_format(b"GGUF\x03\0\0\0") == "gguf"
    assert detect_format(struct.pack("<I", 0x67676A74)) == "ggml"
    assert detect_format(b"PK\x03\x04rest") == "zip"
    assert detect_format(b"\x80\x04\x95") == "pickle"
    assert detect_format(b"\xff\xfe\x00") == "unknown"

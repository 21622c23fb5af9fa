"""Model library on real files: starter, hand-added files, import, remove, downloads, policy."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import namedtuple
from pathlib import Path

import gguf
import numpy as np
import pytest

from desktop.core import paths
from desktop.core.cancel import CancelToken
from desktop.core.config.policy import Policy, effective_settings
from desktop.core.config.settings import Settings
from desktop.core.errors import (
    CancelledError,
    DiskSpaceError,
    LibraryError,
    ModelFileError,
    UnsupportedModelError,
)
from desktop.core.library import storage as storage_mod
from desktop.core.library.index import default_index_path
from desktop.core.library.library import Library
from desktop.core.library.records import DuplicateModelError
from desktop.core.library.storage import slug
from tests.factories import make_gpt2_ggml, make_tiny_gguf


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tiny real model files written once for this module (kept outside the models folder)."""
    d = tmp_path_factory.mktemp("tiny")
    make_tiny_gguf(d / "tiny-llama.Q8_0.gguf", file_type="Q8_0", name="Tiny Llama")
    make_tiny_gguf(d / "tiny-qwen.gguf", arch="qwen2", seed=1)
    make_gpt2_ggml(d / "tiny-gpt2.bin")
    return d


@pytest.fixture
def src(tiny_dir: Path, tmp_path: Path) -> Path:
    """A fresh copy of the tiny GGUF to import (import may move it)."""
    out = tmp_path / "incoming" / "tiny-llama.Q8_0.gguf"
    out.parent.mkdir()
    shutil.copy(tiny_dir / "tiny-llama.Q8_0.gguf", out)
    return out


@pytest.fixture
def models_dir() -> Path:
    return paths.default_models_dir()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_starter_listed_first_and_alone(starter_path: Path) -> None:
    models = Library().list()
    assert [m.id for m in models] == ["starter"]
    starter = models[0]
    assert starter.path == starter_path
    assert starter.source == "starter"
    assert starter.read_only and starter.format == "gguf"
    assert starter.size_bytes == starter_path.stat().st_size


def test_files_added_by_hand(models_dir: Path, tiny_dir: Path) -> None:
    shutil.copy(tiny_dir / "tiny-llama.Q8_0.gguf", models_dir)
    sub = models_dir / "legacy"
    sub.mkdir()
    shutil.copy(tiny_dir / "tiny-gpt2.bin", sub)
    (models_dir / "notes.bin").write_bytes(b"not a model at all, just some bytes")
    data = (tiny_dir / "tiny-qwen.gguf").read_bytes()
    (models_dir / "cut-short.gguf").write_bytes(data[: len(data) // 2])
    (models_dir / ".hidden.gguf").write_bytes(data)
    (models_dir / "readme.txt").write_text("hello")

    scan = Library().scan()
    ids = [m.id for m in scan.models]
    assert ids == ["starter", "tiny-llama.q8_0", "tiny-gpt2"]
    gguf_model = scan.models[1]
    assert gguf_model.source == "found"
    assert gguf_model.format == "gguf" and gguf_model.quantization == "Q8_0"
    assert gguf_model.display_name.startswith("Tiny Llama")
    assert not gguf_model.read_only and gguf_model.folder == models_dir
    assert scan.models[2].format == "ggml"
    skipped = {s.path.name: s.reason for s in scan.skipped}
    assert set(skipped) == {"notes.bin", "cut-short.gguf"}
    assert "notes.bin" in skipped["notes.bin"]
    assert "cut-short.gguf" in skipped["cut-short.gguf"]

    # listed from the index cache the second time, with the same stable ids
    index = json.loads(default_index_path().read_text())
    assert str(models_dir / "tiny-llama.Q8_0.gguf") in index["models"]
    assert [m.id for m in Library().list()] == ids


def test_ids_stable_and_unique_across_folders(tmp_path: Path, tiny_dir: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        d.mkdir()
        shutil.copy(tiny_dir / "tiny-qwen.gguf", d)
    lib = Library([a, b])
    ids = [m.id for m in lib.list()]
    assert ids[0] == "starter" and ids[1] == "tiny-qwen"
    assert ids[2].startswith("tiny-qwen-") and ids[2] != ids[1]
    assert [m.id for m in Library([a, b]).list()] == ids
    assert slug("Qwen2.5-7B-Instruct-Q4_K_M-00001-of-00003.gguf") == "qwen2.5-7b-instruct-q4_k_m"


def test_split_gguf_listed_once(models_dir: Path, tiny_dir: Path) -> None:
    data = (tiny_dir / "tiny-qwen.gguf").read_bytes()
    shutil.copy(tiny_dir / "tiny-qwen.gguf", models_dir / "big-00001-of-00002.gguf")
    (models_dir / "big-00002-of-00002.gguf").write_bytes(b"\0" * 1000)
    shutil.copy(tiny_dir / "tiny-qwen.gguf", models_dir / "half-00001-of-00003.gguf")
    scan = Library().scan()
    big = [m for m in scan.models if m.id == "big"]
    assert len(big) == 1 and len(big[0].parts) == 2
    assert big[0].size_bytes == len(data) + 1000
    assert [s.path.name for s in scan.skipped] == ["half-00001-of-00003.gguf"]
    assert "3 parts" in scan.skipped[0].reason


def test_import_copy(src: Path, models_dir: Path) -> None:
    seen: list[tuple[int, int]] = []
    model = Library().import_file(src, progress=lambda d, t: seen.append((d, t)))
    assert model.source == "import"
    assert model.path == models_dir / src.name
    assert model.sha256 == sha(src) == sha(model.path)
    assert model.size_bytes == src.stat().st_size
    assert model.added_at is not None
    assert src.exists()  # copy keeps the original
    assert seen and seen[-1] == (model.size_bytes, model.size_bytes)
    assert leftovers(models_dir) == []
    assert Library().get(model.id) == model


def test_import_move_and_link(src: Path, tiny_dir: Path, models_dir: Path) -> None:
    moved = Library().import_file(src, "move")
    assert not src.exists() and moved.path.is_file()
    linked = Library().import_file(tiny_dir / "tiny-gpt2.bin", "link")
    assert linked.path.is_symlink()
    assert linked.path.resolve() == (tiny_dir / "tiny-gpt2.bin").resolve()
    assert linked.format == "ggml"
    # removing a link leaves the original file alone
    Library().remove(linked.id)
    assert (tiny_dir / "tiny-gpt2.bin").exists()
    assert not linked.path.exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"just some text pretending to be a model", b"GGUF\x03\x00\x00\x00" + b"\x00" * 8],
    ids=["empty", "text", "cut-short"],
)
def test_import_refuses_wrong_or_damaged_file(
    tmp_path: Path, models_dir: Path, content: bytes
) -> None:
    bad = tmp_path / "model.gguf"
    bad.write_bytes(content)
    with pytest.raises(ModelFileError) as info:
        Library().import_file(bad)
    assert "model.gguf" in info.value.message
    assert list(models_dir.iterdir()) == []
    assert bad.read_bytes() == content  # the person's file is untouched


def test_import_refuses_truncated_real_model(src: Path, models_dir: Path) -> None:
    data = src.read_bytes()
    src.write_bytes(data[: len(data) - 4096])
    with pytest.raises(ModelFileError):
        Library().import_file(src, "move")
    assert src.exists() and list(models_dir.iterdir()) == []


def test_import_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LibraryError) as info:
        Library().import_file(tmp_path / "nope.gguf")
    assert "was not found" in info.value.message


def test_duplicate_import_refused(src: Path, tmp_path: Path, models_dir: Path) -> None:
    first = Library().import_file(src)
    again = tmp_path / "renamed-copy.gguf"
    shutil.copy(src, again)
    with pytest.raises(DuplicateModelError) as info:
        Library().import_file(again)
    assert info.value.existing.id == first.id
    assert "already installed" in info.value.message
    assert sorted(p.name for p in models_dir.iterdir()) == [src.name]
    # importing the very file that is already in the folder is a duplicate too
    with pytest.raises(DuplicateModelError):
        Library().import_file(first.path)


def test_duplicate_of_starter(starter_path: Path, tmp_path: Path, models_dir: Path) -> None:
    copy = tmp_path / "my-smollm.gguf"
    shutil.copy(starter_path, copy)
    with pytest.raises(DuplicateModelError) as info:
        Library().import_file(copy)
    assert info.value.existing.source == "starter"
    assert list(models_dir.iterdir()) == []


def test_same_size_different_content_is_not_a_duplicate(src: Path, tmp_path: Path) -> None:
    Library().import_file(src)
    other = tmp_path / "other.Q8_0.gguf"
    make_tiny_gguf(other, file_type="Q8_0", name="Tiny Llama", seed=7)
    assert other.stat().st_size == src.stat().st_size
    model = Library().import_file(other)
    assert model.id == "other.q8_0"


def test_disk_space_checked_before_copy(
    src: Path, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(DiskSpaceError) as info:
        Library().import_file(src)
    assert "not enough free disk space" in info.value.message
    assert list(models_dir.iterdir()) == []


def test_cancel_during_copy_leaves_nothing(
    src: Path, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage_mod, "_CHUNK", 4096)
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done >= 8192:
            token.cancel()

    with pytest.raises(CancelledError):
        Library().import_file(src, cancel=token, progress=progress)
    assert list(models_dir.iterdir()) == []
    assert src.exists()


def test_remove(src: Path, models_dir: Path) -> None:
    lib = Library()
    model = lib.import_file(src)
    removed = lib.remove(model.id)
    assert removed.id == model.id
    assert not model.path.exists()
    assert [m.id for m in lib.list()] == ["starter"]
    assert str(model.path) not in json.loads(default_index_path().read_text())["models"]
    with pytest.raises(LibraryError) as info:
        lib.remove(model.id)
    assert "no installed model" in info.value.message


def test_remove_refuses_starter(starter_path: Path) -> None:
    with pytest.raises(LibraryError) as info:
        Library().remove("starter")
    assert "cannot be removed" in info.value.message
    assert starter_path.exists()


def test_read_only_folder_from_policy(
    tmp_path: Path, tiny_dir: Path, src: Path, models_dir: Path
) -> None:
    """Tests run as root, so chmod cannot stop writes: the policy marks the folder read-only."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shutil.copy(tiny_dir / "tiny-qwen.gguf", shared)
    policy = Policy(sources=(tmp_path / "p.toml",), models_dirs=(shared,), read_only_dirs=(shared,))
    settings, _ = effective_settings(Settings(), policy)
    lib = Library(settings, policy=policy)
    assert lib.folders == (shared, models_dir)
    assert lib.folder_is_read_only(shared)
    assert lib.download_dir() == models_dir  # the first writable folder
    shared_model = lib.get("tiny-qwen")
    assert shared_model.read_only and shared_model.folder == shared
    with pytest.raises(LibraryError) as info:
        lib.remove("tiny-qwen")
    assert "shared folder" in info.value.message
    assert (shared / "tiny-qwen.gguf").exists()
    imported = lib.import_file(src)
    assert imported.path.parent == models_dir and not imported.read_only


def test_no_writable_folder(tmp_path: Path, src: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    lib = Library([shared], read_only_dirs=[shared])
    with pytest.raises(LibraryError) as info:
        lib.import_file(src)
    assert "can be written" in info.value.message
    assert list(shared.iterdir()) == []


def test_unwritable_folder_detected_by_trying(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    lib = Library([not_a_dir / "models"])
    assert lib.folder_is_read_only(not_a_dir / "models")
    with pytest.raises(LibraryError):
        lib.download_dir()


def test_register_download_and_allow_list(tiny_dir: Path, models_dir: Path) -> None:
    # Not a catalog file name: a file named like a catalog file must have the catalog's
    # bytes to count as that model (see tests/core/test_policy_gaps.py).
    target = models_dir / "Llama-3.2-1B-Instruct-tiny-Q4_K_M.gguf"
    shutil.copy(tiny_dir / "tiny-llama.Q8_0.gguf", target)
    policy = Policy(allowed_models=("bartowski/Llama-3.2-1B-Instruct-GGUF",))
    lib = Library(Settings(), policy=policy)
    model = lib.register_download(
        target,
        "bartowski/Llama-3.2-1B-Instruct-GGUF",
        target.name,
        sha(target).upper(),
        target.stat().st_size,
        catalog_id="llama-3.2-1b-instruct",
    )
    assert model.source == "download"
    assert model.repo_id == "bartowski/Llama-3.2-1B-Instruct-GGUF"
    assert model.catalog_id == "llama-3.2-1b-instruct"
    assert model.sha256 == sha(target)
    assert model.quantization == "Q8_0"  # from the header, not the file name
    assert lib.is_allowed(model)
    assert lib.is_allowed(lib.get("starter"))  # the starter is always allowed
    assert lib.find_duplicate(model.size_bytes, sha(target)) == model
    assert lib.find_duplicate(model.size_bytes, "0" * 64) is None
    assert lib.find_duplicate(123, None) is None

    shutil.copy(tiny_dir / "tiny-qwen.gguf", models_dir)
    other = lib.get("tiny-qwen")
    assert not lib.is_allowed(other)


def test_register_download_checks_file(models_dir: Path, tmp_path: Path, tiny_dir: Path) -> None:
    target = models_dir / "x.gguf"
    shutil.copy(tiny_dir / "tiny-qwen.gguf", target)
    with pytest.raises(LibraryError):
        Library().register_download(target, "o/r", "x.gguf", None, target.stat().st_size + 1)
    outside = tmp_path / "x.gguf"
    shutil.copy(target, outside)
    with pytest.raises(LibraryError):
        Library().register_download(outside, "o/r", "x.gguf", None, outside.stat().st_size)


def test_import_refused_by_allow_list(src: Path, models_dir: Path) -> None:
    lib = Library(Settings(), policy=Policy(allowed_models=("*.Q4_K_M.gguf",)))
    with pytest.raises(LibraryError) as info:
        lib.import_file(src)
    assert "policy does not allow" in info.value.message
    assert list(models_dir.iterdir()) == []


def test_damaged_index_is_set_aside(src: Path) -> None:
    model = Library().import_file(src)
    default_index_path().write_text("{ not json")
    models = Library().list()
    assert [m.id for m in models] == ["starter", model.id]
    assert models[1].source == "found"  # provenance lost, the model is still there
    assert any(p.name.startswith("models-index.json.corrupt-") for p in paths.data_dir().iterdir())


def test_real_model_no_engine_can_run(tmp_path: Path, models_dir: Path) -> None:
    """A valid GGUF of an architecture llama.cpp does not know: refused, and skipped in lists."""
    path = tmp_path / "mystery.gguf"
    writer = gguf.GGUFWriter(path, "not-a-real-arch")
    writer.add_name("Mystery")
    writer.add_tensor("w", np.zeros((4, 4), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(UnsupportedModelError):
        Library().import_file(path)
    assert list(models_dir.iterdir()) == []
    shutil.copy(path, models_dir)
    scan = Library().scan()
    assert [m.id for m in scan.models] == ["starter"]
    assert [s.path.name for s in scan.skipped] == ["mystery.gguf"]

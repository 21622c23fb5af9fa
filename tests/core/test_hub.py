"""Live Hub search, file listing and remote header reads against the local test Hub."""

from __future__ import annotations

import datetime as dt
import ssl
import time
from pathlib import Path

import httpx2
import pytest

from desktop.core.errors import (
    GatedModelError,
    NetworkError,
    NotFoundError,
    OfflineError,
    RateLimitedError,
    ServerError,
    TimeoutError_,
    UnauthorizedError,
)
from desktop.core.hub.client import HubConfig, proxy_for, ssl_context
from desktop.core.hub.errors import map_error
from desktop.core.hub.files import group_gguf_files, list_gguf_files, quantization_from_name
from desktop.core.hub.remote_header import HttpRangeSource, read_remote_header, resolve_file
from desktop.core.hub.search import search_models
from tests.hubserver import HubServer, hub_server  # noqa: F401

STARTER = "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture
def hub(hub_server: HubServer) -> HubServer:  # noqa: F811
    day = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    hub_server.add_repo(
        "bartowski/Llama-3.2-1B-Instruct-GGUF",
        files={
            "Llama-3.2-1B-Instruct-Q4_K_M.gguf": b"a" * 300,
            "Llama-3.2-1B-Instruct-Q8_0.gguf": b"b" * 500,
            "Llama-3.2-1B-Instruct-f16-00001-of-00002.gguf": b"c" * 400,
            "Llama-3.2-1B-Instruct-f16-00002-of-00002.gguf": b"d" * 300,
            "mmproj-model-f16.gguf": b"e" * 10,
            "README.md": b"# card\n",
        },
        downloads=900,
        likes=10,
        last_modified=day,
        gguf={"total": 1_235_814_432, "architecture": "llama", "context_length": 131072},
    )
    hub_server.add_repo(
        "Qwen/Qwen2.5-0.5B-Instruct-GGUF",
        files={"qwen2.5-0.5b-instruct-q4_0.gguf": b"q" * 100},
        downloads=500,
        likes=50,
        last_modified=day - dt.timedelta(days=30),
    )
    hub_server.add_repo(
        "meta-llama/Llama-3.2-3B-Instruct-GGUF",
        files={"Llama-3.2-3B-Instruct-Q4_K_M.gguf": b"m" * 100},
        downloads=100,
        likes=5,
        last_modified=day + dt.timedelta(days=3),
        gated="manual",
    )
    hub_server.add_repo(
        "acme/llama-safetensors", files={"model.safetensors": b"s" * 10}, downloads=10_000
    )
    return hub_server


@pytest.fixture
def cfg(hub: HubServer) -> HubConfig:
    return HubConfig(endpoint=hub.url)


def test_search_only_gguf_repos_sorted(hub: HubServer, cfg: HubConfig) -> None:
    by_downloads = search_models(config=cfg)
    assert [m.repo_id for m in by_downloads] == [
        "bartowski/Llama-3.2-1B-Instruct-GGUF",
        "Qwen/Qwen2.5-0.5B-Instruct-GGUF",
        "meta-llama/Llama-3.2-3B-Instruct-GGUF",
    ]
    by_likes = search_models(sort="likes", config=cfg)
    assert by_likes[0].repo_id == "Qwen/Qwen2.5-0.5B-Instruct-GGUF"
    recent = search_models(sort="recent", config=cfg)
    assert recent[0].repo_id == "meta-llama/Llama-3.2-3B-Instruct-GGUF"
    # The client asked for the GGUF filter, the sort and the expanded fields.
    query = next(r.query for r in hub.requests if r.path == "/api/models" and r.method == "GET")
    assert "filter=gguf" in query and "sort=downloads" in query and "expand=gguf" in query


def test_search_words_and_fields(cfg: HubConfig) -> None:
    found = search_models("llama-3.2", config=cfg)
    assert {m.repo_id for m in found} == {
        "bartowski/Llama-3.2-1B-Instruct-GGUF",
        "meta-llama/Llama-3.2-3B-Instruct-GGUF",
    }
    first = found[0]
    assert first.architecture == "llama"
    assert first.parameters == 1_235_814_432
    assert first.context_length == 131072
    assert first.downloads == 900 and first.likes == 10
    assert first.url.endswith("/bartowski/Llama-3.2-1B-Instruct-GGUF")
    assert found[1].gated is True
    assert search_models("no such thing", config=cfg) == []


def test_search_limit(cfg: HubConfig) -> None:
    assert len(search_models(limit=2, config=cfg)) == 2


def test_list_gguf_files_groups_splits(cfg: HubConfig) -> None:
    files = list_gguf_files("bartowski/Llama-3.2-1B-Instruct-GGUF", config=cfg)
    assert [f.filename for f in files] == [
        "Llama-3.2-1B-Instruct-Q4_K_M.gguf",
        "Llama-3.2-1B-Instruct-Q8_0.gguf",
        "Llama-3.2-1B-Instruct-f16-00001-of-00002.gguf",
    ]
    q4, q8, f16 = files
    assert q4.quantization == "Q4_K_M" and q4.size_bytes == 300 and not q4.is_split
    assert q4.sha256[0] is not None and len(q4.sha256[0]) == 64
    assert f16.is_split and f16.quantization == "F16"
    assert f16.parts == (
        "Llama-3.2-1B-Instruct-f16-00001-of-00002.gguf",
        "Llama-3.2-1B-Instruct-f16-00002-of-00002.gguf",
    )
    assert f16.size_bytes == 700 and f16.part_sizes == (400, 300)
    with_proj = list_gguf_files(
        "bartowski/Llama-3.2-1B-Instruct-GGUF", config=cfg, include_projectors=True
    )
    assert "mmproj-model-f16.gguf" in [f.filename for f in with_proj]


def test_group_incomplete_split_keeps_parts() -> None:
    files = group_gguf_files([("x-00002-of-00003.gguf", 5, None), ("y.Q2_K.gguf", None, None)])
    assert [f.parts for f in files] == [("x-00002-of-00003.gguf",), ("y.Q2_K.gguf",)]
    assert files[1].size_bytes is None


@pytest.mark.parametrize(
    ("name", "quant"),
    [
        ("Llama-3.2-1B-Instruct-Q4_K_M.gguf", "Q4_K_M"),
        ("qwen2.5-0.5b-instruct-q8_0.gguf", "Q8_0"),
        ("Phi-3.5-mini-instruct-IQ3_XS.gguf", "IQ3_XS"),
        ("model.f16.gguf", "F16"),
        ("Phi-4-mini-instruct-BF16.gguf", "BF16"),
        ("gemma-3-1b-it-qat-Q4_0.gguf", "Q4_0"),
        ("Qwen3-8B-UD-Q4_K_XL-00001-of-00002.gguf", "Q4_K_XL"),
        ("SmolLM2-135M-Instruct.Q4_1.gguf", "Q4_1"),
        ("gpt-oss-20b-MXFP4.gguf", "MXFP4"),
        ("model.gguf", None),
        ("sub/dir/Mistral-7B-Instruct-v0.3.Q5_K_S.gguf", "Q5_K_S"),
    ],
)
def test_quantization_from_name(name: str, quant: str | None) -> None:
    assert quantization_from_name(name) == quant


def test_list_files_errors(hub: HubServer, cfg: HubConfig) -> None:
    with pytest.raises(NotFoundError):
        list_gguf_files("acme/does-not-exist", config=cfg)
    hub.fail(500, path="/api/models/*")
    with pytest.raises(ServerError):
        list_gguf_files("Qwen/Qwen2.5-0.5B-Instruct-GGUF", config=cfg)
    hub.fail(429, path="/api/models/*")
    with pytest.raises(RateLimitedError):
        list_gguf_files("Qwen/Qwen2.5-0.5B-Instruct-GGUF", config=cfg)
    # A gated repo's file list is public, like on the Hub.
    assert list_gguf_files("meta-llama/Llama-3.2-3B-Instruct-GGUF", config=cfg)


def test_offline_fails_fast_everywhere(hub: HubServer, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = HubConfig(endpoint=hub.url, offline=True)
    t0 = time.monotonic()
    for call in (
        lambda: search_models("llama", config=cfg),
        lambda: list_gguf_files("Qwen/Qwen2.5-0.5B-Instruct-GGUF", config=cfg),
        lambda: read_remote_header("Qwen/Qwen2.5-0.5B-Instruct-GGUF", "x.gguf", config=cfg),
    ):
        with pytest.raises(OfflineError) as info:
            call()
        assert "Offline mode is on" in info.value.message
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(OfflineError):
        search_models(config=HubConfig(endpoint=hub.url))
    assert time.monotonic() - t0 < 2
    assert hub.requests == []


def test_remote_header_reads_only_the_start(
    hub: HubServer, cfg: HubConfig, starter_path: Path
) -> None:
    hub.add_file("HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", STARTER, starter_path)
    header = read_remote_header("HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", STARTER, config=cfg)
    assert header.architecture == "llama"
    assert header.file_size == starter_path.stat().st_size
    assert header.block_count == 30
    assert header.quantization == "Q4_1"
    served = hub.bytes_served(STARTER)
    assert 0 < served < 8 * 1024 * 1024  # a few MB of a 98 MB file
    ranges = [r.range for r in hub.requests if r.host == "files"]
    assert ranges and all(r is not None and r.startswith("bytes=") for r in ranges)


def test_remote_header_errors(hub: HubServer, cfg: HubConfig) -> None:
    with pytest.raises(GatedModelError) as info:
        read_remote_header(
            "meta-llama/Llama-3.2-3B-Instruct-GGUF", "Llama-3.2-3B-Instruct-Q4_K_M.gguf", config=cfg
        )
    assert "accept" in info.value.message and "meta-llama/Llama-3.2-3B" in info.value.hint
    with pytest.raises(NotFoundError):
        read_remote_header("Qwen/Qwen2.5-0.5B-Instruct-GGUF", "missing.gguf", config=cfg)
    from desktop.core.errors import ModelFileError

    with pytest.raises(ModelFileError):  # not a GGUF file at all
        read_remote_header(
            "Qwen/Qwen2.5-0.5B-Instruct-GGUF", "qwen2.5-0.5b-instruct-q4_0.gguf", config=cfg
        )


def test_range_source_random_reads_and_cache(hub: HubServer, cfg: HubConfig) -> None:
    data = bytes(range(256)) * 4000  # 1,024,000 bytes
    hub.add_file("acme/blob", "blob.gguf", data)
    remote = resolve_file("acme/blob", "blob.gguf", config=cfg)
    assert remote.sha256 is not None and remote.size == len(data)
    assert not remote.send_auth  # the bytes live on the CDN-like file host
    with HttpRangeSource(remote.location, config=cfg, chunk_size=100_000, max_chunks=3) as src:
        for offset, length in [
            (0, 10),
            (5, 20),
            (99_990, 30),
            (500_000, 250_000),
            (1_023_990, 100),
            (2_000_000, 5),
            (0, 4),
        ]:
            assert src.read(offset, length) == data[offset : offset + length]
        assert src.size == len(data)
        assert src.requests_made <= 6
    assert src.read(10, 0) == b""


def test_range_source_server_error(hub: HubServer, cfg: HubConfig) -> None:
    hub.add_file("acme/blob", "blob.gguf", b"z" * 1000)
    remote = resolve_file("acme/blob", "blob.gguf", config=cfg)
    hub.fail(503, host="files")
    with (
        HttpRangeSource(remote.location, size=remote.size, config=cfg) as src,
        pytest.raises(ServerError),
    ):
        src.read(0, 10)


def test_proxy_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("https_proxy", "http://proxy.office:3128")
    monkeypatch.setenv("no_proxy", "intranet.office")
    assert proxy_for("https://huggingface.co/x", None) == "http://proxy.office:3128"
    assert proxy_for("https://mirror.intranet.office/x", None) is None
    assert proxy_for("https://huggingface.co/x", "http://mine:8080") == "http://mine:8080"
    assert proxy_for("http://127.0.0.1:1234/x", None) is None


def test_tls_always_verified_with_the_system_store() -> None:
    ctx = ssl_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert type(ctx).__module__.startswith("truststore")


def test_error_mapping() -> None:
    cfg = HubConfig(endpoint="https://mirror.example")
    req = httpx2.Request("GET", "https://mirror.example/x")
    assert isinstance(map_error(httpx2.ConnectError("down", request=req), config=cfg), OfflineError)
    assert isinstance(map_error(httpx2.ReadTimeout("slow", request=req), config=cfg), TimeoutError_)
    cert = httpx2.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] self-signed", request=req)
    err = map_error(cert, config=cfg)
    assert isinstance(err, NetworkError) and "could not be verified" in err.message
    proxy = map_error(httpx2.ProxyError("407", request=req), config=cfg)
    assert "proxy" in proxy.message
    from desktop.core.hub.errors import error_for_status

    assert isinstance(error_for_status(401, config=cfg), UnauthorizedError)
    assert isinstance(error_for_status(403, config=cfg), UnauthorizedError)
    assert isinstance(error_for_status(503, config=cfg), ServerError)
    assert isinstance(error_for_status(429, config=cfg), RateLimitedError)
    assert isinstance(error_for_status(404, config=cfg), NotFoundError)


def test_search_without_network_fails_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """No server at all: a plain error at once, not after the client's 20 s of retries."""
    import socket
    import time

    from desktop.core.errors import NetworkError
    from desktop.core.hub.client import HubConfig
    from desktop.core.hub.search import search_models

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    config = HubConfig(endpoint=f"http://127.0.0.1:{port}")
    started = time.monotonic()
    with pytest.raises(NetworkError) as info:
        search_models("qwen", config=config)
    assert time.monotonic() - started < 5
    assert "connect" in info.value.message.lower() or "reach" in info.value.message.lower()

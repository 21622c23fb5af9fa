"""Downloads through the real ``huggingface_hub`` client against the local test Hub."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.cancel import CancelToken
from desktop.core.downloads.downloader import Downloader, download_file, download_parts
from desktop.core.downloads.partfile import part_paths, partial_bytes
from desktop.core.downloads.records import DownloadOptions, DownloadProgress
from desktop.core.errors import (
    CancelledError,
    ChecksumError,
    DiskSpaceError,
    DownloadsDisabledError,
    GatedModelError,
    NetworkError,
    NotFoundError,
    OfflineError,
    RateLimitedError,
    ServerError,
    UnauthorizedError,
)
from desktop.core.hub.client import HubConfig
from tests.hubserver import Fault, HubServer, hub_server  # noqa: F401

REPO = "acme/Tiny-GGUF"
NAME = "tiny.Q4_0.gguf"
FAST = DownloadOptions(retry_wait_s=0.01, max_retries=3, free_space_margin_bytes=0)


def _blob(n: int, seed: int = 1) -> bytes:
    out = bytearray()
    block = hashlib.sha256(str(seed).encode()).digest()
    while len(out) < n:
        block = hashlib.sha256(block).digest()
        out += block * 64
    return bytes(out[:n])


@pytest.fixture
def data() -> bytes:
    return _blob(1_500_000)


@pytest.fixture
def hub(hub_server: HubServer, data: bytes) -> HubServer:  # noqa: F811
    hub_server.add_repo(REPO, files={NAME: data, "README.md": b"# Tiny\n"})
    return hub_server


@pytest.fixture
def cfg(hub: HubServer) -> HubConfig:
    return HubConfig(endpoint=hub.url)


def _files_gets(hub: HubServer) -> list[str | None]:
    return [r.range for r in hub.requests if r.host == "files" and r.method == "GET"]


def test_full_download_verifies_sha256(
    hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path
) -> None:
    events: list[DownloadProgress] = []
    result = download_file(
        REPO, NAME, tmp_path, config=cfg, options=FAST, on_progress=events.append
    )
    assert result.path == tmp_path / NAME
    assert result.path.read_bytes() == data
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.size_bytes == len(data)
    assert result.commit == hub.repos[REPO].sha
    assert not (tmp_path / (NAME + ".part")).exists()
    assert not (tmp_path / (NAME + ".part.json")).exists()
    assert hub.bytes_served(NAME) == len(data)
    states = [e.state for e in events]
    assert states[0] == "starting" and states[-1] == "done"
    assert "downloading" in states and "verifying" in states
    done = [e.bytes_done for e in events if e.state == "downloading"]
    assert done == sorted(done)
    assert events[-1].fraction == 1.0


def test_token_goes_to_hub_but_never_to_file_host(
    hub: HubServer, data: bytes, tmp_path: Path
) -> None:
    hub.valid_tokens.add("hf_secret")
    cfg = HubConfig(endpoint=hub.url, token="hf_secret")
    download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    heads = [r for r in hub.requests if r.host == "hub" and r.method == "HEAD"]
    assert heads and heads[0].authorization == "Bearer hf_secret"
    assert all(r.authorization is None for r in hub.requests if r.host == "files")
    assert "hf_secret" not in repr(cfg)


def test_hf_endpoint_environment_is_read_at_call_time(
    hub: HubServer, data: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    result = download_file(REPO, NAME, tmp_path, options=FAST)
    assert result.path.read_bytes() == data


def test_small_git_file_checked_with_git_blob_id(
    hub: HubServer, cfg: HubConfig, tmp_path: Path
) -> None:
    result = download_file(REPO, "README.md", tmp_path, config=cfg, options=FAST)
    assert result.path.read_bytes() == b"# Tiny\n"
    assert hub.count("GET", host="files") == 0  # small files come from the Hub itself


def test_dropped_connection_resumes_without_refetching(
    hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path
) -> None:
    hub.drop_after(500_000, times=1, host="files")
    events: list[DownloadProgress] = []
    result = download_file(
        REPO, NAME, tmp_path, config=cfg, options=FAST, on_progress=events.append
    )
    assert result.path.read_bytes() == data
    ranges = _files_gets(hub)
    assert ranges == [None, "bytes=500000-"]
    assert hub.bytes_served(NAME) == len(data)  # nothing fetched twice
    assert "retrying" in [e.state for e in events]


def test_network_loss_keeps_part_and_next_run_resumes(
    hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path
) -> None:
    # Every try gets 200 kB and then loses the connection; attempts reset on progress, so
    # make the drops permanent after the first bytes by failing the following requests.
    hub.drop_after(200_000, times=1, host="files")
    hub.fail(503, times=None, host="files")
    with pytest.raises(ServerError):
        download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    assert partial_bytes(tmp_path, NAME) == 200_000
    assert not (tmp_path / NAME).exists()
    hub.clear_faults()
    result = download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    assert result.resumed_from == 200_000
    assert result.path.read_bytes() == data
    assert hub.bytes_served(NAME) == len(data)


def test_pause_then_resume(hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path) -> None:
    hub.throttle_bps = 2_000_000
    opts = DownloadOptions(retry_wait_s=0.01, free_space_margin_bytes=0)

    def on_progress(p: DownloadProgress) -> None:
        if p.state == "downloading" and p.bytes_done > 100_000:
            downloader.pause()

    downloader = Downloader(REPO, NAME, tmp_path, config=cfg, options=opts, on_progress=on_progress)
    with pytest.raises(CancelledError):
        downloader.run()
    assert downloader.state == "paused"
    kept = partial_bytes(tmp_path, NAME)
    assert 100_000 < kept < len(data)
    hub.throttle_bps = None
    downloader.on_progress = None
    result = downloader.run()
    assert result.resumed_from == kept
    assert result.path.read_bytes() == data
    assert _files_gets(hub)[-1] == f"bytes={kept}-"


def test_cancel_token_from_another_thread(
    hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path
) -> None:
    hub.throttle_bps = 300_000
    token = CancelToken()
    timer = threading.Timer(0.3, token.cancel)
    timer.start()
    t0 = time.monotonic()
    with pytest.raises(CancelledError):
        download_file(REPO, NAME, tmp_path, config=cfg, options=FAST, cancel=token)
    assert time.monotonic() - t0 < 3
    assert 0 < partial_bytes(tmp_path, NAME) < len(data)
    assert not (tmp_path / NAME).exists()


def test_cancel_with_discard_deletes_part(hub: HubServer, cfg: HubConfig, tmp_path: Path) -> None:
    hub.throttle_bps = 300_000

    def on_progress(p: DownloadProgress) -> None:
        if p.state == "downloading" and p.bytes_done > 0:
            downloader.cancel(discard=True)

    downloader = Downloader(REPO, NAME, tmp_path, config=cfg, options=FAST, on_progress=on_progress)
    with pytest.raises(CancelledError):
        downloader.run()
    assert downloader.state == "cancelled"
    assert list(tmp_path.iterdir()) == []


RESUME_SCRIPT = """
import sys
from desktop.core.downloads.downloader import download_file
from desktop.core.downloads.records import DownloadOptions
from desktop.core.hub.client import HubConfig
r = download_file(sys.argv[2], sys.argv[3], sys.argv[4], config=HubConfig(endpoint=sys.argv[1]),
                  options=DownloadOptions(free_space_margin_bytes=0))
print(r.resumed_from, r.sha256)
"""


def test_resume_after_the_app_is_killed(hub: HubServer, data: bytes, tmp_path: Path) -> None:
    hub.throttle_bps = 400_000
    root = Path(__file__).resolve().parents[2]
    cmd = [sys.executable, "-c", RESUME_SCRIPT, hub.url, REPO, NAME, str(tmp_path)]
    proc = subprocess.Popen(cmd, cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    try:
        deadline = time.monotonic() + 20
        while partial_bytes(tmp_path, NAME) < 200_000 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        proc.kill()  # like a crash or a power cut: no clean-up code runs
        proc.wait()
    kept = partial_bytes(tmp_path, NAME)
    assert 200_000 <= kept < len(data)
    hub.throttle_bps = None
    deadline = time.monotonic() + 5
    while hub.count("GET", host="files") == 0 and time.monotonic() < deadline:
        time.sleep(0.02)  # the server notices the dead connection a moment later
    hub.reset_counters()
    out = subprocess.run(
        cmd,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    resumed, sha = out.stdout.split()
    assert int(resumed) == kept
    assert sha == hashlib.sha256(data).hexdigest()
    assert _files_gets(hub) == [f"bytes={kept}-"]
    assert hub.bytes_served(NAME) == len(data) - kept


def test_stale_part_of_another_version_is_discarded(
    hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path
) -> None:
    final, part, meta = part_paths(tmp_path, NAME)
    part.write_bytes(b"x" * 1000)
    meta.write_text(
        '{"repo_id": "acme/Tiny-GGUF", "filename": "tiny.Q4_0.gguf", '
        '"etag": "0000", "size": 1500000}'
    )
    result = download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    assert result.resumed_from == 0
    assert final.read_bytes() == data


def test_already_installed_file_is_not_downloaded_again(
    hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path
) -> None:
    (tmp_path / NAME).write_bytes(data)
    result = download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    assert result.already_present
    assert hub.bytes_served() == 0


def test_wrong_hash_deletes_the_file(
    hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path
) -> None:
    hub.add_file(REPO, "bad.gguf", data, advertised_sha256="ab" * 32)
    with pytest.raises(ChecksumError) as info:
        download_file(REPO, "bad.gguf", tmp_path, config=cfg, options=FAST)
    assert "deleted" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_catalog_hash_differs_from_hub_refuses_before_downloading(
    hub: HubServer, cfg: HubConfig, tmp_path: Path
) -> None:
    opts = DownloadOptions(expected_sha256="cd" * 32, free_space_margin_bytes=0)
    with pytest.raises(ChecksumError):
        download_file(REPO, NAME, tmp_path, config=cfg, options=opts)
    assert hub.bytes_served() == 0


def test_missing_file_and_repo(hub: HubServer, cfg: HubConfig, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError) as info:
        download_file(REPO, "nope.gguf", tmp_path, config=cfg, options=FAST)
    assert "nope.gguf" in info.value.message
    with pytest.raises(NotFoundError):
        download_file("acme/missing", NAME, tmp_path, config=cfg, options=FAST)
    assert list(tmp_path.iterdir()) == []


def test_gated_repo_needs_license_then_token(hub: HubServer, data: bytes, tmp_path: Path) -> None:
    hub.add_repo("corp/Gated-GGUF", files={NAME: data}, gated="manual")
    anon = HubConfig(endpoint=hub.url)
    with pytest.raises(GatedModelError) as info:  # 401, not logged in
        download_file("corp/Gated-GGUF", NAME, tmp_path, config=anon, options=FAST)
    assert f"{hub.url}/corp/Gated-GGUF" in info.value.hint
    hub.valid_tokens.add("hf_not_accepted")
    with pytest.raises(GatedModelError):  # 403, license not accepted
        download_file(
            "corp/Gated-GGUF",
            NAME,
            tmp_path,
            config=HubConfig(endpoint=hub.url, token="hf_not_accepted"),
            options=FAST,
        )
    with pytest.raises(UnauthorizedError):  # a wrong token
        download_file(
            "corp/Gated-GGUF",
            NAME,
            tmp_path,
            config=HubConfig(endpoint=hub.url, token="hf_wrong"),
            options=FAST,
        )
    hub.grant("corp/Gated-GGUF", "hf_ok")
    result = download_file(
        "corp/Gated-GGUF",
        NAME,
        tmp_path,
        config=HubConfig(endpoint=hub.url, token="hf_ok"),
        options=FAST,
    )
    assert result.path.read_bytes() == data


def test_forbidden_file_host(hub: HubServer, cfg: HubConfig, tmp_path: Path) -> None:
    hub.fail(403, times=None, host="files")
    with pytest.raises(UnauthorizedError):
        download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    # The expired-link case: one fresh resolve, then the error.
    assert hub.count("HEAD", host="hub") == 2


def test_rate_limited_then_ok(hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path) -> None:
    hub.fail(429, times=1, host="files", headers={"Retry-After": "0"})
    events: list[DownloadProgress] = []
    result = download_file(
        REPO, NAME, tmp_path, config=cfg, options=FAST, on_progress=events.append
    )
    assert result.path.read_bytes() == data
    retry = [e for e in events if e.state == "retrying"]
    assert retry and "too many requests" in retry[0].message


def test_rate_limited_for_good(hub: HubServer, cfg: HubConfig, tmp_path: Path) -> None:
    hub.fail(429, times=None, path="*/resolve/*")
    with pytest.raises(RateLimitedError):
        download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    assert hub.count("HEAD") == FAST.max_retries + 1


def test_server_error_then_ok_and_for_good(
    hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path
) -> None:
    hub.fail(500, times=2, host="files")
    assert download_file(REPO, NAME, tmp_path, config=cfg, options=FAST).size_bytes == len(data)
    (tmp_path / NAME).unlink()
    hub.fail(500, times=None, host="files")
    with pytest.raises(ServerError) as info:
        download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    assert "not your fault" in str(info.value)


def test_slow_server_progress_rate_and_speed(
    hub: HubServer, cfg: HubConfig, tmp_path: Path
) -> None:
    hub.add_file(REPO, "slow.gguf", _blob(600_000, seed=2))
    hub.throttle_bps = 800_000
    events: list[tuple[float, DownloadProgress]] = []
    opts = DownloadOptions(free_space_margin_bytes=0)
    t0 = time.monotonic()
    download_file(
        REPO,
        "slow.gguf",
        tmp_path,
        config=cfg,
        options=opts,
        on_progress=lambda p: events.append((time.monotonic(), p)),
    )
    elapsed = time.monotonic() - t0
    moving = [(t, p) for t, p in events if p.state == "downloading"]
    assert len(moving) >= 3
    assert len(moving) <= elapsed * 10 + 3  # at most ~10 events per second
    gaps = [b[0] - a[0] for a, b in zip(moving[1:], moving[2:], strict=False)]
    assert min(gaps) >= 0.09
    speeds = [p.bytes_per_s for _, p in moving[2:]]
    assert all(100_000 < s < 5_000_000 for s in speeds), speeds  # loosely ~800 kB/s
    etas = [p.eta_s for _, p in moving[2:]]
    assert all(e is not None and e >= 0 for e in etas)
    assert etas[-1] is not None and etas[0] is not None and etas[-1] < etas[0]


def test_offline_mode_fails_fast(
    hub: HubServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    t0 = time.monotonic()
    with pytest.raises(OfflineError):
        download_file(REPO, NAME, tmp_path, config=HubConfig(endpoint=hub.url, offline=True))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(OfflineError):
        download_file(REPO, NAME, tmp_path, config=HubConfig(endpoint=hub.url))
    assert time.monotonic() - t0 < 2
    assert hub.requests == []


def test_no_network_fails_fast(tmp_path: Path) -> None:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there: connection refused, like a dead network
    t0 = time.monotonic()
    with pytest.raises(OfflineError) as info:
        download_file(REPO, NAME, tmp_path, config=HubConfig(endpoint=f"http://127.0.0.1:{port}"))
    assert time.monotonic() - t0 < 5
    assert "Could not connect" in info.value.message


def test_downloads_disabled_by_policy(hub: HubServer, cfg: HubConfig, tmp_path: Path) -> None:
    with pytest.raises(DownloadsDisabledError):
        download_file(
            REPO, NAME, tmp_path, config=cfg, options=DownloadOptions(downloads_enabled=False)
        )
    assert hub.requests == []


def test_timeout_is_plain_network_error(hub: HubServer, tmp_path: Path) -> None:
    hub.add_fault(Fault(delay_s=3, times=None, host="files"))
    cfg = HubConfig(endpoint=hub.url, read_timeout_s=0.3)
    with pytest.raises(NetworkError) as info:
        download_file(
            REPO,
            NAME,
            tmp_path,
            config=cfg,
            options=DownloadOptions(max_retries=1, retry_wait_s=0.01, free_space_margin_bytes=0),
        )
    assert "too long" in info.value.message


def test_split_model_parts(hub: HubServer, cfg: HubConfig, tmp_path: Path) -> None:
    a, b = _blob(10_000, 3), _blob(20_000, 4)
    hub.add_file(REPO, "big-00001-of-00002.gguf", a)
    hub.add_file(REPO, "big-00002-of-00002.gguf", b)
    results = download_parts(
        REPO,
        ["big-00001-of-00002.gguf", "big-00002-of-00002.gguf"],
        tmp_path,
        config=cfg,
        options=FAST,
    )
    assert [r.path.read_bytes() for r in results] == [a, b]


# --- full disks --------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs (needs root and permission to mount; skipped otherwise)."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_not_enough_space_before_start(hub: HubServer, cfg: HubConfig, small_disk: Path) -> None:
    hub.add_file(REPO, "huge.gguf", _blob(3_000_000, 5))
    with pytest.raises(DiskSpaceError) as info:
        download_file(REPO, "huge.gguf", small_disk, config=cfg, options=FAST)
    assert "needs 3.0 MB" in info.value.message
    assert hub.bytes_served() == 0


def test_disk_fills_up_during_download_then_resumes(
    hub: HubServer, cfg: HubConfig, data: bytes, small_disk: Path
) -> None:
    filler = small_disk / "other-program.tmp"

    def fill_disk(p: DownloadProgress) -> None:
        # Another program fills the disk while we download.
        if p.state == "downloading" and p.bytes_done > 0 and not filler.exists():
            with open(filler, "wb", buffering=0) as f:
                try:
                    while True:
                        f.write(b"\0" * 65536)
                except OSError:
                    pass

    hub.throttle_bps = 3_000_000
    opts = DownloadOptions(free_space_margin_bytes=0)
    with pytest.raises(DiskSpaceError) as info:
        download_file(REPO, NAME, small_disk, config=cfg, options=opts, on_progress=fill_disk)
    assert "disk is full" in info.value.message
    kept = partial_bytes(small_disk, NAME)
    assert 0 < kept < len(data)
    assert not (small_disk / NAME).exists()
    filler.unlink()
    hub.throttle_bps = None
    result = download_file(REPO, NAME, small_disk, config=cfg, options=opts)
    assert result.resumed_from == kept
    assert result.path.read_bytes() == data


def test_configured_proxy_is_used(hub: HubServer, data: bytes, tmp_path: Path) -> None:
    from tests.hubserver import ForwardProxy

    with ForwardProxy() as proxy:
        cfg = HubConfig(endpoint=hub.url, proxy=proxy.url)
        result = download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    assert result.path.read_bytes() == data
    assert f"HEAD {hub.url}/{REPO}/resolve/main/{NAME}" in proxy.seen
    assert any(s.startswith(f"GET {hub.files_url}/blobs/") for s in proxy.seen)


def test_tls_verification_cannot_be_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server with a certificate the system does not trust is refused, plainly."""
    import ssl
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("HF_HUB_DISABLE_SSL_VERIFY", "1")  # ignored: always verified
        endpoint = f"https://127.0.0.1:{server.server_address[1]}"
        with pytest.raises(NetworkError) as info:
            download_file(REPO, NAME, tmp_path, config=HubConfig(endpoint=endpoint), options=FAST)
        assert "could not be verified" in info.value.message
        assert "certificate" in info.value.hint
    finally:
        server.shutdown()
        server.server_close()


# --- hostile servers (issue 14) ---------------------------------------------------------


def test_a_server_that_never_stops_is_cut_at_the_promised_size(
    hub: HubServer, cfg: HubConfig, data: bytes, tmp_path: Path
) -> None:
    hub.add_fault(Fault(endless=True, times=None, host="files", methods=("GET",)))
    started = time.monotonic()
    with pytest.raises(ChecksumError) as info:
        download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    assert "sent more than" in info.value.message and "nothing was kept" in info.value.message
    assert list(tmp_path.iterdir()) == []  # no .part, no .part.json
    assert time.monotonic() - started < 30
    # It stopped reading right after the promised size, not at the test server's cap.
    assert sum(r.body_bytes for r in hub.requests if r.host == "files") < 20 * len(data)


def test_a_redirect_loop_is_a_plain_error(hub: HubServer, cfg: HubConfig, tmp_path: Path) -> None:
    sha = hub.repos[REPO].files[NAME].sha256
    hub.add_fault(Fault(status=302, times=None, host="files", methods=("GET",),
                        headers={"Location": f"/blobs/{sha}"}))
    with pytest.raises(NetworkError) as info:
        download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    assert "redirect loop" in info.value.message
    assert list(tmp_path.iterdir()) == []


def test_junk_gzip_is_a_plain_error(hub: HubServer, cfg: HubConfig, tmp_path: Path) -> None:
    hub.add_fault(Fault(junk_gzip=True, times=None, host="files", methods=("GET",)))
    with pytest.raises(NetworkError) as info:
        download_file(REPO, NAME, tmp_path, config=cfg, options=FAST)
    assert "could not be read" in info.value.message
    assert list(tmp_path.iterdir()) == []


def test_not_enough_space_leaves_no_trace(hub: HubServer, cfg: HubConfig, tmp_path: Path) -> None:
    opts = DownloadOptions(retry_wait_s=0.01, free_space_margin_bytes=10**18)
    with pytest.raises(DiskSpaceError):
        download_file(REPO, NAME, tmp_path, config=cfg, options=opts)
    assert list(tmp_path.iterdir()) == []  # no .part.json left behind
    assert hub.bytes_served() == 0

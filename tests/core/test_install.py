"""The one install path (download every part, then register) against the local test Hub.

Everything is real: the ``huggingface_hub`` client lists the repo and resolves each file,
our Range downloader fetches the bytes from the test Hub on 127.0.0.1, and the library
registers the model in an isolated models folder.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from desktop.core.config.policy import Policy
from desktop.core.config.settings import Settings
from desktop.core.downloads.install import (
    InstallProgress,
    InstallRequest,
    ModelInstaller,
    bytes_on_disk,
    install_model,
)
from desktop.core.downloads.records import DownloadOptions
from desktop.core.errors import CancelledError, ChecksumError, DownloadsDisabledError
from desktop.core.hub.client import HubConfig
from desktop.core.hub.files import list_gguf_files
from desktop.core.library.library import Library
from tests.factories import make_tiny_gguf
from tests.hubserver import HubServer, hub_server  # noqa: F401

REPO = "acme/Split-GGUF"
PART1 = "tiny-split-Q8_0-00001-of-00002.gguf"
PART2 = "tiny-split-Q8_0-00002-of-00002.gguf"
FAST = DownloadOptions(retry_wait_s=0.01, max_retries=3, free_space_margin_bytes=0)


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """A split model: the first part is a real (tiny) GGUF, the second more bytes."""
    first = make_tiny_gguf(tmp_path_factory.mktemp("split") / PART1, n_layers=2, n_embd=64)
    return first.read_bytes(), hashlib.sha256(b"second").digest() * 20_000


@pytest.fixture
def hub(hub_server: HubServer, parts: tuple[bytes, bytes]) -> HubServer:  # noqa: F811
    hub_server.add_repo(REPO, files={PART1: parts[0], PART2: parts[1], "README.md": b"# s\n"})
    return hub_server


@pytest.fixture
def cfg(hub: HubServer) -> HubConfig:
    return HubConfig(endpoint=hub.url)


@pytest.fixture
def library() -> Library:
    return Library(Settings(), policy=Policy())


def _request(cfg: HubConfig) -> InstallRequest:
    (model,) = list_gguf_files(REPO, config=cfg)
    return InstallRequest.from_hub_file(REPO, model, catalog_id=None)


def test_split_model_downloads_every_part_and_registers_once(
    hub: HubServer, cfg: HubConfig, library: Library, parts: tuple[bytes, bytes]
) -> None:
    request = _request(cfg)
    assert request.parts == (PART1, PART2) and request.is_split
    total = len(parts[0]) + len(parts[1])
    assert request.size_bytes == total
    events: list[InstallProgress] = []
    dest = library.download_dir()
    result = install_model(
        request, dest, library=library, config=cfg, options=FAST, on_progress=events.append
    )
    assert [d.path.read_bytes() for d in result.downloads] == list(parts)
    assert result.size_bytes == total and result.register_error is None
    model = result.model
    assert model is not None and model.source == "download" and model.repo_id == REPO
    assert [p.name for p in model.parts] == [PART1, PART2]
    assert model.size_bytes == total
    # the library lists it once, with both parts
    listed = [m for m in Library(Settings(), policy=Policy()).list() if m.repo_id == REPO]
    assert [m.id for m in listed] == [model.id]
    # progress is the whole model's: one total, never going back, done only at the end
    assert {e.total_bytes for e in events if e.part_index == 1} == {total}
    done = [e.bytes_done for e in events]
    assert done == sorted(done) and done[-1] == total
    assert [e.state for e in events].count("done") == 1 and events[-1].state == "done"
    assert {e.part_index for e in events} == {0, 1} and events[-1].part_count == 2
    assert events[-1].to_dict()["model_bytes_done"] == total
    # installing again finds both parts verified and fetches nothing
    hub.reset_counters()
    again = install_model(request, dest, library=library, config=cfg, options=FAST)
    assert all(d.already_present for d in again.downloads)
    assert hub.bytes_served() == 0
    assert again.model is not None and again.model.id == model.id


def test_pause_in_second_part_then_resume_fetches_only_the_rest(
    hub: HubServer, cfg: HubConfig, library: Library, parts: tuple[bytes, bytes]
) -> None:
    request = _request(cfg)
    dest = library.download_dir()
    hub.throttle_bps = len(parts[1]) / 2  # the second part takes about two seconds
    paused_at = threading.Event()
    installer: ModelInstaller | None = None

    def progress(p: InstallProgress) -> None:
        if p.part_index == 1 and p.part.bytes_done > 0 and not paused_at.is_set():
            paused_at.set()
            assert installer is not None
            installer.pause()

    installer = ModelInstaller(
        request, dest, library=library, config=cfg, options=FAST, on_progress=progress
    )
    with pytest.raises(CancelledError, match="paused"):
        installer.run()
    assert installer.state == "paused"
    assert (dest / PART1).read_bytes() == parts[0]  # the first part is finished
    kept = bytes_on_disk(request, dest)
    assert len(parts[0]) < kept < len(parts[0]) + len(parts[1])
    hub.throttle_bps = None
    hub.reset_counters()
    result = installer.run()
    assert result.downloads[0].already_present
    assert result.downloads[1].resumed_from == kept - len(parts[0])
    assert hub.bytes_served(PART1) == 0
    assert hub.bytes_served(PART2) == len(parts[1]) - result.downloads[1].resumed_from
    assert result.model is not None and len(result.model.parts) == 2


def test_cancel_with_discard_leaves_no_half_model(
    hub: HubServer, cfg: HubConfig, library: Library, parts: tuple[bytes, bytes]
) -> None:
    request = _request(cfg)
    dest = library.download_dir()
    hub.throttle_bps = len(parts[1]) / 2
    installer: ModelInstaller | None = None

    def progress(p: InstallProgress) -> None:
        if p.part_index == 1 and p.part.bytes_done > 0:
            assert installer is not None
            installer.cancel(discard=True)

    installer = ModelInstaller(
        request, dest, library=library, config=cfg, options=FAST, on_progress=progress
    )
    with pytest.raises(CancelledError, match="stopped"):
        installer.run()
    hub.throttle_bps = None
    assert bytes_on_disk(request, dest) == 0
    assert sorted(p.name for p in dest.iterdir()) == []
    assert not [m for m in library.list() if m.repo_id == REPO]


def test_a_changed_part_is_refused_and_nothing_is_registered(
    hub: HubServer, cfg: HubConfig, library: Library
) -> None:
    request = _request(cfg)
    wrong = InstallRequest(
        request.repo_id, request.parts, (request.sha256[0], "0" * 64), request.part_sizes
    )
    with pytest.raises(ChecksumError, match="not the one the catalog lists"):
        install_model(wrong, library.download_dir(), library=library, config=cfg, options=FAST)
    assert not [m for m in library.list() if m.repo_id == REPO]


def test_policy_and_settings_are_respected_before_any_byte(
    hub: HubServer, cfg: HubConfig, tmp_path: Path
) -> None:
    request = _request(cfg)
    strict = Library(Settings(), policy=Policy(allowed_models=("other/*",)))
    hub.reset_counters()
    with pytest.raises(DownloadsDisabledError, match="does not allow"):
        install_model(request, tmp_path, library=strict, config=cfg, options=FAST)
    off = DownloadOptions(downloads_enabled=False)
    with pytest.raises(DownloadsDisabledError, match="turned off"):
        install_model(request, tmp_path, config=cfg, options=off)
    assert hub.bytes_served() == 0 and not list(tmp_path.iterdir())


def test_outside_the_models_folders_the_files_are_kept_unregistered(
    hub: HubServer, cfg: HubConfig, library: Library, tmp_path: Path
) -> None:
    result = install_model(_request(cfg), tmp_path, library=library, config=cfg, options=FAST)
    assert result.model is None and result.register_error is not None
    assert "not in a models folder" in result.register_error.message
    assert (tmp_path / PART1).is_file() and (tmp_path / PART2).is_file()


def test_a_pause_before_the_start_is_kept(
    hub: HubServer, cfg: HubConfig, library: Library, parts: tuple[bytes, bytes]
) -> None:
    """The window may pause a download still waiting for a free worker."""
    installer = ModelInstaller(_request(cfg), library.download_dir(), library=library, config=cfg)
    installer.pause()
    hub.reset_counters()
    with pytest.raises(CancelledError, match="paused"):
        installer.run()
    assert installer.state == "paused" and hub.bytes_served() == 0
    result = installer.run()  # Resume
    assert result.model is not None and result.size_bytes == len(parts[0]) + len(parts[1])

"""Installing a model from the Hub: download every file, then register it in the library.

The one install path of the app: the window's downloads (:mod:`desktop.ui.downloads`) and
``slm-playground download`` both build an :class:`InstallRequest` and run a
:class:`ModelInstaller`. A model is one file or a split GGUF (``name-00001-of-0000N.gguf``);
each part goes through the resumable, checksummed
:class:`~desktop.core.downloads.downloader.Downloader` in turn, progress is reported for the
whole model (:class:`InstallProgress`), and when every part is there the first part is
recorded in the library (which lists all parts as one model).

Pausing keeps every byte; running the same request again skips the parts already verified
and continues the unfinished one. Cancelling with ``discard`` deletes unfinished parts and
the finished parts of a split model that is not complete (they are useless alone).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.core.cancel import CancelToken
from desktop.core.config.policy import Policy
from desktop.core.downloads.downloader import Downloader
from desktop.core.downloads.partfile import (
    check_free_space,
    discard_partial,
    part_paths,
    partial_bytes,
)
from desktop.core.downloads.records import DownloadOptions, DownloadProgress, DownloadResult, State
from desktop.core.errors import CancelledError, DownloadsDisabledError, SlmError
from desktop.core.hub.client import HubConfig
from desktop.core.hub.files import HubFile
from desktop.core.i18n import _
from desktop.core.library.library import Library
from desktop.core.library.records import InstalledModel

log = logging.getLogger("desktop.core.downloads.install")


@dataclass(frozen=True)
class InstallRequest:
    """What to install (an immutable snapshot, built before the work starts).

    Attributes:
        repo_id: the Hub repo, ``owner/name``.
        parts: the file names inside the repo, in order (one unless the model is split).
        sha256: the promised sha256 of each part (``None`` where not known); empty when
            none is known. A promise that differs from the Hub's refuses the download.
        part_sizes: the promised size of each part (``None`` where not known); empty when
            none is known.
        catalog_id: the catalog entry it was chosen from, if any.
    """

    repo_id: str
    parts: tuple[str, ...]
    sha256: tuple[str | None, ...] = ()
    part_sizes: tuple[int | None, ...] = ()
    catalog_id: str | None = None

    def __post_init__(self) -> None:
        if not self.parts:
            raise ValueError("an install needs at least one file")
        for name, values in (("sha256", self.sha256), ("part_sizes", self.part_sizes)):
            if values and len(values) != len(self.parts):
                raise ValueError(f"{name} has {len(values)} entries for {len(self.parts)} parts")

    @classmethod
    def single(
        cls,
        repo_id: str,
        filename: str,
        *,
        sha256: str | None = None,
        size_bytes: int | None = None,
        catalog_id: str | None = None,
    ) -> InstallRequest:
        """A one-file model."""
        return cls(repo_id, (filename,), (sha256,), (size_bytes,), catalog_id)

    @classmethod
    def from_hub_file(
        cls, repo_id: str, file: HubFile, *, catalog_id: str | None = None
    ) -> InstallRequest:
        """A model as :func:`~desktop.core.hub.files.list_gguf_files` lists it (all parts)."""
        return cls(
            repo_id, tuple(file.parts), tuple(file.sha256), tuple(file.part_sizes), catalog_id
        )

    @property
    def filename(self) -> str:
        """The model's file name in the repo (the first part for a split model)."""
        return self.parts[0]

    @property
    def is_split(self) -> bool:
        """Whether the model comes in several files."""
        return len(self.parts) > 1

    @property
    def size_bytes(self) -> int | None:
        """The promised total size, when every part's size is known."""
        if not self.part_sizes or any(s is None for s in self.part_sizes):
            return None
        return sum(s or 0 for s in self.part_sizes)

    def part_sha256(self, i: int) -> str | None:
        """The promised sha256 of part ``i`` (0-based), if known."""
        return self.sha256[i] if self.sha256 else None

    def part_size(self, i: int) -> int | None:
        """The promised size of part ``i`` (0-based), if known."""
        return self.part_sizes[i] if self.part_sizes else None


@dataclass(frozen=True)
class InstallProgress:
    """Progress of a whole model (all its parts).

    Attributes:
        state: the download state; ``done`` only once the last part is verified.
        bytes_done: bytes on disk for the whole model (finished parts plus the current one).
        total_bytes: the model's total size, once every part's size is known.
        bytes_per_s: the current part's smoothed speed.
        eta_s: seconds left for the whole model at that speed, if known.
        message: a short plain-language note (e.g. why it is retrying).
        part: the current part's own event.
        part_index: which part (0-based).
        part_count: how many parts the model has.
    """

    state: State
    bytes_done: int
    total_bytes: int | None
    bytes_per_s: float
    eta_s: float | None
    message: str
    part: DownloadProgress
    part_index: int = 0
    part_count: int = 1

    @property
    def filename(self) -> str:
        """The file being downloaded now."""
        return self.part.filename

    @property
    def fraction(self) -> float | None:
        """Share of the whole model done, 0.0 to 1.0, if the size is known."""
        if not self.total_bytes:
            return None
        return min(1.0, self.bytes_done / self.total_bytes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form: the part's event, plus the whole model's numbers when split."""
        out = self.part.to_dict()
        if self.part_count > 1:
            out.update(
                part=self.part_index + 1,
                parts=self.part_count,
                model_bytes_done=self.bytes_done,
                model_total_bytes=self.total_bytes,
            )
        return out


InstallProgressCallback = Callable[[InstallProgress], None]


@dataclass(frozen=True)
class InstallResult:
    """A finished install.

    Attributes:
        request: what was installed.
        downloads: each part's verified download, in part order.
        model: the installed model, or ``None`` when it was not registered.
        register_error: why registering failed (the files are kept), if it did.
    """

    request: InstallRequest
    downloads: tuple[DownloadResult, ...]
    model: InstalledModel | None = None
    register_error: SlmError | None = None

    @property
    def path(self) -> Path:
        """The model file (the first part of a split model)."""
        return self.downloads[0].path

    @property
    def size_bytes(self) -> int:
        """All parts together."""
        return sum(d.size_bytes for d in self.downloads)


def bytes_on_disk(request: InstallRequest, dest_dir: str | os.PathLike[str]) -> int:
    """Bytes of ``request`` already in ``dest_dir``: finished parts plus unfinished ones."""
    total = 0
    for name in request.parts:
        final, _, _ = part_paths(dest_dir, name)
        try:
            total += final.stat().st_size
        except OSError:
            total += partial_bytes(dest_dir, name)
    return total


def discard_install(request: InstallRequest, dest_dir: str | os.PathLike[str]) -> None:
    """Delete what an unfinished install left: ``.part`` files, and a split model's parts.

    Finished parts of a split model are deleted only while some part is still missing
    (alone they are not a usable model); a single finished file is never touched.
    """
    for name in request.parts:
        discard_partial(dest_dir, name)
    if not request.is_split:
        return
    finals = [part_paths(dest_dir, name)[0] for name in request.parts]
    if all(f.is_file() for f in finals):
        return
    for f in finals:
        try:
            f.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not delete part %s: %s", f, exc)


def check_allowed(request: InstallRequest, policy: Policy | None) -> None:
    """Refuse, in plain words, a model the organisation's allow-list leaves out.

    Raises:
        DownloadsDisabledError: the policy does not allow this model.
    """
    if policy is None:
        return
    if not policy.allows(
        catalog_id=request.catalog_id,
        repo_id=request.repo_id,
        filename=Path(request.filename).name,
    ):
        raise DownloadsDisabledError(
            _("Your organisation does not allow this model."),
            hint=_("Pick a model from the catalog, or ask your IT contact."),
            detail=f"allow-list refused {request.repo_id}/{request.filename}",
        )


@dataclass
class _Tally:
    """Per-part sizes and the part in progress, for whole-model progress."""

    sizes: list[int | None]
    index: int = 0
    done_before: int = 0


class ModelInstaller:
    """Downloads every file of one model into a folder, then registers it. Resumable.

    ``run()`` blocks; call it from a worker thread. ``pause()`` and ``cancel()`` are
    thread-safe and make ``run()`` stop within one network chunk with
    :class:`~desktop.core.errors.CancelledError`. Calling ``run()`` again continues.

    Args:
        request: what to install.
        dest_dir: the models folder to download into (usually ``library.download_dir()``).
        library: where to register the model; ``None`` only downloads.
        config: how to reach the Hub.
        options: download knobs (see :class:`DownloadOptions`); the per-part hash and size
            come from ``request``.
        policy: the allow-list to respect (default: the library's policy).
        on_progress: called with each :class:`InstallProgress` (from the ``run()`` thread).
    """

    def __init__(
        self,
        request: InstallRequest,
        dest_dir: str | os.PathLike[str],
        *,
        library: Library | None = None,
        config: HubConfig | None = None,
        options: DownloadOptions | None = None,
        policy: Policy | None = None,
        on_progress: InstallProgressCallback | None = None,
    ) -> None:
        self.request = request
        self.dest_dir = Path(dest_dir)
        self.library = library
        self.config = config or HubConfig()
        self.options = options or DownloadOptions()
        self.policy = policy if policy is not None else (library.policy if library else None)
        self.on_progress = on_progress
        self.state: State = "starting"
        self._lock = threading.Lock()
        self._current: Downloader | None = None
        self._token: CancelToken | None = None
        self._stop_state: State = "cancelled"
        self._discard = False
        self._early_stop = False  # paused or cancelled before run() started

    # --- control ----------------------------------------------------------------------

    def pause(self) -> None:
        """Stop soon and keep the bytes so far; ``run()`` raises CancelledError."""
        with self._lock:
            self._stop_state = "paused"
            current, token = self._current, self._token
            self._early_stop = token is None
        if current is not None:
            current.pause()
        if token is not None:
            token.cancel()

    def cancel(self, *, discard: bool = False) -> None:
        """Stop soon; with ``discard`` also delete what the unfinished install left."""
        with self._lock:
            self._stop_state = "cancelled"
            self._discard = discard
            current, token = self._current, self._token
            self._early_stop = token is None
        if current is not None:
            current.cancel(discard=discard)
        if token is not None:
            token.cancel()
        elif discard:
            discard_install(self.request, self.dest_dir)

    def _stopped_as(self) -> tuple[State, bool]:
        """How the run was stopped (``paused`` or ``cancelled``) and whether to discard."""
        with self._lock:
            return self._stop_state, self._discard

    # --- the work ---------------------------------------------------------------------

    def run(self, cancel: CancelToken | None = None, *, register: bool = True) -> InstallResult:
        """Download (or continue downloading) every part, verify it, and register the model.

        Args:
            cancel: an extra cancel token (stops like :meth:`cancel`).
            register: record the model in the library (needs ``library``).

        Returns:
            The parts downloaded, and the installed model (or why registering failed:
            the files are kept and the error is in ``register_error``).

        Raises:
            DownloadsDisabledError: downloads are off, or the policy does not allow it.
            DiskSpaceError: not enough space for the whole model (checked first) or
                during a part.
            CancelledError: paused or cancelled.
            SlmError: anything the downloader raises (network, Hub, checksum), in plain words.
        """
        if not self.options.downloads_enabled:
            raise DownloadsDisabledError(
                _("Downloading models is turned off on this computer."),
                detail="downloads_enabled is false (settings or policy)",
            )
        check_allowed(self.request, self.policy)
        token = cancel or CancelToken()
        with self._lock:
            early, self._early_stop = self._early_stop, False
            if not early:  # a pause or cancel before the start (a queued job) still counts
                self._stop_state = "cancelled"
                self._discard = False
            self._token = token
        try:
            if early:
                raise CancelledError(_("Stopped before it started."))
            downloads = self._download_all(token)
        except CancelledError:
            state, discard = self._stopped_as()
            self.state = state
            if discard:
                discard_install(self.request, self.dest_dir)
            raise CancelledError(
                _("Download paused.") if state == "paused" else _("Download stopped."),
                detail=f"{self.request.repo_id}/{self.request.filename}",
            ) from None
        except SlmError:
            self.state = "failed"
            raise
        finally:
            with self._lock:
                self._token = None
                self._current = None
        self.state = "done"
        result = InstallResult(self.request, downloads)
        if register and self.library is not None:
            result = self._register(result)
        return result

    def _download_all(self, token: CancelToken) -> tuple[DownloadResult, ...]:
        request = self.request
        tally = _Tally(sizes=[request.part_size(i) for i in range(len(request.parts))])
        self._check_space(tally)
        results: list[DownloadResult] = []
        for i, name in enumerate(request.parts):
            token.raise_if_cancelled()
            tally.index = i
            sha = request.part_sha256(i)
            part_options = replace(  # a promised hash covers the size (and says it better)
                self.options,
                expected_sha256=sha,
                expected_size=None if sha else request.part_size(i),
            )
            downloader = Downloader(
                request.repo_id,
                name,
                self.dest_dir,
                config=self.config,
                options=part_options,
                on_progress=lambda p: self._part_progress(p, tally),
            )
            with self._lock:
                self._current = downloader
            token.raise_if_cancelled()  # paused or cancelled while the part was set up
            result = downloader.run(token)
            results.append(result)
            tally.sizes[i] = result.size_bytes
            tally.done_before += result.size_bytes
        return tuple(results)

    def _check_space(self, tally: _Tally) -> None:
        """With every size known, check room for the whole model before the first byte."""
        if any(s is None for s in tally.sizes):
            return
        have = bytes_on_disk(self.request, self.dest_dir)
        needed = max(0, sum(s or 0 for s in tally.sizes) - have)
        try:
            self.dest_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # the downloader says why, in plain words
        check_free_space(self.dest_dir, needed, self.options.free_space_margin_bytes)

    def _part_progress(self, p: DownloadProgress, tally: _Tally) -> None:
        i, count = tally.index, len(self.request.parts)
        if p.total_bytes is not None:
            tally.sizes[i] = p.total_bytes
        done = tally.done_before + p.bytes_done
        known = all(s is not None for s in tally.sizes)
        total = sum(s or 0 for s in tally.sizes) if known else None
        state: State = p.state
        if i < count - 1 and state in ("done", "starting"):
            state = "downloading"  # the model is not done until its last part is
        elif i > 0 and state == "starting":
            state = "downloading"
        eta = None
        if total is not None and p.bytes_per_s > 0:
            eta = max(0.0, (total - done) / p.bytes_per_s)
        self.state = state
        if self.on_progress is None:
            return
        self.on_progress(
            InstallProgress(
                state=state,
                bytes_done=done,
                total_bytes=total,
                bytes_per_s=p.bytes_per_s,
                eta_s=eta,
                message=p.message,
                part=p,
                part_index=i,
                part_count=count,
            )
        )

    def _register(self, result: InstallResult) -> InstallResult:
        assert self.library is not None
        first = result.downloads[0]
        try:
            model = self.library.register_download(
                first.path,
                self.request.repo_id,
                self.request.filename,
                first.sha256,
                first.size_bytes,
                catalog_id=self.request.catalog_id,
            )
        except SlmError as exc:
            log.info("could not register %s: %s", first.path, exc.detail or exc.message)
            return replace(result, register_error=exc)
        return replace(result, model=model)


def install_model(
    request: InstallRequest,
    dest_dir: str | os.PathLike[str],
    *,
    library: Library | None = None,
    config: HubConfig | None = None,
    options: DownloadOptions | None = None,
    policy: Policy | None = None,
    on_progress: InstallProgressCallback | None = None,
    cancel: CancelToken | None = None,
    register: bool = True,
) -> InstallResult:
    """Download and register one model (``ModelInstaller(...).run(cancel)``); see there."""
    installer = ModelInstaller(
        request,
        dest_dir,
        library=library,
        config=config,
        options=options,
        policy=policy,
        on_progress=on_progress,
    )
    return installer.run(cancel, register=register)

"""Downloads that survive real life: resume, pause, cancel, checksum, full disks.

``huggingface_hub`` 2.x restarts a download from zero on every call and deletes partial
files, which is painful for a 4 GB model on office Wi-Fi. This module keeps the parts
``huggingface_hub`` does well (the file URL, endpoint, auth headers, size and sha256 come
from :func:`desktop.core.hub.remote_header.resolve_file`, i.e. ``get_hf_file_metadata``) and
adds a small HTTP Range downloader:

* bytes go to ``NAME.part`` next to the final file, with ``NAME.part.json`` recording which
  remote file (ETag, size) they belong to, so a later run, even in a new process after a
  restart, continues where it stopped;
* dropped connections are retried with Range requests (no byte is fetched twice);
* the sha256 (or git blob id for small files) and the size are checked before the file
  gets its final name (an atomic rename); a mismatch deletes the bytes and raises
  :class:`~desktop.core.errors.ChecksumError`;
* free disk space is checked before starting; a full disk mid-way raises
  :class:`~desktop.core.errors.DiskSpaceError` and keeps the ``.part`` for later;
* progress events (:class:`DownloadProgress`) come at most ``1 / progress_interval_s``
  times a second, with a smoothed speed and an ETA.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from desktop.core.cancel import CancelToken
from desktop.core.downloads import verification
from desktop.core.downloads.partfile import (
    PartWriter,
    check_free_space,
    discard_partial,
    disk_error,
    fsync_dir,
    part_paths,
    partial_bytes,
)
from desktop.core.downloads.records import (
    DownloadOptions,
    DownloadProgress,
    DownloadResult,
    ProgressCallback,
    State,
)
from desktop.core.downloads.transfer import TooLong, Unusable, prepare_part, transfer
from desktop.core.errors import (
    CancelledError,
    ChecksumError,
    DiskSpaceError,
    DownloadsDisabledError,
    RateLimitedError,
    ServerError,
    SlmError,
    TimeoutError_,
)
from desktop.core.hub.client import HubConfig
from desktop.core.hub.remote_header import RemoteFile, resolve_file
from desktop.core.i18n import _
from desktop.core.units import format_bytes

log = logging.getLogger("desktop.core.downloads.downloader")


class _Rate:
    """Smoothed bytes per second (exponential moving average of short windows)."""

    def __init__(self) -> None:
        self.value = 0.0
        self._t: float | None = None
        self._n = 0

    def update(self, now: float, n_total: int) -> float:
        if self._t is None:
            self._t, self._n = now, n_total
            return self.value
        dt = now - self._t
        if dt >= 0.05:
            inst = (n_total - self._n) / dt
            self.value = inst if self.value == 0.0 else 0.3 * inst + 0.7 * self.value
            self._t, self._n = now, n_total
        return self.value


class Downloader:
    """Downloads one file from the Hub into a folder, resumably.

    ``run()`` blocks; call it from a worker thread. ``pause()`` and ``cancel()`` are
    thread-safe and make ``run()`` stop within one network chunk, keeping the ``.part``
    (``cancel(discard=True)`` deletes it). Calling ``run()`` again continues.

    Args:
        repo_id: ``owner/name``.
        filename: the file inside the repo.
        dest_dir: the models folder (default: :func:`desktop.core.paths.default_models_dir`).
        config: how to reach the Hub (endpoint, token, proxy, offline).
        options: see :class:`DownloadOptions`.
        on_progress: called with each :class:`DownloadProgress` (from the ``run()`` thread).
    """

    def __init__(
        self,
        repo_id: str,
        filename: str,
        dest_dir: str | os.PathLike[str] | None = None,
        *,
        config: HubConfig | None = None,
        options: DownloadOptions | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> None:
        if dest_dir is None:
            from desktop.core.paths import default_models_dir

            dest_dir = default_models_dir()
        self.repo_id = repo_id
        self.filename = filename
        self.dest_dir = Path(dest_dir)
        self.config = config or HubConfig()
        self.options = options or DownloadOptions()
        self.on_progress = on_progress
        self.final_path, self.part_path, self.meta_path = part_paths(self.dest_dir, filename)
        self.state: State = "starting"
        self._lock = threading.Lock()
        self._token: CancelToken | None = None
        self._stop_state: State = "cancelled"
        self._discard = False
        self._rate = _Rate()
        self._last_emit = 0.0
        self._resumed_from = 0
        self._total: int | None = None

    # --- control ----------------------------------------------------------------------

    def pause(self) -> None:
        """Stop soon and keep the bytes so far; ``run()`` raises CancelledError."""
        with self._lock:
            self._stop_state = "paused"
            if self._token is not None:
                self._token.cancel()

    def cancel(self, *, discard: bool = False) -> None:
        """Stop soon; with ``discard`` also delete the unfinished ``.part`` file."""
        with self._lock:
            self._stop_state = "cancelled"
            self._discard = discard
            if self._token is not None:
                self._token.cancel()
        if discard and self._token is None:
            discard_partial(self.dest_dir, self.filename)

    def _stopped_as(self) -> State:
        with self._lock:
            return self._stop_state

    # --- events -----------------------------------------------------------------------

    def _emit(
        self,
        state: State,
        done: int,
        total: int | None,
        *,
        force: bool = True,
        message: str = "",
    ) -> None:
        if total is not None:
            self._total = total
        now = time.monotonic()
        speed = self._rate.update(now, done - self._resumed_from)
        if not force and now - self._last_emit < self.options.progress_interval_s:
            return
        self._last_emit = now
        self.state = state
        if self.on_progress is None:
            return
        eta = None
        if total is not None and speed > 0:
            eta = max(0.0, (total - done) / speed)
        self.on_progress(
            DownloadProgress(
                filename=self.filename,
                bytes_done=done,
                total_bytes=total,
                bytes_per_s=speed,
                eta_s=eta,
                state=state,
                resumed_from=self._resumed_from,
                message=message,
            )
        )

    # --- the work ---------------------------------------------------------------------

    def run(self, cancel: CancelToken | None = None) -> DownloadResult:
        """Download (or continue downloading) and verify the file.

        Args:
            cancel: an extra cancel token (stops like :meth:`cancel`).

        Returns:
            The verified file under its final name.

        Raises:
            DownloadsDisabledError: downloads are turned off by policy.
            OfflineError: offline mode is on (at once) or there is no network.
            NotFoundError, GatedModelError, UnauthorizedError, RateLimitedError,
            ServerError, TimeoutError_, NetworkError: the Hub or network, in plain words.
            DiskSpaceError: not enough space before or during the download (``.part`` kept).
            ChecksumError: the bytes are not the published file (they were deleted).
            CancelledError: paused or cancelled (``.part`` kept unless discarded).
        """
        if not self.options.downloads_enabled:
            raise DownloadsDisabledError(
                _("Downloading models is turned off on this computer."),
                detail="downloads_enabled is false (settings or policy)",
            )
        token = cancel or CancelToken()
        with self._lock:
            self._token = token
            self._stop_state = "cancelled"
            self._discard = False
        self.config.check_online()
        self._rate = _Rate()
        self._resumed_from = 0
        try:
            return self._run(token)
        except CancelledError:
            state = self._stopped_as()
            if self._discard:
                discard_partial(self.dest_dir, self.filename)
            self._emit(state, partial_bytes(self.dest_dir, self.filename), self._total)
            raise CancelledError(
                _("Download paused.") if state == "paused" else _("Download stopped."),
                detail=f"{self.repo_id}/{self.filename}",
            ) from None
        except SlmError as exc:
            self.state = "failed"
            log.warning("download of %s/%s failed: %s", self.repo_id, self.filename, exc.detail)
            raise
        finally:
            with self._lock:
                self._token = None

    def _resolve(self, token: CancelToken) -> RemoteFile:
        attempt = 0
        while True:
            token.raise_if_cancelled()
            try:
                return resolve_file(
                    self.repo_id, self.filename, revision=self.options.revision, config=self.config
                )
            except (ServerError, RateLimitedError, TimeoutError_) as exc:
                attempt += 1
                if attempt > self.options.max_retries:
                    raise
                self._wait_retry(token, attempt, exc, None, 0, None)

    def _wait_retry(
        self,
        token: CancelToken,
        attempt: int,
        error: SlmError,
        wait_s: float | None,
        done: int,
        total: int | None,
    ) -> None:
        wait = wait_s if wait_s is not None else self.options.retry_wait_s * 2 ** (attempt - 1)
        wait = min(wait, 60.0 if wait_s is not None else 30.0)
        log.info(
            "retrying %s/%s in %.1fs (%d/%d): %s",
            self.repo_id,
            self.filename,
            wait,
            attempt,
            self.options.max_retries,
            error.detail or error.message,
        )
        self._emit(
            "retrying",
            done,
            total,
            message=f"{error.message} Trying again ({attempt} of {self.options.max_retries}).",
        )
        if token.wait(wait):
            raise CancelledError(_("Stopped."))

    def _run(self, token: CancelToken) -> DownloadResult:
        self._emit("starting", 0, None)
        try:
            self.dest_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise disk_error(exc, self.dest_dir) from exc
        remote = self._resolve(token)
        total = remote.size if remote.size is not None else self.options.expected_size
        if (
            self.options.expected_size is not None
            and remote.size is not None
            and remote.size != self.options.expected_size
        ):
            raise ChecksumError(
                _(
                    "The file “{name}” on the Hub has another size than the catalog lists, so "
                    "it was not downloaded."
                ).format(name=Path(self.filename).name),
                hint=_("Pick another model, or refresh the catalog."),
                detail=f"catalog size={self.options.expected_size} hub size={remote.size}",
            )
        sha = verification.expected_sha256(self, remote)
        present = verification.already_present(self, sha, remote, total)
        if present is not None:
            return present

        resume = prepare_part(self, remote, total)
        self._resumed_from = resume
        if total is not None:
            try:
                check_free_space(
                    self.dest_dir, max(0, total - resume), self.options.free_space_margin_bytes
                )
            except DiskSpaceError:
                if not resume:  # nothing to continue later: leave no trace behind
                    discard_partial(self.dest_dir, self.filename)
                raise
        git_size = total if (sha is None and remote.git_sha1 and total is not None) else None
        writer = PartWriter(self.part_path, git_size)
        try:
            self._rate.update(time.monotonic(), 0)
            self._emit("downloading", writer.size, total, message="")
            total = transfer(self, token, remote, writer, total)
            writer.finish()
        except TooLong as long:
            writer.close()
            discard_partial(self.dest_dir, self.filename)
            raise ChecksumError(
                _(
                    "The server sent more than the {size} that “{name}” should have, so the "
                    "download was stopped and nothing was kept."
                ).format(size=format_bytes(long.total), name=Path(self.filename).name),
                hint=_(
                    "Try again later. If it keeps happening, the server (or the office "
                    "proxy) is sending something else than the model; ask your IT contact."
                ),
                detail=f"{self.repo_id}/{self.filename}: body longer than {long.total} bytes",
            ) from None
        except Unusable as unusable:
            writer.close()
            discard_partial(self.dest_dir, self.filename)
            raise unusable.error from unusable.__cause__
        finally:
            writer.close()
        self._emit("verifying", writer.size, total)
        digest = verification.verify_part(self, writer, total, sha, remote)
        try:
            os.replace(self.part_path, self.final_path)
        except OSError as exc:
            raise disk_error(exc, self.final_path) from exc
        self.meta_path.unlink(missing_ok=True)
        fsync_dir(self.dest_dir)
        self._emit("done", writer.size, writer.size)
        log.info(
            "downloaded %s/%s (%d bytes, resumed from %d)",
            self.repo_id,
            self.filename,
            writer.size,
            resume,
        )
        return DownloadResult(
            path=self.final_path,
            sha256=digest,
            size_bytes=writer.size,
            repo_id=self.repo_id,
            filename=self.filename,
            commit=remote.commit,
            resumed_from=resume,
        )


def download_file(
    repo_id: str,
    filename: str,
    dest_dir: str | os.PathLike[str] | None = None,
    *,
    cancel: CancelToken | None = None,
    on_progress: ProgressCallback | None = None,
    config: HubConfig | None = None,
    options: DownloadOptions | None = None,
) -> DownloadResult:
    """Download one file from the Hub into ``dest_dir``, resuming a partial one.

    See :class:`Downloader` (this is ``Downloader(...).run(cancel)``) for what it raises.
    """
    downloader = Downloader(
        repo_id, filename, dest_dir, config=config, options=options, on_progress=on_progress
    )
    return downloader.run(cancel)


def download_parts(
    repo_id: str,
    filenames: Sequence[str],
    dest_dir: str | os.PathLike[str] | None = None,
    *,
    cancel: CancelToken | None = None,
    on_progress: ProgressCallback | None = None,
    config: HubConfig | None = None,
    options: DownloadOptions | None = None,
    expected_sha256: Sequence[str | None] | None = None,
) -> list[DownloadResult]:
    """Download every part of a split model (``-00001-of-0000N.gguf``) one after another.

    Each part is resumable and verified on its own; ``expected_sha256`` gives the hash of
    each part when known. Returns the results in part order.
    """
    options = options or DownloadOptions()
    results = []
    for i, name in enumerate(filenames):
        sha = expected_sha256[i] if expected_sha256 is not None else None
        part_options = replace(options, expected_sha256=sha, expected_size=None)
        results.append(
            download_file(
                repo_id,
                name,
                dest_dir,
                cancel=cancel,
                on_progress=on_progress,
                config=config,
                options=part_options,
            )
        )
    return results

"""What a download reports and is told: progress, result and options."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

State = Literal[
    "starting", "downloading", "retrying", "verifying", "done", "paused", "cancelled", "failed"
]


@dataclass(frozen=True)
class DownloadProgress:
    """One progress event.

    Attributes:
        filename: the file being downloaded (name inside the repo).
        bytes_done: bytes on disk so far (including a resumed part).
        total_bytes: the file's size, if known.
        bytes_per_s: smoothed speed over the last seconds.
        eta_s: seconds left at that speed, if known.
        state: ``starting``, ``downloading``, ``retrying``, ``verifying``, ``done``,
            ``paused``, ``cancelled`` or ``failed``.
        resumed_from: bytes that were already on disk when this run started.
        message: a short plain-language note (e.g. why it is retrying).
    """

    filename: str
    bytes_done: int
    total_bytes: int | None
    bytes_per_s: float
    eta_s: float | None
    state: State
    resumed_from: int = 0
    message: str = ""

    @property
    def fraction(self) -> float | None:
        """Share done, 0.0 to 1.0, if the size is known."""
        if not self.total_bytes:
            return None
        return min(1.0, self.bytes_done / self.total_bytes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (``--json-progress``)."""
        return {
            "event": "progress",
            "filename": self.filename,
            "bytes_done": self.bytes_done,
            "total_bytes": self.total_bytes,
            "bytes_per_s": round(self.bytes_per_s, 1),
            "eta_s": None if self.eta_s is None else round(self.eta_s, 1),
            "state": self.state,
            "resumed_from": self.resumed_from,
            "message": self.message,
        }


@dataclass(frozen=True)
class DownloadResult:
    """A finished, verified download.

    Attributes:
        path: the file under its final name.
        sha256: its sha256 (computed while downloading).
        size_bytes: its size.
        repo_id: where it came from.
        filename: its name inside the repo.
        commit: the repo commit it was downloaded at.
        resumed_from: bytes reused from an earlier, interrupted run.
        already_present: the verified file was already there; nothing was downloaded.
    """

    path: Path
    sha256: str
    size_bytes: int
    repo_id: str
    filename: str
    commit: str | None = None
    resumed_from: int = 0
    already_present: bool = False


@dataclass(frozen=True)
class DownloadOptions:
    """Knobs for one download.

    Attributes:
        revision: branch, tag or commit (default: the main branch).
        expected_sha256: the hash the catalog promises; must match the Hub's and the bytes.
        expected_size: the size the catalog promises.
        downloads_enabled: ``False`` (admin policy) refuses with DownloadsDisabledError.
        free_space_margin_bytes: free space to leave on the disk beyond the file.
        max_retries: tries after a dropped connection or a busy server (reset by progress).
        retry_wait_s: first wait between tries (doubles each time, at most 30 s).
        progress_interval_s: least time between two ``downloading`` events.
    """

    revision: str | None = None
    expected_sha256: str | None = None
    expected_size: int | None = None
    downloads_enabled: bool = True
    free_space_margin_bytes: int = 64 * 1024 * 1024
    max_retries: int = 5
    retry_wait_s: float = 1.0
    progress_interval_s: float = 0.1


ProgressCallback = Callable[[DownloadProgress], None]

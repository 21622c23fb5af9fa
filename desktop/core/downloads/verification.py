"""Checking a download: the catalog's promise against the Hub's, a verified file already in
place, and the finished ``.part`` against the published size and hash.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.downloads.partfile import PartWriter, discard_partial
from desktop.core.downloads.records import DownloadResult
from desktop.core.errors import ChecksumError
from desktop.core.hub.remote_header import RemoteFile
from desktop.core.i18n import _

if TYPE_CHECKING:
    from desktop.core.downloads.downloader import Downloader

log = logging.getLogger("desktop.core.downloads.downloader")


def expected_sha256(dl: Downloader, remote: RemoteFile) -> str | None:
    """The sha256 to check the download against (the catalog's, else the Hub's).

    Raises:
        ChecksumError: the catalog and the Hub give different hashes.
    """
    promised = (dl.options.expected_sha256 or "").lower() or None
    published = remote.sha256
    if promised and published and promised != published:
        raise ChecksumError(
            _(
                "The file “{name}” on the Hub is not the one the catalog lists (it was "
                "changed), so it was not downloaded."
            ).format(name=Path(dl.filename).name),
            hint=_("Pick another model, or refresh the catalog."),
            detail=f"catalog sha256={promised} hub sha256={published}",
        )
    return promised or published


def already_present(
    dl: Downloader, sha: str | None, remote: RemoteFile, total: int | None
) -> DownloadResult | None:
    """A verified file already under the final name (nothing to download)."""
    path = dl.final_path
    if not path.is_file() or sha is None:
        return None
    size = path.stat().st_size
    if total is not None and size != total:
        return None
    dl._emit("verifying", size, total)
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(4 * 1024 * 1024), b""):
            h.update(block)
    if h.hexdigest() != sha:
        return None
    dl._emit("done", size, size)
    return DownloadResult(
        path=path,
        sha256=sha,
        size_bytes=size,
        repo_id=dl.repo_id,
        filename=dl.filename,
        commit=remote.commit,
        already_present=True,
    )


def verify_part(
    dl: Downloader, writer: PartWriter, total: int | None, sha: str | None, remote: RemoteFile
) -> str:
    """The finished ``.part``'s sha256, after checking its size and the published hash.

    Raises:
        ChecksumError: the bytes are not the published file (they were deleted).
    """
    digest = writer.sha256.hexdigest()
    problem = None
    if total is not None and writer.size != total:
        problem = f"size {writer.size} != {total}"
    elif sha is not None and digest != sha:
        problem = f"sha256 {digest} != {sha}"
    elif sha is None and remote.git_sha1 and writer.git is not None:
        if writer.git.hexdigest() != remote.git_sha1:
            problem = f"git sha1 {writer.git.hexdigest()} != {remote.git_sha1}"
    if problem is not None:
        discard_partial(dl.dest_dir, dl.filename)
        raise ChecksumError(
            _(
                "The downloaded file “{name}” is damaged or not the published file, so it "
                "was deleted."
            ).format(name=Path(dl.filename).name),
            detail=f"{dl.repo_id}/{dl.filename}: {problem}",
        )
    if sha is None and remote.git_sha1 is None:
        log.warning("no published hash for %s/%s; size checked only", dl.repo_id, dl.filename)
    return digest

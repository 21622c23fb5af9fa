"""Fetching a file's bytes into its ``.part``: keeping a ``.part`` only when it belongs to
the same remote file, HTTP Range requests, retries, and the answers that stop a download.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

import httpx2

from desktop.core.cancel import CancelToken
from desktop.core.downloads.partfile import PartWriter, disk_error
from desktop.core.errors import CancelledError, ServerError, SlmError, TimeoutError_
from desktop.core.hub.client import make_client
from desktop.core.hub.errors import error_for_status, map_error
from desktop.core.hub.remote_header import RemoteFile
from desktop.core.i18n import _

if TYPE_CHECKING:
    from desktop.core.downloads.downloader import Downloader

log = logging.getLogger("desktop.core.downloads.downloader")

_RETRY_STATUS = (408, 429, 500, 502, 503, 504)
#: Bytes past the promised size before a download is refused. Zero: a file that is longer
#: than promised is not the published file, whatever its first bytes are.
OVERSIZE_TOLERANCE = 0


class _Refused(Exception):
    """The server refused the file request (a 4xx answer)."""

    def __init__(self, error: SlmError, status: int) -> None:
        super().__init__(error.message)
        self.error = error
        self.status = status


class TooLong(Exception):
    """The server sent more bytes than the file it promised (nothing of it is kept)."""

    def __init__(self, total: int) -> None:
        super().__init__(f"more than {total} bytes")
        self.total = total


class Unusable(Exception):
    """The server's answer cannot make the file: stop, and keep none of its bytes."""

    def __init__(self, error: SlmError) -> None:
        super().__init__(error.message)
        self.error = error


class _Retry(Exception):
    def __init__(self, error: SlmError, wait_s: float | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.wait_s = wait_s


def _retry_after(response: httpx2.Response) -> float | None:
    value = (response.headers.get("Retry-After") or "").strip()
    return float(value) if value.isdigit() else None


def prepare_part(dl: Downloader, remote: RemoteFile, total: int | None) -> int:
    """Keep a ``.part`` that belongs to this exact remote file; else start fresh."""
    wanted = {
        "repo_id": dl.repo_id,
        "filename": dl.filename,
        "etag": remote.etag,
        "size": total,
    }
    try:
        meta = json.loads(dl.meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        meta = None
    part_size = dl.part_path.stat().st_size if dl.part_path.exists() else 0
    keep = (
        isinstance(meta, dict)
        and all(meta.get(k) == v for k, v in wanted.items())
        and remote.etag is not None
        and (total is None or part_size <= total)
    )
    if not keep:
        if part_size:
            log.info("discarding stale partial download %s", dl.part_path)
        dl.part_path.unlink(missing_ok=True)
        part_size = 0
    try:
        dl.meta_path.write_text(json.dumps({**wanted, "commit": remote.commit}), encoding="utf-8")
    except OSError as exc:
        raise disk_error(exc, dl.meta_path) from exc
    return part_size


def transfer(
    dl: Downloader, token: CancelToken, remote: RemoteFile, writer: PartWriter, total: int | None
) -> int | None:
    """Fetch the missing bytes with Range requests, retrying drops; return the size."""
    attempt = 0
    refreshed = False
    with make_client(dl.config) as client:
        while True:
            token.raise_if_cancelled()
            if total is not None and writer.size >= total:
                return total
            headers = {"Accept-Encoding": "identity"}
            if remote.send_auth:
                headers.update(dl.config.headers())
            else:
                headers["user-agent"] = dl.config.headers().get("user-agent", "")
            if writer.size:
                headers["Range"] = f"bytes={writer.size}-"
            before = writer.size
            try:
                total = _fetch(dl, client, token, remote, writer, total, headers)
                if total is None or writer.size >= total:
                    return total if total is not None else writer.size
                raise _Retry(TimeoutError_(_("The connection ended early."), detail="short body"))
            except _Retry as retry:
                error, wait_s = retry.error, retry.wait_s
            except httpx2.TransportError as exc:
                error, wait_s = map_error(exc, config=dl.config), None
            except (httpx2.HTTPError, httpx2.StreamError, httpx2.InvalidURL) as exc:
                # A redirect loop, a body that cannot be decoded, a bad address: asking
                # again gives the same answer, and what was written cannot be trusted.
                raise Unusable(map_error(exc, config=dl.config)) from exc
            except _Refused as refused:
                if refused.status in (401, 403, 404) and not remote.send_auth and not refreshed:
                    # A signed CDN link may have expired: ask the Hub again, once.
                    refreshed = True
                    remote = dl._resolve(token)
                    continue
                raise refused.error from None
            if writer.size > before:
                attempt = 0
            attempt += 1
            if attempt > dl.options.max_retries:
                raise error
            dl._wait_retry(token, attempt, error, wait_s, writer.size, total)


def _fetch(
    dl: Downloader,
    client: httpx2.Client,
    token: CancelToken,
    remote: RemoteFile,
    writer: PartWriter,
    total: int | None,
    headers: dict[str, str],
) -> int | None:
    """One GET of the missing bytes into ``writer``; the file's size when known."""
    with client.stream("GET", remote.location, headers=headers) as response:
        status = response.status_code
        if status == 416 and writer.size:
            # What we have is at least as long as the file: check it, or start over.
            rng = response.headers.get("Content-Range", "")
            size = rng.rsplit("/", 1)[-1]
            if size.isdigit() and int(size) == writer.size:
                return writer.size
            writer.restart()
            raise _Retry(ServerError(_("The partial download did not fit."), detail=rng), 0)
        if status in _RETRY_STATUS:
            response.read()
            raise _Retry(
                error_for_status(
                    status,
                    config=dl.config,
                    repo_id=dl.repo_id,
                    filename=dl.filename,
                    detail=f"GET {remote.location}: {status}",
                ),
                _retry_after(response),
            )
        if status >= 400:
            response.read()
            error = error_for_status(
                status,
                config=dl.config,
                repo_id=dl.repo_id,
                filename=dl.filename,
                error_code=response.headers.get("X-Error-Code"),
                detail=f"GET {remote.location}: {status}",
            )
            raise _Refused(error, status)
        if status == 206:
            rng = response.headers.get("Content-Range", "")
            start = rng.removeprefix("bytes ").split("-", 1)[0]
            if not start.isdigit() or int(start) != writer.size:
                writer.restart()
                raise _Retry(ServerError(_("The server sent the wrong part."), detail=rng), 0)
            size = rng.rsplit("/", 1)[-1]
            if total is None and size.isdigit():
                total = int(size)
        else:
            if writer.size:
                log.info("server ignored Range; downloading %s from the start", dl.filename)
                writer.restart()
                dl._resumed_from = 0
            length = response.headers.get("Content-Length")
            if total is None and length and length.isdigit():
                total = int(length)
        # No chunk size: every piece is written as it arrives, so a dropped connection
        # loses nothing that was received (and cancel is checked per network read).
        for block in response.iter_bytes():
            if total is not None and writer.size + len(block) > total + OVERSIZE_TOLERANCE:
                raise TooLong(total)
            writer.write(block)
            dl._emit("downloading", writer.size, total, force=False)
            if token.cancelled:
                raise CancelledError(_("Stopped."))
    return total

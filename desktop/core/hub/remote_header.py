"""Reading a model's GGUF header on the Hub without downloading it.

:func:`resolve_file` asks where a file lives (one HEAD request); :class:`HttpRangeSource`
fetches only the first megabytes with HTTP Range requests, so the fit estimate works
before a download.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx2
from huggingface_hub import constants, get_hf_file_metadata, hf_hub_url
from huggingface_hub import errors as hf_errors

from desktop.core.cancel import CancelToken
from desktop.core.errors import SlmError
from desktop.core.hub.client import HubConfig, install_hub_session, make_client
from desktop.core.hub.errors import error_for_status, map_error

if TYPE_CHECKING:
    from desktop.core.modelfiles.gguf_header import GGUFHeader

log = logging.getLogger("desktop.core.hub.remote_header")


@dataclass(frozen=True)
class RemoteFile:
    """Where a Hub file really lives, with its size and hash (from one HEAD request).

    Attributes:
        repo_id: the repo.
        filename: the file inside it.
        url: the Hub URL (``/resolve/``).
        location: where the bytes are (a CDN URL after a redirect, or ``url``).
        size: size in bytes, if the Hub said.
        etag: the ETag: the sha256 for LFS files, the git blob id for small files.
        commit: the commit the file was resolved at.
        send_auth: whether ``location`` is on the Hub itself (the token may go there).
    """

    repo_id: str
    filename: str
    url: str
    location: str
    size: int | None
    etag: str | None
    commit: str | None
    send_auth: bool

    @property
    def sha256(self) -> str | None:
        """The sha256, when the ETag is one (LFS files)."""
        etag = (self.etag or "").lower()
        return etag if re.fullmatch(r"[0-9a-f]{64}", etag) else None

    @property
    def git_sha1(self) -> str | None:
        """The git blob id, when the ETag is one (small files stored in git)."""
        etag = (self.etag or "").lower()
        return etag if re.fullmatch(r"[0-9a-f]{40}", etag) else None


def _same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


def resolve_file(
    repo_id: str,
    filename: str,
    *,
    revision: str | None = None,
    config: HubConfig | None = None,
) -> RemoteFile:
    """Ask the Hub where a file is, how big it is and its hash (one HEAD, no retries).

    Raises:
        NotFoundError, GatedModelError, UnauthorizedError, RateLimitedError, ServerError,
        TimeoutError_, OfflineError, NetworkError: in plain words.
    """
    config = config or HubConfig()
    config.check_online()
    install_hub_session(config)
    endpoint = config.resolved_endpoint
    url = hf_hub_url(repo_id, filename, revision=revision, endpoint=endpoint)
    try:
        meta = get_hf_file_metadata(
            url,
            token=config.token,
            timeout=config.connect_timeout_s,
            endpoint=endpoint,
            library_name="slm-playground",
        )
    except Exception as exc:  # noqa: BLE001
        raise map_error(exc, config=config, repo_id=repo_id, filename=filename) from exc
    if meta.commit_hash is None:
        raise map_error(
            hf_errors.FileMetadataError(f"no {constants.HUGGINGFACE_HEADER_X_REPO_COMMIT} header"),
            config=config,
        )
    location = meta.location or url
    return RemoteFile(
        repo_id=repo_id,
        filename=filename,
        url=url,
        location=location,
        size=meta.size,
        etag=meta.etag,
        commit=meta.commit_hash,
        send_auth=_same_origin(url, location),
    )


class HttpRangeSource:
    """A :class:`~desktop.core.modelfiles.byte_source.ByteSource` over HTTP Range requests.

    Bytes are fetched ``chunk_size`` at a time (neighbouring missing chunks in one
    request) and the last ``max_chunks`` chunks are kept, so a header parser's many small
    reads cost a handful of requests.

    Args:
        url: the file's URL (a CDN location is fine).
        size: total size when known (else learnt from ``Content-Range``).
        headers: extra request headers (auth only when the URL is on the Hub itself).
        client: the HTTP client (default: :func:`make_client`).
        config: connection settings for the default client and for error messages.
        chunk_size: bytes per chunk.
        max_chunks: chunks kept in memory.
        cancel: stops between requests.
        name: the file name shown in error messages.
    """

    def __init__(
        self,
        url: str,
        *,
        size: int | None = None,
        headers: Mapping[str, str] | None = None,
        client: httpx2.Client | None = None,
        config: HubConfig | None = None,
        chunk_size: int = 2 * 1024 * 1024,
        max_chunks: int = 16,
        cancel: CancelToken | None = None,
        name: str | None = None,
    ) -> None:
        self.url = url
        #: Shown in messages about the file (e.g. a damaged header).
        self.name = name or urlsplit(url).path.rsplit("/", 1)[-1]
        self.size: int | None = size
        self._headers = dict(headers or {})
        self._config = config or HubConfig()
        self._own_client = client is None
        self._client = client or make_client(self._config)
        self._chunk = max(4096, chunk_size)
        self._max_chunks = max(1, max_chunks)
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        self._cancel = cancel
        #: Number of HTTP requests made so far.
        self.requests_made = 0
        #: Body bytes received so far.
        self.bytes_fetched = 0

    def close(self) -> None:
        """Release the connection (when this source made its own client)."""
        self._cache.clear()
        if self._own_client:
            self._client.close()

    def __enter__(self) -> HttpRangeSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, offset: int, length: int) -> bytes:
        """Return ``length`` bytes at ``offset`` (fewer only at the end of the file)."""
        if length <= 0 or offset < 0:
            return b""
        if self.size is not None:
            length = min(length, self.size - offset)
            if length <= 0:
                return b""
        first = offset // self._chunk
        last = (offset + length - 1) // self._chunk
        pieces: dict[int, bytes] = {}
        for i in range(first, last + 1):
            if i in self._cache:
                self._cache.move_to_end(i)
                pieces[i] = self._cache[i]
        # Fetch runs of neighbouring missing chunks with one request each.
        run: list[int] = []
        for index in [i for i in range(first, last + 1) if i not in pieces] + [-1]:
            if run and index != run[-1] + 1:
                pieces.update(self._fetch(run[0], run[-1]))
                run = []
            if index >= 0:
                run.append(index)
        out = bytearray()
        for i in range(first, last + 1):
            chunk = pieces.get(i, b"")
            out += chunk
            if len(chunk) < self._chunk:
                break  # end of file
        start = offset - first * self._chunk
        return bytes(out[start : start + length])

    def _fetch(self, first: int, last: int) -> dict[int, bytes]:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()
        start = first * self._chunk
        end = (last + 1) * self._chunk - 1
        if self.size is not None:
            end = min(end, self.size - 1)
        if start > end:
            return {}
        headers = {**self._headers, "Range": f"bytes={start}-{end}", "Accept-Encoding": "identity"}
        try:
            with self._client.stream("GET", self.url, headers=headers) as response:
                self.requests_made += 1
                if response.status_code == 416:
                    return {}
                if response.status_code >= 400:
                    response.read()
                    raise error_for_status(
                        response.status_code,
                        config=self._config,
                        error_code=response.headers.get("X-Error-Code"),
                        detail=f"GET {self.url} range {start}-{end}: {response.status_code}",
                    )
                want = end - start + 1
                data = bytearray()
                if response.status_code == 206:
                    total = response.headers.get("Content-Range", "").rsplit("/", 1)[-1]
                    if total.isdigit():
                        self.size = int(total)
                    skip = 0
                else:
                    # The server ignored Range: skip to our start and stop early.
                    skip = start
                    length = response.headers.get("Content-Length")
                    if length and length.isdigit() and "Content-Encoding" not in response.headers:
                        self.size = int(length)
                for block in response.iter_bytes(256 * 1024):
                    if skip:
                        cut = min(skip, len(block))
                        block = block[cut:]
                        skip -= cut
                    data += block
                    self.bytes_fetched += len(block)
                    if len(data) >= want:
                        break
        except SlmError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise map_error(exc, config=self._config) from exc
        data = data[:want]
        fetched: dict[int, bytes] = {}
        for i in range(first, last + 1):
            piece = bytes(data[(i - first) * self._chunk : (i - first + 1) * self._chunk])
            fetched[i] = piece
            self._cache[i] = piece
            self._cache.move_to_end(i)
            if len(piece) < self._chunk:
                break
        while len(self._cache) > self._max_chunks:
            self._cache.popitem(last=False)
        return fetched


def read_remote_header(
    repo_id: str,
    filename: str,
    *,
    revision: str | None = None,
    config: HubConfig | None = None,
    cancel: CancelToken | None = None,
) -> GGUFHeader:
    """Read a GGUF file's header from the Hub without downloading the file.

    Only the first few megabytes are fetched (HTTP Range); enough for the fit estimate.

    Args:
        repo_id: ``owner/name``.
        filename: the ``.gguf`` file (for split models, the first part).
        revision: branch, tag or commit.
        config: how to reach the Hub.
        cancel: stops between requests.

    Returns:
        The parsed header (``file_size`` is the remote file's size).

    Raises:
        ModelFileError: the file is not a readable GGUF file.
        NotFoundError, GatedModelError, UnauthorizedError, OfflineError, NetworkError:
            in plain words.
    """
    from desktop.core.modelfiles.gguf import read_gguf_header

    config = config or HubConfig()
    remote = resolve_file(repo_id, filename, revision=revision, config=config)
    headers = config.headers() if remote.send_auth else {}
    with HttpRangeSource(
        remote.location,
        size=remote.size,
        headers=headers,
        config=config,
        cancel=cancel,
        name=filename,
    ) as source:
        header = read_gguf_header(source)
        log.info(
            "read remote header of %s/%s: %d requests, %d bytes",
            repo_id,
            filename,
            source.requests_made,
            source.bytes_fetched,
        )
        return header

"""A small Hugging Face Hub-compatible HTTP server for tests (127.0.0.1 only).

It speaks just enough of the Hub's protocol for the *real* ``huggingface_hub`` 2.x client
(``HfApi.list_models``, ``model_info``, ``list_repo_tree``, ``get_paths_info``,
``get_hf_file_metadata``, ``hf_hub_download``) and for our own Range downloader:

* ``HEAD/GET /{repo}/resolve/{revision}/{filename}`` with ``X-Repo-Commit``, ``ETag``,
  ``X-Linked-Size`` and ``X-Linked-Etag`` (the sha256 for LFS files), ``Accept-Ranges``;
  LFS files are redirected (302) to a *second* server on another port, like the Hub's CDN,
  unless ``redirect_lfs=False``;
* Range GETs (``206`` + ``Content-Range``, ``416`` past the end) on both servers;
* ``GET /api/models`` (``filter``, ``search``, ``author``, ``sort``, ``limit``, ``expand``),
  ``GET /api/models/{repo}[/revision/{rev}]`` (``blobs=true`` adds sizes and LFS sha256),
  ``GET /api/models/{repo}/tree/{rev}[/{path}]``, ``POST /api/models/{repo}/paths-info/{rev}``;
* the Hub's error answers: ``X-Error-Code`` ``RepoNotFound`` / ``EntryNotFound`` /
  ``RevisionNotFound`` / ``GatedRepo`` and the 401/403/404 split the Hub uses;
* test knobs: :class:`Fault` (answer with a status such as 401/403/404/429/500, delay the
  answer, or drop the connection after N body bytes), a bandwidth throttle, and counters of
  requests and bytes served.

Typical use::

    with HubServer() as hub:
        hub.add_repo("acme/tiny-GGUF", files={"tiny.Q4_0.gguf": data})
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        ...
        assert hub.bytes_served("tiny.Q4_0.gguf") == len(data)

or the ``hub_server`` fixture below (import it into a test module or a conftest).
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import hashlib
import json
import os
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, quote, unquote, urlsplit

import pytest

#: Files with these endings (or bigger than ``LFS_THRESHOLD``) are stored "in LFS".
LFS_SUFFIXES = (".gguf", ".bin", ".safetensors", ".ggml", ".pt", ".onnx")
LFS_THRESHOLD = 10 * 1024 * 1024
#: An ``endless`` fault stops by itself after this many body bytes (a test must never fill
#: the disk when the client under test does not stop).
ENDLESS_CAP = 256 * 1024 * 1024

_EPOCH = _dt.datetime(2024, 1, 1, tzinfo=_dt.UTC)


def _iso(value: _dt.datetime) -> str:
    return value.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def git_blob_sha1(data: bytes) -> str:
    """The git object id of a blob with these bytes (the Hub's ``oid`` for non-LFS files)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def lfs_pointer(sha256: str, size: int) -> bytes:
    """The git-lfs pointer file that git stores in place of an LFS file."""
    return (
        f"version https://git-lfs.github.com/spec/v1\noid sha256:{sha256}\nsize {size}\n".encode()
    )


@dataclass
class HubFile:
    """One file of a test repo: bytes in memory or a path on disk."""

    path: str
    data: bytes | None = None
    source: Path | None = None
    lfs: bool = False
    #: Advertise this sha256 instead of the real one (to test checksum failures).
    advertised_sha256: str | None = None
    _sha256: str | None = None

    @property
    def size(self) -> int:
        """Size in bytes."""
        if self.data is not None:
            return len(self.data)
        assert self.source is not None
        return self.source.stat().st_size

    @property
    def real_sha256(self) -> str:
        """The sha256 of the actual content (computed once)."""
        if self._sha256 is None:
            h = hashlib.sha256()
            if self.data is not None:
                h.update(self.data)
            else:
                assert self.source is not None
                with open(self.source, "rb") as f:
                    for block in iter(lambda: f.read(1 << 20), b""):
                        h.update(block)
            self._sha256 = h.hexdigest()
        return self._sha256

    @property
    def sha256(self) -> str:
        """The sha256 the server advertises."""
        return self.advertised_sha256 or self.real_sha256

    @property
    def oid(self) -> str:
        """The git blob id (of the LFS pointer for LFS files)."""
        if self.lfs:
            return git_blob_sha1(lfs_pointer(self.sha256, self.size))
        return git_blob_sha1(self.read(0, self.size))

    @property
    def etag(self) -> str:
        """The ETag the Hub sends: the sha256 for LFS files, the git blob id otherwise."""
        return self.sha256 if self.lfs else self.oid

    def read(self, offset: int, length: int) -> bytes:
        """Read ``length`` bytes at ``offset``."""
        if self.data is not None:
            return self.data[offset : offset + length]
        assert self.source is not None
        with open(self.source, "rb") as f:
            f.seek(offset)
            return f.read(length)

    def sibling(self, blobs: bool) -> dict[str, Any]:
        """The entry in ``/api/models/{repo}`` ``siblings``."""
        out: dict[str, Any] = {"rfilename": self.path}
        if blobs:
            out["blobId"] = self.oid
            out["size"] = self.size
            if self.lfs:
                out["lfs"] = {
                    "sha256": self.sha256,
                    "size": self.size,
                    "pointerSize": len(lfs_pointer(self.sha256, self.size)),
                }
        return out

    def tree_entry(self) -> dict[str, Any]:
        """The entry in ``/api/models/{repo}/tree`` and ``paths-info``."""
        out: dict[str, Any] = {
            "type": "file",
            "oid": self.oid,
            "size": self.size,
            "path": self.path,
        }
        if self.lfs:
            out["lfs"] = {
                "oid": self.sha256,
                "size": self.size,
                "pointerSize": len(lfs_pointer(self.sha256, self.size)),
            }
        return out


@dataclass
class HubRepo:
    """One model repo on the test Hub."""

    repo_id: str
    files: dict[str, HubFile] = field(default_factory=dict)
    sha: str = ""
    #: ``False``, ``"auto"`` or ``"manual"``, like the Hub.
    gated: Literal[False, "auto", "manual"] = False
    private: bool = False
    downloads: int = 0
    likes: int = 0
    tags: tuple[str, ...] = ()
    pipeline_tag: str | None = "text-generation"
    created_at: _dt.datetime = _EPOCH
    last_modified: _dt.datetime = _EPOCH
    #: What ``expand=gguf`` returns (e.g. ``{"total": 134515008, "architecture": "llama",
    #: "context_length": 8192}``), or ``None``.
    gguf: dict[str, Any] | None = None
    #: Tokens that may read this repo when it is gated or private.
    granted_tokens: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.sha:
            self.sha = hashlib.sha1(self.repo_id.encode()).hexdigest()

    @property
    def author(self) -> str:
        """The namespace part of the repo id."""
        return self.repo_id.split("/")[0] if "/" in self.repo_id else ""

    @property
    def all_tags(self) -> list[str]:
        """Tags, with ``gguf`` added when the repo holds a GGUF file (as the Hub does)."""
        tags = list(self.tags)
        if any(p.endswith(".gguf") for p in self.files) and "gguf" not in tags:
            tags.insert(0, "gguf")
        return tags

    def info(self, *, expand: list[str] | None, blobs: bool, full: bool) -> dict[str, Any]:
        """The JSON the Hub returns for this repo."""
        props: dict[str, Any] = {
            "author": self.author,
            "sha": self.sha,
            "createdAt": _iso(self.created_at),
            "lastModified": _iso(self.last_modified),
            "private": self.private,
            "disabled": False,
            "gated": self.gated,
            "downloads": self.downloads,
            "likes": self.likes,
            "tags": self.all_tags,
            "pipeline_tag": self.pipeline_tag,
            "library_name": "gguf" if "gguf" in self.all_tags else None,
            "siblings": [f.sibling(blobs) for f in self.files.values()],
            "usedStorage": sum(f.size for f in self.files.values()),
            "trendingScore": 0,
        }
        if self.gguf is not None:
            props["gguf"] = self.gguf
        out: dict[str, Any] = {"_id": self.sha[:24], "id": self.repo_id}
        if expand:
            for key in expand:
                if key in props:
                    out[key] = props[key]
            return out
        out.update(props)
        out["modelId"] = self.repo_id
        return out


@dataclass
class Fault:
    """A scripted misbehaviour applied to matching requests.

    Attributes:
        status: answer with this HTTP status instead of the real answer (e.g. 401, 403,
            404, 429, 500, 503). ``error_code`` sets the ``X-Error-Code`` header.
        drop_after: send the real headers, then only this many body bytes, then cut the
            connection (a network drop in the middle of a file).
        delay_s: wait this long before answering (a hung server, for timeouts).
        times: how many matching requests are affected; ``None`` means all of them.
        path: only requests whose path (without the query) matches this ``fnmatch``
            pattern, e.g. ``"*/resolve/*"`` or ``"/api/models*"``; ``None`` matches all.
        methods: only these HTTP methods.
        host: ``"hub"``, ``"files"`` (the CDN-like file host) or ``"any"``.
        headers: extra response headers (e.g. ``{"Retry-After": "1"}``).
        endless: send file bodies without a length and never stop: the real bytes, then
            filler, until the client hangs up (or ``ENDLESS_CAP`` bytes, a safety stop).
        junk_gzip: file bodies claim ``Content-Encoding: gzip`` but are not gzip at all.
    """

    status: int | None = None
    drop_after: int | None = None
    delay_s: float = 0.0
    times: int | None = 1
    path: str | None = None
    methods: tuple[str, ...] = ("GET", "HEAD", "POST")
    host: Literal["hub", "files", "any"] = "any"
    error_code: str | None = None
    error_message: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    endless: bool = False
    junk_gzip: bool = False

    def matches(self, method: str, path: str, host: str) -> bool:
        """Whether this fault applies to the request."""
        if self.times is not None and self.times <= 0:
            return False
        if method not in self.methods:
            return False
        if self.host != "any" and self.host != host:
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)


@dataclass
class RequestRecord:
    """One request the servers received (updated while it is answered)."""

    host: str
    method: str
    path: str
    query: str
    range: str | None
    authorization: str | None
    status: int = 0
    #: File body bytes written to the socket so far.
    body_bytes: int = 0
    #: The repo file whose content is sent (``"repo_id/filename"``), if any.
    served_file: str | None = None


class HubServer:
    """The test Hub: a hub server plus a separate file host, both on 127.0.0.1.

    Args:
        redirect_lfs: redirect LFS downloads to the file host (like the real Hub's CDN).
        valid_tokens: access tokens the server accepts; any other ``Authorization`` header
            gets ``401 Invalid credentials``.
        page_size: results per page for ``/api/models`` (pages are linked with ``Link``).
    """

    def __init__(
        self,
        *,
        redirect_lfs: bool = True,
        valid_tokens: set[str] | None = None,
        page_size: int = 1000,
    ) -> None:
        self.redirect_lfs = redirect_lfs
        self.valid_tokens: set[str] = set(valid_tokens or ())
        self.page_size = page_size
        self.repos: dict[str, HubRepo] = {}
        self.faults: list[Fault] = []
        #: Bytes per second for file bodies (both hosts); ``None`` means full speed.
        self.throttle_bps: float | None = None
        self.requests: list[RequestRecord] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._hub: ThreadingHTTPServer | None = None
        self._files: ThreadingHTTPServer | None = None
        self._threads: list[threading.Thread] = []

    # --- life cycle -------------------------------------------------------------------

    def start(self) -> HubServer:
        """Start both servers in background threads."""
        self._hub = _make_server(self, "hub")
        self._files = _make_server(self, "files")
        for server in (self._hub, self._files):
            t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
            t.daemon = True
            t.start()
            self._threads.append(t)
        return self

    def stop(self) -> None:
        """Stop both servers and end throttled or delayed answers quickly."""
        self._stopping.set()
        for server in (self._hub, self._files):
            if server is not None:
                server.shutdown()
                server.server_close()
        for t in self._threads:
            t.join(timeout=5)
        self._threads.clear()

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The endpoint to use as ``HF_ENDPOINT``."""
        assert self._hub is not None, "server not started"
        return f"http://127.0.0.1:{self._hub.server_address[1]}"

    @property
    def files_url(self) -> str:
        """Base URL of the CDN-like file host."""
        assert self._files is not None, "server not started"
        return f"http://127.0.0.1:{self._files.server_address[1]}"

    # --- content ----------------------------------------------------------------------

    def add_repo(
        self,
        repo_id: str,
        *,
        files: Mapping[str, bytes | str | os.PathLike[str]] | None = None,
        **attrs: Any,
    ) -> HubRepo:
        """Add (or replace) a repo; ``attrs`` are :class:`HubRepo` fields (gated, likes...)."""
        repo = HubRepo(repo_id=repo_id, **attrs)
        with self._lock:
            self.repos[repo_id] = repo
        for name, content in (files or {}).items():
            self.add_file(repo_id, name, content)
        return repo

    def add_file(
        self,
        repo_id: str,
        filename: str,
        content: bytes | str | os.PathLike[str],
        *,
        lfs: bool | None = None,
        advertised_sha256: str | None = None,
        sha256: str | None = None,
    ) -> HubFile:
        """Add a file to a repo (creating the repo if needed).

        Args:
            repo_id: the repo.
            filename: path inside the repo (may contain ``/``).
            content: the bytes, or a path to a file on disk (served without copying).
            lfs: store in LFS; by default by file ending or size.
            advertised_sha256: publish this hash instead of the real one.
            sha256: the real sha256 if already known (saves hashing a big file).
        """
        if repo_id not in self.repos:
            self.add_repo(repo_id)
        if isinstance(content, bytes):
            f = HubFile(path=filename, data=content)
        else:
            f = HubFile(path=filename, source=Path(content))
        f._sha256 = sha256
        f.lfs = (
            lfs if lfs is not None else (filename.endswith(LFS_SUFFIXES) or f.size > LFS_THRESHOLD)
        )
        f.advertised_sha256 = advertised_sha256
        with self._lock:
            self.repos[repo_id].files[filename] = f
        return f

    def grant(self, repo_id: str, token: str) -> None:
        """Let ``token`` read a gated or private repo (and accept the token at all)."""
        self.valid_tokens.add(token)
        self.repos[repo_id].granted_tokens.add(token)

    # --- knobs ------------------------------------------------------------------------

    def add_fault(self, fault: Fault) -> Fault:
        """Apply ``fault`` to the next matching requests."""
        with self._lock:
            self.faults.append(fault)
        return fault

    def fail(
        self, status: int, *, times: int | None = 1, path: str | None = None, **kwargs: Any
    ) -> Fault:
        """Shortcut: answer matching requests with ``status``."""
        return self.add_fault(Fault(status=status, times=times, path=path, **kwargs))

    def drop_after(
        self, n_bytes: int, *, times: int | None = 1, path: str | None = None, **kwargs: Any
    ) -> Fault:
        """Shortcut: cut file downloads after ``n_bytes`` body bytes."""
        kwargs.setdefault("methods", ("GET",))
        return self.add_fault(Fault(drop_after=n_bytes, times=times, path=path, **kwargs))

    def clear_faults(self) -> None:
        """Forget every pending fault."""
        with self._lock:
            self.faults.clear()

    def _take_fault(self, method: str, path: str, host: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.matches(method, path, host):
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None

    # --- counters ---------------------------------------------------------------------

    def _record(self, record: RequestRecord) -> None:
        with self._lock:
            self.requests.append(record)

    def bytes_served(self, filename: str | None = None) -> int:
        """File body bytes sent so far (both hosts), optionally for one file name."""
        with self._lock:
            return sum(
                r.body_bytes
                for r in self.requests
                if r.served_file is not None
                and (filename is None or r.served_file.endswith("/" + filename))
            )

    def count(
        self, method: str | None = None, path: str | None = None, host: str | None = None
    ) -> int:
        """Number of requests matching the method, ``fnmatch`` path pattern and host."""
        with self._lock:
            return sum(
                1
                for r in self.requests
                if (method is None or r.method == method)
                and (path is None or fnmatch.fnmatchcase(r.path, path))
                and (host is None or r.host == host)
            )

    def reset_counters(self) -> None:
        """Forget the recorded requests."""
        with self._lock:
            self.requests.clear()

    # --- lookups used by the handler --------------------------------------------------

    def find_blob(self, sha256: str) -> tuple[HubRepo, HubFile] | None:
        """The file with this (advertised) sha256."""
        with self._lock:
            for repo in self.repos.values():
                for f in repo.files.values():
                    if f.lfs and f.sha256 == sha256:
                        return repo, f
        return None


def _make_server(hub: HubServer, role: str) -> ThreadingHTTPServer:
    handler = type(f"_{role.title()}Handler", (_Handler,), {"hub": hub, "role": role})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    return server


class _Drop(Exception):
    """Raised inside the handler to cut the connection."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hub: HubServer
    role: str

    # quiet
    def log_message(self, format: str, *args: Any) -> None:
        pass

    # --- entry points -----------------------------------------------------------------

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        self._method = method
        self._drop_after: int | None = None
        self._extra: Mapping[str, str] = {}
        self._fault: Fault | None = None
        parts = urlsplit(self.path)
        self._path = unquote(parts.path)
        self._query = parse_qs(parts.query, keep_blank_values=True)
        # Recorded as soon as it arrives (and updated while answering), so a client that
        # has its answer always finds its request counted.
        self._rec = RequestRecord(
            host=self.role,
            method=method,
            path=self._path,
            query=parts.query,
            range=self.headers.get("Range"),
            authorization=self.headers.get("Authorization"),
        )
        self.hub._record(self._rec)
        body = b""
        if method == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
        try:
            fault = self.hub._take_fault(method, self._path, self.role)
            if fault is not None and fault.delay_s:
                if self.hub._stopping.wait(fault.delay_s):
                    raise _Drop
            if fault is not None and fault.status is not None:
                self._error(
                    fault.status,
                    fault.error_message or f"Injected error {fault.status}",
                    code=fault.error_code,
                    extra=fault.headers,
                )
            else:
                self._drop_after = fault.drop_after if fault is not None else None
                self._fault = fault
                self._extra = fault.headers if fault is not None else {}
                if self.role == "files":
                    self._files_route()
                else:
                    self._hub_route(body)
        except (_Drop, BrokenPipeError, ConnectionResetError):
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    # --- helpers ----------------------------------------------------------------------

    def _token(self) -> str | None:
        auth = self.headers.get("Authorization") or ""
        return auth[7:].strip() if auth.lower().startswith("bearer ") else None

    def _send_head(self, status: int, headers: Mapping[str, str]) -> None:
        self._rec.status = status
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        for key, value in self._extra.items():
            self.send_header(key, value)
        self.end_headers()

    def _json(self, status: int, payload: Any, headers: Mapping[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self._send_head(
            status,
            {
                "Content-Type": "application/json; charset=utf-8",
                "Content-Length": str(len(data)),
                **(headers or {}),
            },
        )
        if self._method != "HEAD":
            self.wfile.write(data)

    def _error(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        headers = {"X-Error-Message": message, **(extra or {})}
        if code:
            headers["X-Error-Code"] = code
        self._json(status, {"error": message}, headers)

    def _access(self, repo_id: str) -> HubRepo | None:
        """Apply the Hub's auth rules; answer the error and return None when refused."""
        token = self._token()
        if token is not None and token not in self.hub.valid_tokens:
            self._error(401, "Invalid credentials in Authorization header")
            return None
        repo = self.hub.repos.get(repo_id)
        if repo is None or (repo.private and token not in repo.granted_tokens):
            if token is None:
                self._error(401, "Invalid username or password.", code="RepoNotFound")
            else:
                self._error(404, "Repository not found", code="RepoNotFound")
            return None
        return repo

    def _file_access(self, repo: HubRepo) -> bool:
        token = self._token()
        if repo.gated and token not in repo.granted_tokens:
            if token is None:
                self._error(
                    401,
                    f"Access to model {repo.repo_id} is restricted. You must have access to it "
                    "and be authenticated to access it. Please log in.",
                    code="GatedRepo",
                )
            else:
                self._error(
                    403,
                    f"Access to model {repo.repo_id} is restricted and you are not in the "
                    f"authorized list. Visit {self.hub.url}/{repo.repo_id} to ask for access.",
                    code="GatedRepo",
                )
            return False
        return True

    def _send_content(self, f: HubFile, repo: HubRepo, headers: dict[str, str]) -> None:
        """Send a file body with Range support, faults and throttling applied."""
        size = f.size
        start, end = 0, size - 1
        status = 200
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes="):
            spec = rng[6:].split(",")[0].strip()
            first, _, last = spec.partition("-")
            if first == "":
                n = int(last)
                start, end = max(0, size - n), size - 1
            else:
                start = int(first)
                end = min(int(last), size - 1) if last else size - 1
            if start >= size or start > end:
                self._send_head(
                    416, {"Content-Range": f"bytes */{size}", "Content-Length": "0", **headers}
                )
                return
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        length = end - start + 1
        headers.update(
            {
                "Content-Length": str(length),
                "Accept-Ranges": "bytes",
                "Content-Type": "application/octet-stream",
                "Content-Disposition": f'attachment; filename="{Path(f.path).name}"',
            }
        )
        fault = self._fault
        if fault is not None and fault.junk_gzip:
            junk = b"this is not gzip data " * 64
            headers.update({"Content-Encoding": "gzip", "Content-Length": str(len(junk))})
            self._send_head(status, headers)
            if self._method != "HEAD":
                self.wfile.write(junk)
            return
        if fault is not None and fault.endless and self._method == "GET":
            del headers["Content-Length"]
            self.close_connection = True
            self._send_head(status, headers)
            self._rec.served_file = f"{repo.repo_id}/{f.path}"
            self.wfile.write(f.read(start, length))
            filler = b"\0" * (64 * 1024)
            sent = length
            while sent < ENDLESS_CAP and not self.hub._stopping.is_set():
                self.wfile.write(filler)
                sent += len(filler)
                with self.hub._lock:
                    self._rec.body_bytes = sent
            raise _Drop
        self._send_head(status, headers)
        if self._method == "HEAD":
            return
        self._rec.served_file = f"{repo.repo_id}/{f.path}"
        limit = self._drop_after
        pos = start
        remaining = length
        throttle = self.hub.throttle_bps
        block = 64 * 1024
        if throttle:
            block = max(1024, min(block, int(throttle / 20)))
        while remaining > 0:
            if self.hub._stopping.is_set():
                raise _Drop
            n = min(block, remaining)
            if limit is not None:
                n = min(n, limit - self._rec.body_bytes)
                if n <= 0:
                    self.wfile.flush()
                    raise _Drop
            chunk = f.read(pos, n)
            t0 = time.monotonic()
            self.wfile.write(chunk)
            with self.hub._lock:
                self._rec.body_bytes += len(chunk)
            pos += len(chunk)
            remaining -= len(chunk)
            if throttle:
                wait = len(chunk) / throttle - (time.monotonic() - t0)
                if wait > 0 and self.hub._stopping.wait(wait):
                    raise _Drop

    # --- file host (CDN) --------------------------------------------------------------

    def _files_route(self) -> None:
        if self._method not in ("GET", "HEAD") or not self._path.startswith("/blobs/"):
            self._error(404, "Not found")
            return
        found = self.hub.find_blob(self._path[len("/blobs/") :])
        if found is None:
            self._error(404, "Not found")
            return
        repo, f = found
        self._send_content(f, repo, {"ETag": f'"{f.sha256}"'})

    # --- hub --------------------------------------------------------------------------

    def _hub_route(self, body: bytes) -> None:
        path = self._path
        if path == "/api/models" and self._method == "GET":
            self._list_models()
            return
        if path.startswith("/api/models/"):
            self._api_repo(path[len("/api/models/") :], body)
            return
        if "/resolve/" in path and self._method in ("GET", "HEAD"):
            self._resolve(path)
            return
        self._error(404, "Sorry, we can't find the page you are looking for.")

    def _split_repo(self, rest: str, markers: tuple[str, ...]) -> tuple[str, str, str] | None:
        """Split ``ns/name/<marker>/tail`` (or ``name/<marker>/tail``) into its parts."""
        segs = rest.split("/")
        for n in (2, 1):
            if len(segs) > n and segs[n] in markers:
                return "/".join(segs[:n]), segs[n], "/".join(segs[n + 1 :])
        if len(segs) in (1, 2) and "" not in segs:
            return "/".join(segs), "", ""
        return None

    def _revision_ok(self, repo: HubRepo, revision: str) -> bool:
        if revision in ("main", repo.sha):
            return True
        self._error(404, f"Invalid rev id: {revision}", code="RevisionNotFound")
        return False

    def _resolve(self, path: str) -> None:
        head, _, tail = path.lstrip("/").partition("/resolve/")
        repo_id = head
        revision, _, filename = tail.partition("/")
        repo = self._access(repo_id)
        if repo is None or not self._revision_ok(repo, revision):
            return
        if not self._file_access(repo):
            return
        f = repo.files.get(filename)
        common = {"X-Repo-Commit": repo.sha, "Vary": "Origin, Accept-Encoding"}
        if f is None:
            self._error(404, "Entry not found", code="EntryNotFound", extra=common)
            return
        if f.lfs:
            common.update(
                {
                    "X-Linked-Size": str(f.size),
                    "X-Linked-ETag": f'"{f.sha256}"',
                    "ETag": f'"{f.sha256}"',
                }
            )
            if self.hub.redirect_lfs:
                location = (
                    f"{self.hub.files_url}/blobs/{f.sha256}"
                    f"?response-content-disposition=attachment%3B+filename%3D{quote(Path(f.path).name)}"
                    "&Signature=test&Expires=9999999999"
                )
                common.update({"Location": location, "Content-Length": "0"})
                self._send_head(302, common)
                return
        else:
            common["ETag"] = f'"{f.oid}"'
        self._send_content(f, repo, common)

    def _api_repo(self, rest: str, body: bytes) -> None:
        parts = self._split_repo(rest, ("tree", "revision", "paths-info", "refs"))
        if parts is None:
            self._error(404, "Not found")
            return
        repo_id, marker, tail = parts
        repo = self._access(repo_id)
        if repo is None:
            return
        q = self._query
        if marker in ("", "revision"):
            if marker == "revision" and not self._revision_ok(repo, unquote(tail)):
                return
            blobs = q.get("blobs", ["false"])[0].lower() in ("1", "true")
            expand = q.get("expand") or None
            self._json(200, repo.info(expand=expand, blobs=blobs, full=True))
            return
        revision, _, sub = tail.partition("/")
        if not self._revision_ok(repo, unquote(revision)):
            return
        if marker == "paths-info" and self._method == "POST":
            form = parse_qs(body.decode(), keep_blank_values=True)
            wanted = form.get("paths", [])
            out = [repo.files[p].tree_entry() for p in wanted if p in repo.files]
            folders = {
                p
                for p in wanted
                if p not in repo.files
                and any(k.startswith(p.rstrip("/") + "/") for k in repo.files)
            }
            out += [
                {
                    "type": "directory",
                    "oid": hashlib.sha1(p.encode()).hexdigest(),
                    "size": 0,
                    "path": p,
                }
                for p in sorted(folders)
            ]
            self._json(200, out)
            return
        if marker == "tree" and self._method == "GET":
            recursive = q.get("recursive", ["false"])[0].lower() in ("1", "true")
            prefix = unquote(sub).strip("/")
            self._json(200, list(self._tree(repo, prefix, recursive)))
            return
        self._error(404, "Not found")

    def _tree(self, repo: HubRepo, prefix: str, recursive: bool) -> Iterator[dict[str, Any]]:
        base = prefix + "/" if prefix else ""
        folders: set[str] = set()
        for name, f in sorted(repo.files.items()):
            if not name.startswith(base):
                continue
            rel = name[len(base) :]
            if "/" in rel:
                segs = rel.split("/")
                for i in range(1, len(segs) if recursive else 2):
                    folders.add(base + "/".join(segs[:i]))
                if not recursive:
                    continue
            yield f.tree_entry()
        for folder in sorted(folders):
            yield {
                "type": "directory",
                "oid": hashlib.sha1(folder.encode()).hexdigest(),
                "size": 0,
                "path": folder,
            }

    def _list_models(self) -> None:
        q = self._query
        filters = [v for v in q.get("filter", []) if v]
        search = (q.get("search") or [""])[0].lower()
        author = (q.get("author") or [""])[0]
        sort = (q.get("sort") or [""])[0]
        expand = q.get("expand") or None
        full = (q.get("full") or ["false"])[0].lower() in ("1", "true")
        limit = int(q["limit"][0]) if q.get("limit") else None
        offset = int(q["offset"][0]) if q.get("offset") else 0
        token = self._token()
        with self.hub._lock:
            repos = list(self.hub.repos.values())
        picked = [
            r
            for r in repos
            if (not r.private or token in r.granted_tokens)
            and all(flt in r.all_tags or flt == r.pipeline_tag for flt in filters)
            and (not search or search in r.repo_id.lower())
            and (not author or r.author == author)
        ]
        keys = {
            "downloads": lambda r: r.downloads,
            "likes": lambda r: r.likes,
            "lastModified": lambda r: r.last_modified,
            "createdAt": lambda r: r.created_at,
            "trendingScore": lambda r: r.likes,
        }
        if sort in keys:
            picked.sort(key=keys[sort], reverse=True)
        if limit is not None:
            picked = picked[:limit]
        page = picked[offset : offset + self.hub.page_size]
        headers: dict[str, str] = {}
        if offset + self.hub.page_size < len(picked):
            nxt = dict(q)
            nxt["offset"] = [str(offset + self.hub.page_size)]
            query = "&".join(f"{k}={quote(v)}" for k, vs in nxt.items() for v in vs)
            headers["Link"] = f'<{self.hub.url}/api/models?{query}>; rel="next"'
        payload = []
        for r in page:
            info = r.info(expand=expand, blobs=False, full=full)
            if not expand and not full:
                info.pop("siblings", None)
            payload.append(info)
        self._json(200, payload, headers)


@pytest.fixture
def hub_server() -> Iterator[HubServer]:
    """A started :class:`HubServer`, stopped after the test."""
    with HubServer() as server:
        yield server


class ForwardProxy:
    """A tiny plain-HTTP forward proxy on 127.0.0.1 that records what it forwards.

    Enough to check that a configured office proxy is really used (``http://`` targets
    only; no ``CONNECT`` tunnelling).
    """

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The proxy URL to configure."""
        assert self._server is not None, "proxy not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> ForwardProxy:
        """Start serving in a background thread."""
        handler = type("_ProxyHandler", (_ProxyHandler,), {"proxy": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> ForwardProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    proxy: ForwardProxy
    _HOP = {
        "connection",
        "keep-alive",
        "proxy-connection",
        "transfer-encoding",
        "te",
        "proxy-authorization",
        "upgrade",
    }

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._forward()

    def do_HEAD(self) -> None:
        self._forward()

    def do_POST(self) -> None:
        self._forward()

    def _forward(self) -> None:
        import http.client

        self.proxy.seen.append(f"{self.command} {self.path}")
        target = urlsplit(self.path)
        body = None
        if self.command == "POST":
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in self._HOP}
        conn = http.client.HTTPConnection(target.hostname or "", target.port or 80, timeout=30)
        path = target.path + (f"?{target.query}" if target.query else "")
        conn.request(self.command, path, body=body, headers=headers)
        resp = conn.getresponse()
        self.send_response(resp.status)
        for key, value in resp.getheaders():
            if key.lower() not in self._HOP:
                self.send_header(key, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if self.command != "HEAD":
            while block := resp.read(65536):
                self.wfile.write(block)
        conn.close()

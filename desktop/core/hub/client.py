"""Live Hugging Face Hub access: search GGUF models, list a repo's files, read a header remotely.

Everything goes through ``huggingface_hub`` (URLs, endpoint, auth headers, metadata, error
classes); this module adds what an office needs on top:

* one HTTP setup (:class:`HubConfig`) for the Hub client and our own requests: a mirror
  endpoint, the configured or system proxy, the operating system's certificate store via
  ``truststore`` (verification always on) and timeouts on every request;
* offline mode that fails at once instead of retrying;
* every failure turned into a plain-language :mod:`desktop.core.errors` class.

The remote header reader fetches only the first megabytes of a model with HTTP Range
requests (:class:`HttpRangeSource`), so the fit estimate works before a download.
"""

from __future__ import annotations

import logging
import os
import re
import ssl
import threading
import urllib.request
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import httpx2
import truststore
from huggingface_hub import HfApi, constants, get_hf_file_metadata, hf_hub_url, set_client_factory
from huggingface_hub import errors as hf_errors
from huggingface_hub.utils import build_hf_headers  # type: ignore[attr-defined]
from huggingface_hub.utils._http import hf_request_event_hook

from desktop.core.cancel import CancelToken
from desktop.core.errors import (
    GatedModelError,
    NetworkError,
    NotFoundError,
    OfflineError,
    RateLimitedError,
    ServerError,
    SlmError,
    TimeoutError_,
    UnauthorizedError,
)
from desktop.core.i18n import _

if TYPE_CHECKING:
    from desktop.core.config.settings import Settings
    from desktop.core.modelfiles.gguf import GGUFHeader

log = logging.getLogger("desktop.core.hub.client")

DEFAULT_ENDPOINT = "https://huggingface.co"
SortKey = Literal["downloads", "likes", "recent"]

# --- configuration ---------------------------------------------------------------------


def _env_true(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "on", "yes", "true")


@dataclass(frozen=True)
class HubConfig:
    """How to reach the Hub: endpoint, token, proxy, offline mode and timeouts.

    Attributes:
        endpoint: Hub or mirror URL; ``None`` means ``HF_ENDPOINT`` (read now, not at
            import) or the public Hub.
        token: access token for gated or private repos; ``None`` lets ``huggingface_hub``
            find one (``HF_TOKEN`` or its login). Never logged.
        proxy: HTTP(S) proxy URL; ``None`` uses the system proxy settings.
        offline: never touch the network (``HF_HUB_OFFLINE`` turns this on too).
        connect_timeout_s: seconds to wait for a connection.
        read_timeout_s: seconds to wait for the server between bytes.
    """

    endpoint: str | None = None
    token: str | None = field(default=None, repr=False)
    proxy: str | None = None
    offline: bool = False
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0

    @classmethod
    def from_settings(cls, settings: Settings, *, token: str | None = None) -> HubConfig:
        """Build from the app settings; the token defaults to the stored one (keyring)."""
        if token is None:
            from desktop.core.config.settings import get_token

            token = get_token()
        return cls(
            endpoint=settings.hf_endpoint,
            token=token,
            proxy=settings.proxy,
            offline=settings.offline,
        )

    def with_endpoint(self, endpoint: str | None) -> HubConfig:
        """A copy using ``endpoint`` when given (a ``--endpoint`` option)."""
        return replace(self, endpoint=endpoint) if endpoint else self

    @property
    def resolved_endpoint(self) -> str:
        """The endpoint URL actually used, without a trailing slash."""
        value = self.endpoint or os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT
        return value.strip().rstrip("/")

    @property
    def is_offline(self) -> bool:
        """Offline mode from this config or the ``HF_HUB_OFFLINE`` environment variable."""
        return self.offline or _env_true("HF_HUB_OFFLINE") or _env_true("TRANSFORMERS_OFFLINE")

    def check_online(self) -> None:
        """Raise :class:`OfflineError` at once when offline mode is on."""
        if self.is_offline:
            raise OfflineError(
                _("Offline mode is on, so the app does not connect to the internet."),
                detail="offline setting or HF_HUB_OFFLINE",
            )

    def headers(self) -> dict[str, str]:
        """The Hub's request headers (user agent, and the token when there is one)."""
        return build_hf_headers(token=self.token, library_name="slm-playground")


_SSL_LOCK = threading.Lock()
_SSL_CONTEXT: ssl.SSLContext | None = None


def ssl_context() -> ssl.SSLContext:
    """The shared TLS context: the OS certificate store, verification always on.

    Offices that inspect TLS install their own root certificate in the operating
    system; ``truststore`` makes Python trust exactly what the system trusts.
    """
    global _SSL_CONTEXT
    with _SSL_LOCK:
        if _SSL_CONTEXT is None:
            ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.verify_mode = ssl.CERT_REQUIRED
            ctx.check_hostname = True
            _SSL_CONTEXT = ctx
        return _SSL_CONTEXT


def proxy_for(url: str, configured: str | None) -> str | None:
    """The proxy to use for ``url``: the configured one, else the system's, else none.

    The system proxy comes from :func:`urllib.request.getproxies` (environment variables
    everywhere, plus the Windows registry and macOS settings), honouring ``NO_PROXY``.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host in ("127.0.0.1", "localhost", "::1") and not configured:
        return None
    if configured:
        return configured
    proxies = urllib.request.getproxies()
    candidate = proxies.get(parts.scheme) or proxies.get("all")
    if not candidate:
        return None
    try:
        if urllib.request.proxy_bypass(host):
            return None
    except OSError:  # registry or resolver problems: use the proxy
        pass
    return candidate


class _OfficeTransport(httpx2.BaseTransport):
    """Per-request proxy choice, the shared TLS context, and timeouts that are never "none"."""

    def __init__(self, config: HubConfig) -> None:
        self._config = config
        self._inner: dict[str | None, httpx2.HTTPTransport] = {}
        self._lock = threading.Lock()
        self._defaults = {
            "connect": config.connect_timeout_s,
            "read": config.read_timeout_s,
            "write": config.read_timeout_s,
            "pool": config.connect_timeout_s,
        }

    def _transport(self, url: str) -> httpx2.HTTPTransport:
        proxy = proxy_for(url, self._config.proxy)
        with self._lock:
            inner = self._inner.get(proxy)
            if inner is None:
                inner = httpx2.HTTPTransport(verify=ssl_context(), trust_env=False, proxy=proxy)
                self._inner[proxy] = inner
            return inner

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        timeout = dict(request.extensions.get("timeout") or {})
        for key, value in self._defaults.items():
            if timeout.get(key) is None:
                timeout[key] = value
        request.extensions["timeout"] = timeout
        return self._transport(str(request.url)).handle_request(request)

    def close(self) -> None:
        with self._lock:
            for inner in self._inner.values():
                inner.close()
            self._inner.clear()


def make_client(config: HubConfig, *, hub_hooks: bool = False) -> httpx2.Client:
    """An ``httpx2`` client set up for offices (proxy, OS certificates, timeouts).

    Args:
        config: how to reach the Hub.
        hub_hooks: add ``huggingface_hub``'s request hook (used for its shared session).
    """
    return httpx2.Client(
        transport=_OfficeTransport(config),
        timeout=httpx2.Timeout(
            config.read_timeout_s, connect=config.connect_timeout_s, pool=config.connect_timeout_s
        ),
        trust_env=False,
        follow_redirects=True,
        event_hooks={"request": [hf_request_event_hook]} if hub_hooks else None,
    )


_FACTORY_LOCK = threading.Lock()
_FACTORY_KEY: tuple[Any, ...] | None = None


def install_hub_session(config: HubConfig) -> None:
    """Make ``huggingface_hub``'s shared HTTP session use our proxy, certificates and timeouts.

    Cheap to call before every Hub call: the session is only rebuilt when the proxy or
    timeouts change.
    """
    global _FACTORY_KEY
    key = (config.proxy, config.connect_timeout_s, config.read_timeout_s)
    with _FACTORY_LOCK:
        if key == _FACTORY_KEY:
            return
        frozen = replace(config, token=None)
        set_client_factory(lambda: make_client(frozen, hub_hooks=True))
        _FACTORY_KEY = key


# --- errors ----------------------------------------------------------------------------


def _model_page(config: HubConfig, repo_id: str | None) -> str:
    return f"{config.resolved_endpoint}/{repo_id}" if repo_id else config.resolved_endpoint


def error_for_status(
    status: int,
    *,
    config: HubConfig,
    repo_id: str | None = None,
    filename: str | None = None,
    error_code: str | None = None,
    detail: str = "",
) -> SlmError:
    """The plain-language error for an HTTP status (and the Hub's ``X-Error-Code``)."""
    what = f"“{filename}” from {repo_id}" if filename and repo_id else (repo_id or "the file")
    if error_code == "GatedRepo":
        page = _model_page(config, repo_id)
        return GatedModelError(
            _("The model {value} asks you to accept its license before downloading.").format(
                value=repo_id or "you chose"
            ),
            hint=_(
                "Open {page}, accept the license with your Hugging Face account, then add your "
                "access token in Settings."
            ).format(page=page),
            detail=detail,
        )
    if error_code == "EntryNotFound":
        return NotFoundError(
            _("The file {what} does not exist on the Hub.").format(what=what), detail=detail
        )
    if error_code == "RevisionNotFound":
        return NotFoundError(
            _("That version of {repo_id} does not exist.").format(repo_id=repo_id), detail=detail
        )
    if error_code == "RepoNotFound" or status == 404:
        return NotFoundError(
            _("We could not find {value} on the Hub.").format(value=repo_id or "this model"),
            hint=_(
                "Check the name; the model may have been renamed, removed or made private "
                "(private models need an access token in Settings)."
            ),
            detail=detail,
        )
    if status in (401, 403):
        return UnauthorizedError(
            _("The Hub refused access to {what}.").format(what=what),
            hint=_(
                "Check the access token in Settings (it may be wrong, expired or lack read "
                "permission)."
            ),
            detail=detail,
        )
    if status == 429:
        return RateLimitedError(
            _("The Hub says too many requests came from this network."), detail=detail
        )
    if status == 408 or status == 504:
        return TimeoutError_(_("The Hub took too long to answer."), detail=detail)
    if status >= 500:
        return ServerError(
            _("The Hub had a problem on its side (error {status}).").format(status=status),
            detail=detail,
        )
    return NetworkError(
        _("The Hub answered with an unexpected error ({status}).").format(status=status),
        detail=detail,
    )


def map_error(
    exc: BaseException,
    *,
    config: HubConfig,
    repo_id: str | None = None,
    filename: str | None = None,
) -> SlmError:
    """Turn an exception from ``huggingface_hub`` or ``httpx2`` into a plain-language error.

    Args:
        exc: what was raised.
        config: the connection settings (for the endpoint in messages).
        repo_id: the repo involved, for the message.
        filename: the file involved, for the message.

    Returns:
        The error to raise (``SlmError`` subclasses are returned unchanged).
    """
    if isinstance(exc, SlmError):
        return exc
    detail = f"{type(exc).__name__}: {exc}"
    endpoint = config.resolved_endpoint
    if isinstance(exc, hf_errors.OfflineModeIsEnabled):
        return OfflineError(
            _("Offline mode is on, so the app does not connect to the internet."), detail=detail
        )
    if isinstance(exc, hf_errors.HfHubHTTPError):
        response = exc.response
        status = response.status_code if response is not None else 0
        code = response.headers.get("X-Error-Code") if response is not None else None
        if isinstance(exc, hf_errors.GatedRepoError):
            code = "GatedRepo"
        elif isinstance(exc, hf_errors.RevisionNotFoundError):
            code = "RevisionNotFound"
        elif isinstance(exc, hf_errors.RemoteEntryNotFoundError):
            code = "EntryNotFound"
        elif isinstance(exc, hf_errors.RepositoryNotFoundError) and code is None:
            code = "RepoNotFound"
        return error_for_status(
            status,
            config=config,
            repo_id=repo_id,
            filename=filename,
            error_code=code,
            detail=detail,
        )
    if isinstance(exc, hf_errors.FileMetadataError):
        return NetworkError(
            _(
                "The server at {endpoint} does not look like the Hugging Face Hub or a mirror "
                "of it."
            ).format(endpoint=endpoint),
            hint=_(
                "Check the Hub address (mirror) in Settings, or ask your IT contact about "
                "the proxy and firewall."
            ),
            detail=detail,
        )
    if isinstance(exc, httpx2.TimeoutException):
        return TimeoutError_(
            _("{endpoint} took too long to answer.").format(endpoint=endpoint), detail=detail
        )
    if isinstance(exc, httpx2.ProxyError):
        return NetworkError(
            _("The office proxy refused the connection to the Hub."),
            hint=_("Check the proxy address in Settings, or ask your IT contact."),
            detail=detail,
        )
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(
            cause
        ):
            return NetworkError(
                _("The secure connection to {endpoint} could not be verified.").format(
                    endpoint=endpoint
                ),
                hint=_(
                    "Your network may inspect secure traffic with a certificate this computer "
                    "does not trust. Ask your IT contact to install it in the system."
                ),
                detail=detail,
            )
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, httpx2.ConnectError):
        return OfflineError(
            _("Could not connect to {endpoint}.").format(endpoint=endpoint),
            hint=_("Check the internet connection (or the office proxy) and try again."),
            detail=detail,
        )
    if isinstance(exc, httpx2.TooManyRedirects):
        return NetworkError(
            _(
                "The server at {endpoint} kept sending the app from one address to another (a "
                "redirect loop), so it stopped."
            ).format(endpoint=endpoint),
            hint=_(
                "Try again later. If it keeps happening, check the Hub address (mirror) in "
                "Settings, or ask your IT contact about the proxy."
            ),
            detail=detail,
        )
    if isinstance(exc, httpx2.DecodingError):
        return NetworkError(
            _(
                "The server at {endpoint} sent data that could not be read (it claims to be "
                "compressed but is not), so nothing was kept."
            ).format(endpoint=endpoint),
            hint=_(
                "Try again later. If it keeps happening, the office proxy may be changing "
                "the traffic; ask your IT contact."
            ),
            detail=detail,
        )
    if isinstance(exc, (httpx2.TransportError, OSError)):
        return NetworkError(_("The connection to the Hub was interrupted."), detail=detail)
    return NetworkError(_("Something went wrong while talking to the Hub."), detail=detail)


# --- search ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HubModel:
    """One model repo found on the Hub.

    Attributes:
        repo_id: ``owner/name``.
        author: the owner.
        downloads: downloads in the last month.
        likes: likes.
        last_modified: last change.
        gated: the repo asks to accept a license first.
        tags: the Hub's tags.
        architecture: ``general.architecture`` from the Hub's GGUF summary, if known.
        parameters: total parameter count from the Hub's GGUF summary, if known.
        context_length: native context length from the Hub's GGUF summary, if known.
        url: the model's page.
    """

    repo_id: str
    author: str | None
    downloads: int
    likes: int
    last_modified: datetime | None
    gated: bool
    tags: tuple[str, ...]
    architecture: str | None
    parameters: int | None
    context_length: int | None
    url: str


_SORTS: Mapping[str, str] = {"downloads": "downloads", "likes": "likes", "recent": "last_modified"}
_EXPAND = [
    "author",
    "downloads",
    "likes",
    "lastModified",
    "createdAt",
    "gated",
    "gguf",
    "tags",
]


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _reachable_or_raise(config: HubConfig) -> None:
    """Fail fast when the Hub cannot be reached at all.

    ``HfApi.list_models`` retries a refused connection five times with back-off (about 20
    seconds); one quick request first turns "no network" into an immediate plain error.
    Only connection failures count here; HTTP answers are left to the real call.
    """
    try:
        with make_client(config) as client:
            client.head(f"{config.resolved_endpoint}/api/models", params={"limit": 1})
    except (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.ProxyError) as exc:
        raise map_error(exc, config=config) from exc
    except httpx2.HTTPError:
        pass


def search_models(
    words: str = "",
    *,
    sort: SortKey = "downloads",
    limit: int = 30,
    config: HubConfig | None = None,
) -> list[HubModel]:
    """Search the Hub for repos with GGUF files.

    Args:
        words: text that must appear in the repo name (empty: the most popular).
        sort: ``"downloads"``, ``"likes"`` or ``"recent"`` (most first).
        limit: the most results to return.
        config: how to reach the Hub.

    Returns:
        The models, best first.

    Raises:
        OfflineError: offline mode is on (at once) or there is no connection.
        NetworkError: any other network or Hub problem, in plain words.
    """
    config = config or HubConfig()
    config.check_online()
    if sort not in _SORTS:
        raise ValueError(f"sort must be one of {sorted(_SORTS)}")
    install_hub_session(config)
    _reachable_or_raise(config)
    api = HfApi(endpoint=config.resolved_endpoint, token=config.token)
    try:
        found = list(
            api.list_models(
                filter="gguf",
                search=words.strip() or None,
                sort=_SORTS[sort],  # type: ignore[arg-type]
                limit=limit,
                expand=_EXPAND,  # type: ignore[arg-type]
            )
        )
    except Exception as exc:  # noqa: BLE001 - every failure becomes a plain-language error
        raise map_error(exc, config=config) from exc
    out: list[HubModel] = []
    for m in found:
        gguf = m.gguf if isinstance(m.gguf, dict) else {}
        out.append(
            HubModel(
                repo_id=m.id,
                author=m.author,
                downloads=int(m.downloads or 0),
                likes=int(m.likes or 0),
                last_modified=m.last_modified,
                gated=bool(m.gated),
                tags=tuple(m.tags or ()),
                architecture=gguf.get("architecture"),
                parameters=_int_or_none(gguf.get("total")),
                context_length=_int_or_none(gguf.get("context_length")),
                url=f"{config.resolved_endpoint}/{m.id}",
            )
        )
    return out


# --- files of a repo -------------------------------------------------------------------

#: A part of a split GGUF model: ``name-00001-of-00003.gguf``.
SPLIT_RE = re.compile(r"^(?P<base>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
_QUANT_RE = re.compile(
    r"(?:^|[-._])("
    r"(?:I?Q|TQ)\d(?:_[A-Z0-9]{1,4})*"
    r"|BF16|F16|FP16|F32|FP32|MXFP4(?:_MOE)?"
    r")(?=$|[-._])"
)


def quantization_from_name(filename: str) -> str | None:
    """The quantization named in a GGUF file name (``"Q4_K_M"``, ``"IQ3_XS"``, ``"F16"``).

    Args:
        filename: a file name such as ``"Llama-3.2-1B-Instruct-Q4_K_M.gguf"``.

    Returns:
        The upper-case quantization, or ``None`` when the name does not say.
    """
    stem = filename.rsplit("/", 1)[-1]
    stem = SPLIT_RE.sub(lambda m: m.group("base") + ".gguf", stem)
    if stem.lower().endswith(".gguf"):
        stem = stem[: -len(".gguf")]
    matches = _QUANT_RE.findall(stem.upper())
    if not matches:
        return None
    quant = str(matches[-1])
    return {"FP16": "F16", "FP32": "F32"}.get(quant, quant)


@dataclass(frozen=True)
class HubFile:
    """One downloadable GGUF model on the Hub (a single file, or all parts of a split one).

    Attributes:
        filename: the file to ask for: the file itself, or the first part of a split model.
        parts: every file name, in order (one entry unless split).
        size_bytes: total size of all parts, if the Hub said.
        part_sizes: size of each part (``None`` where unknown).
        sha256: the sha256 of each part (``None`` where unknown).
        quantization: e.g. ``"Q4_K_M"``, from the name.
    """

    filename: str
    parts: tuple[str, ...]
    size_bytes: int | None
    part_sizes: tuple[int | None, ...]
    sha256: tuple[str | None, ...]
    quantization: str | None

    @property
    def is_split(self) -> bool:
        """Whether the model comes in several files."""
        return len(self.parts) > 1


def group_gguf_files(
    entries: Iterable[tuple[str, int | None, str | None]], *, include_projectors: bool = False
) -> list[HubFile]:
    """Group ``(path, size, sha256)`` entries into downloadable models.

    Split files (``name-00001-of-00003.gguf``) become one :class:`HubFile`; vision
    projector files (``mmproj*``) are left out unless ``include_projectors``. Incomplete
    split sets are kept (with the parts present) so nothing disappears silently.

    Returns:
        The models, smallest first.
    """
    singles: list[HubFile] = []
    groups: dict[tuple[str, int], list[tuple[int, str, int | None, str | None]]] = {}
    for path, size, sha in entries:
        name = path.rsplit("/", 1)[-1]
        if not name.lower().endswith(".gguf"):
            continue
        if not include_projectors and name.lower().startswith("mmproj"):
            continue
        m = SPLIT_RE.match(path)
        if m:
            key = (m.group("base"), int(m.group("count")))
            groups.setdefault(key, []).append((int(m.group("index")), path, size, sha))
            continue
        singles.append(
            HubFile(
                filename=path,
                parts=(path,),
                size_bytes=size,
                part_sizes=(size,),
                sha256=(sha,),
                quantization=quantization_from_name(path),
            )
        )
    for parts in groups.values():
        parts.sort()
        sizes = tuple(p[2] for p in parts)
        total = None if any(s is None for s in sizes) else sum(s or 0 for s in sizes)
        singles.append(
            HubFile(
                filename=parts[0][1],
                parts=tuple(p[1] for p in parts),
                size_bytes=total,
                part_sizes=sizes,
                sha256=tuple(p[3] for p in parts),
                quantization=quantization_from_name(parts[0][1]),
            )
        )
    singles.sort(key=lambda f: (f.size_bytes is None, f.size_bytes or 0, f.filename))
    return singles


def list_gguf_files(
    repo_id: str,
    *,
    revision: str | None = None,
    include_projectors: bool = False,
    config: HubConfig | None = None,
) -> list[HubFile]:
    """Every GGUF model file of a repo, with sizes, sha256 and quantization.

    Args:
        repo_id: ``owner/name``.
        revision: branch, tag or commit (default: the main branch).
        include_projectors: also list ``mmproj`` vision projector files.
        config: how to reach the Hub.

    Returns:
        The models, smallest first; split files are grouped.

    Raises:
        NotFoundError: no such repo (or it is private).
        OfflineError, NetworkError: see :func:`map_error`.
    """
    config = config or HubConfig()
    config.check_online()
    install_hub_session(config)
    api = HfApi(endpoint=config.resolved_endpoint, token=config.token)
    try:
        info = api.model_info(
            repo_id, revision=revision, files_metadata=True, timeout=config.read_timeout_s
        )
    except Exception as exc:  # noqa: BLE001
        raise map_error(exc, config=config, repo_id=repo_id) from exc
    entries = [
        (s.rfilename, s.lfs.size if s.lfs else s.size, s.lfs.sha256 if s.lfs else None)
        for s in (info.siblings or [])
    ]
    return group_gguf_files(entries, include_projectors=include_projectors)


# --- remote header -----------------------------------------------------------------------


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
    """A :class:`desktop.core.modelfiles.gguf.ByteSource` that reads a remote file with HTTP Range.

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

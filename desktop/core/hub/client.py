"""The one HTTP setup for the Hugging Face Hub and our own requests (:class:`HubConfig`).

Everything goes through ``huggingface_hub`` (URLs, endpoint, auth headers, metadata, error
classes); this module adds what an office needs on top: a mirror endpoint, the configured or
system proxy, the operating system's certificate store via ``truststore`` (verification
always on), timeouts on every request, and offline mode that fails at once instead of
retrying. The rest of the Hub lives beside it: :mod:`.errors` (failures in plain words),
:mod:`.search`, :mod:`.files` (a repo's GGUF files) and :mod:`.remote_header`.
"""

from __future__ import annotations

import os
import ssl
import threading
import urllib.request
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx2
import truststore
from huggingface_hub import set_client_factory
from huggingface_hub.utils import build_hf_headers  # type: ignore[attr-defined]
from huggingface_hub.utils._http import hf_request_event_hook

from desktop.core.errors import OfflineError
from desktop.core.i18n import _

if TYPE_CHECKING:
    from desktop.core.config.settings import Settings

DEFAULT_ENDPOINT = "https://huggingface.co"


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

"""Talking to a model server: the ``openai`` client over the office transport, plain errors.

The client is the well-kept ``openai`` package (SSE streaming, status codes, error classes)
given an ``httpx2`` client built exactly like the Hub's
(:func:`desktop.core.hub.client.make_client`): the operating system's certificates through
``truststore`` (verification always on), the configured or system proxy, and timeouts on
every request. The read timeout is generous (a big model on a busy server may think a
while before its first word) but never "none": a server slower than that is an error.
Retries are off: the person sees a failure at once, in plain words, and tries again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from desktop.core.errors import (
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    SlmError,
    TimeoutError_,
    UnauthorizedError,
)
from desktop.core.hub.client import HubConfig, make_client
from desktop.core.i18n import _

if TYPE_CHECKING:
    import openai

    from desktop.core.servers.registry import Server

log = logging.getLogger("desktop.core.servers.connection")

CONNECT_TIMEOUT_S = 10.0
#: Seconds a server may stay silent (before the first word, or between two words).
READ_TIMEOUT_S = 120.0


def open_client(
    server: Server,
    *,
    proxy: str | None = None,
    read_timeout_s: float = READ_TIMEOUT_S,
    connect_timeout_s: float = CONNECT_TIMEOUT_S,
) -> openai.OpenAI:
    """An ``openai`` client for ``server`` over the office transport (close it after use).

    Args:
        server: which server (its URL and key).
        proxy: the proxy from Settings or the policy; ``None``: the system's proxy.
        read_timeout_s: how long the server may stay silent.
        connect_timeout_s: how long connecting may take.
    """
    import openai

    config = HubConfig(proxy=proxy, connect_timeout_s=connect_timeout_s,
                       read_timeout_s=read_timeout_s)
    return openai.OpenAI(
        base_url=server.url,
        # Servers without keys still want the header in the client; any text will do.
        api_key=server.api_key() or "no-key",
        http_client=make_client(config),
        max_retries=0,
        timeout=openai.Timeout(read_timeout_s, connect=connect_timeout_s),
    )


def server_error(exc: BaseException, server: Server, model_id: str | None = None) -> SlmError:
    """Any failure talking to ``server`` as a plain-language error (others unchanged).

    Refused connection, wrong address, a wrong key (401/403), a model the server no longer
    has (404), a busy server (429), a problem on the server (5xx), a timeout, and a stream
    that broke off each get their own words; the technical detail goes to the log.
    """
    if isinstance(exc, SlmError):
        return exc
    import openai

    where = _("the server {name} ({host})").format(name=server.name, host=server.host)
    what = _("the model {model_id}").format(model_id=model_id) if model_id else _("the models")
    detail = f"{server.url}: {type(exc).__name__}: {exc}"
    if isinstance(exc, openai.APITimeoutError) or "timeout" in type(exc).__name__.lower():
        return TimeoutError_(
            _("{upper}{where} took too long to answer.").format(
                upper=where[0].upper(), where=where[1:]
            ),
            hint=_("It may be very busy or stuck. Try again later, or ask your IT contact."),
            detail=detail,
        )
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return UnauthorizedError(
            _("{upper}{where} refused the key (it is missing, wrong or has no access).").format(
                upper=where[0].upper(), where=where[1:]
            ),
            hint=_("Check the server's API key in Settings (or ask your IT contact for one)."),
            detail=detail,
        )
    if isinstance(exc, openai.NotFoundError):
        return NotFoundError(
            _("{upper}{where} does not offer {what} (any more), or its address is wrong.").format(
                upper=where[0].upper(), where=where[1:], what=what
            ),
            hint=_(
                "Pick another model from the list, or check the server's address in Settings "
                "(it usually ends in /v1)."
            ),
            detail=detail,
        )
    if isinstance(exc, openai.RateLimitError):
        return RateLimitedError(
            _("{upper}{where} is busy and asks to wait.").format(
                upper=where[0].upper(), where=where[1:]
            ),
            hint=_("Try again in a minute."),
            detail=detail,
        )
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status >= 500:
            return ServerError(
                _("{upper}{where} had a problem on its side (error {status}).").format(
                    upper=where[0].upper(), where=where[1:], status=status
                ),
                hint=_("This is not your fault. Try again later, or tell your IT contact."),
                detail=detail,
            )
        said = _server_words(exc)
        refused = _("{upper}{where} did not accept the request (error {status}).").format(
            upper=where[0].upper(), where=where[1:], status=status)
        return NetworkError(
            f"{refused[:-1]}: {said}" if said else refused,
            hint=_("The text may be too long for that model, or the server may not support "
                   "this kind of request. Try a shorter text, or tell your IT contact."),
            detail=detail,
        )
    if isinstance(exc, openai.APIConnectionError) or _is_connect_error(exc):
        return NetworkError(
            _("Could not connect to {where}.").format(where=where),
            hint=_(
                "Check that the server is running and its address in Settings is right, and "
                "that this computer is on the office network."
            ),
            detail=detail,
        )
    if _is_broken_stream(exc):
        return stream_broke_error(server, detail)
    if isinstance(exc, openai.APIError):
        return NetworkError(
            _("{upper}{where} sent an error: {message}").format(
                upper=where[0].upper(), where=where[1:], message=exc.message
            ),
            hint=_("Try again later, or tell your IT contact."),
            detail=detail,
        )
    return NetworkError(_("Something went wrong talking to {where}.").format(where=where),
                        hint=_("Try again later, or tell your IT contact."), detail=detail)


def _server_words(exc: BaseException) -> str:
    """The server's own short explanation of a refused request (e.g. "maximum context
    length is 8192 tokens"), printable and at most 200 characters; "" when it gave none."""
    body = getattr(exc, "body", None)
    text = ""
    if isinstance(body, dict):
        inner = body.get("error", body)
        text = str(inner.get("message") or inner.get("detail") or "") if isinstance(
            inner, dict) else str(inner)
    elif isinstance(body, str):
        text = body
    text = "".join(ch for ch in " ".join(text.split()) if ch.isprintable())
    return text[:200] + ("…" if len(text) > 200 else "")


def stream_broke_error(server: Server, detail: str) -> NetworkError:
    """The answer stopped part-way because the connection or the server went away."""
    return NetworkError(
        _("The server {name} stopped sending the answer part-way.").format(name=server.name),
        hint=_(
            "The server may have restarted or the network dropped. What arrived is kept; try again."
        ),
        detail=detail,
    )


def _is_connect_error(exc: BaseException) -> bool:
    import httpx2

    return isinstance(exc, httpx2.ConnectError | httpx2.UnsupportedProtocol)


def _is_broken_stream(exc: BaseException) -> bool:
    import httpx2

    return isinstance(exc, httpx2.TransportError | ConnectionError | EOFError)


def list_models(server: Server, *, proxy: str | None = None,
                read_timeout_s: float = 30.0) -> list[str]:
    """The model ids ``server`` offers (``GET /v1/models``), sorted.

    Raises:
        NetworkError: plain words for each way it can fail (see :func:`server_error`).
    """
    client = open_client(server, proxy=proxy, read_timeout_s=read_timeout_s)
    try:
        return sorted({m.id for m in client.models.list()})
    except Exception as exc:  # noqa: BLE001 - every failure becomes plain words
        error = server_error(exc, server)
        log.info("listing %s failed: %s", server.name, error.detail)
        raise error from None
    finally:
        client.close()

"""Hub failures in plain words: an HTTP status or a raised exception becomes a
:mod:`desktop.core.errors` class with a message and a hint.
"""

from __future__ import annotations

import ssl

import httpx2
from huggingface_hub import errors as hf_errors

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
from desktop.core.hub.client import HubConfig
from desktop.core.i18n import _


def _model_page(config: HubConfig, repo_id: str | None) -> str:
    return f"{config.resolved_endpoint}/{repo_id}" if repo_id else config.resolved_endpoint


def _what(filename: str | None, repo_id: str | None) -> str:
    """What a message is about, in the current language ("" when nothing is known: the
    caller then says a whole sentence without it, never an English fallback word)."""
    if filename and repo_id:
        return _("“{filename}” from {repo_id}").format(filename=filename, repo_id=repo_id)
    return filename or repo_id or ""


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
    what = _what(filename, repo_id)
    if error_code == "GatedRepo":
        page = _model_page(config, repo_id)
        return GatedModelError(
            _("The model {value} asks you to accept its license before downloading.").format(
                value=repo_id
            )
            if repo_id
            else _("The model you chose asks you to accept its license before downloading."),
            hint=_(
                "Open {page}, accept the license with your Hugging Face account, then add your "
                "access token in Settings."
            ).format(page=page),
            detail=detail,
        )
    if error_code == "EntryNotFound":
        return NotFoundError(
            _("The file {what} does not exist on the Hub.").format(what=what)
            if what
            else _("The file you asked for does not exist on the Hub."),
            detail=detail,
        )
    if error_code == "RevisionNotFound":
        return NotFoundError(
            _("That version of {repo_id} does not exist.").format(repo_id=repo_id)
            if repo_id
            else _("That version of the model does not exist."),
            detail=detail,
        )
    if error_code == "RepoNotFound" or status == 404:
        return NotFoundError(
            _("We could not find {value} on the Hub.").format(value=repo_id)
            if repo_id
            else _("We could not find this model on the Hub."),
            hint=_(
                "Check the name; the model may have been renamed, removed or made private "
                "(private models need an access token in Settings)."
            ),
            detail=detail,
        )
    if status in (401, 403):
        return UnauthorizedError(
            _("The Hub refused access to {what}.").format(what=what)
            if what
            else _("The Hub refused access to the file."),
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

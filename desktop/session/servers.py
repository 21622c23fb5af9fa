"""Server models for the views: every allowed server with the models it offers now.

The window's model pickers and ``slm-playground server list`` both call
:func:`list_server_models` (blocking; the window calls it from a worker). Servers are asked
at the same time, each with a short limit, so one server that is down does not hold up the
others; its problem is kept, in plain words, next to it.

Also the words the views use to keep privacy visible: :func:`privacy_note` says what is
sent where.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from desktop.core.config.policy import Policy
from desktop.core.errors import SlmError
from desktop.core.i18n import _
from desktop.core.servers.connection import list_models
from desktop.core.servers.registry import (
    Server,
    adding_allowed,
    list_servers,
    offline_error,
    parse_server_ref,
    server_ref,
    servers_enabled,
)

log = logging.getLogger("desktop.session.servers")

#: How long listing one server's models may take (the pickers wait for it).
LIST_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class ServerModel:
    """One model on one server, as a picker shows it.

    Attributes:
        server: the server's name.
        model_id: the model's id on the server.
        host: the server's host name (privacy notes say where text goes).
    """

    server: str
    model_id: str
    host: str = ""

    @property
    def path(self) -> str:
        """The model reference (``server:NAME/MODEL_ID``) used where a file path goes."""
        return server_ref(self.server, self.model_id)

    @property
    def display_name(self) -> str:
        """What people see: "MODEL (on SERVER)"."""
        return f"{self.model_id} (on {self.server})"

    @property
    def badge(self) -> str:
        """The picker's mark: "On SERVER"."""
        return f"On {self.server}"


@dataclass(frozen=True)
class ServerListing:
    """A server and what it offers now (or why that could not be read)."""

    server: Server
    models: tuple[ServerModel, ...] = ()
    error: SlmError | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON for ``server list --json``."""
        return {
            **self.server.to_dict(),
            "models": [m.model_id for m in self.models],
            "error": None if self.error is None else {
                "type": type(self.error).__name__, "message": self.error.message,
                "hint": self.error.hint,
            },
        }


@dataclass(frozen=True)
class ServerCatalog:
    """Every allowed server with its models, and what the policy permits."""

    listings: tuple[ServerListing, ...] = ()
    enabled: bool = True
    allow_adding: bool = True
    problems: tuple[str, ...] = field(default=())

    @property
    def models(self) -> tuple[ServerModel, ...]:
        """Every server model, server by server."""
        return tuple(m for listing in self.listings for m in listing.models)


def _one(server: Server, proxy: str | None, timeout_s: float) -> ServerListing:
    try:
        ids = list_models(server, proxy=proxy, read_timeout_s=timeout_s)
    except SlmError as error:
        return ServerListing(server, error=error)
    return ServerListing(server, tuple(ServerModel(server.name, i, server.host) for i in ids))


def list_server_models(
    policy: Policy | None,
    *,
    proxy: str | None = None,
    timeout_s: float = LIST_TIMEOUT_S,
    servers: Sequence[Server] | None = None,
    offline: bool = False,
) -> ServerCatalog:
    """Ask every allowed server for its models, all at once (blocking).

    Args:
        policy: the organisation's policy (servers off, office servers, adding allowed).
        proxy: the proxy from Settings or the policy.
        timeout_s: how long each server may take.
        servers: ask these instead of every allowed server.
        offline: offline mode is on: no server is asked (each listed with why).
    """
    chosen = list(list_servers(policy) if servers is None else servers)
    if not chosen:
        return ServerCatalog(enabled=servers_enabled(policy), allow_adding=adding_allowed(policy))
    if offline:
        return ServerCatalog(tuple(ServerListing(s, error=offline_error()) for s in chosen),
                             enabled=servers_enabled(policy),
                             allow_adding=adding_allowed(policy))
    with ThreadPoolExecutor(max_workers=min(8, len(chosen)),
                            thread_name_prefix="slm-servers") as pool:
        listings = tuple(pool.map(lambda s: _one(s, proxy, timeout_s), chosen))
    return ServerCatalog(listings, enabled=servers_enabled(policy),
                         allow_adding=adding_allowed(policy))


def server_of(model: object) -> str | None:
    """The server's name when ``model`` (a path, reference or spec) is a server model."""
    path = getattr(model, "path", model)
    try:
        ref = parse_server_ref(path)
    except SlmError:
        return None
    return ref.server if ref is not None else None


def privacy_note(servers: Sequence[str], *, document: bool = False) -> str:
    """What is sent where, for a pane, a comparison or a task test with server models.

    Empty when ``servers`` is empty: nothing leaves this computer.
    """
    names = list(dict.fromkeys(servers))
    if not names:
        return ""
    if len(names) == 1:
        if document:
            text = _("Your text and the attached document are sent to the server {where}; "
                     "they do not stay on this computer.")
        else:
            text = _("Your text is sent to the server {where}; it does not stay on this "
                     "computer.")
        return text.format(where=names[0])
    where = _("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
    if document:
        text = _("Your text and the attached document are sent to the servers {where}; "
                 "they do not stay on this computer.")
    else:
        text = _("Your text is sent to the servers {where}; it does not stay on this computer.")
    return text.format(where=where)

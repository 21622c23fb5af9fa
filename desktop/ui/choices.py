"""The models a person can pick in a pane: installed models, starter first.

Qt-free. Reads the library when it is available; without one (or if it fails) the
built-in starter model is always offered so the playground works out of the box.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import SlmError
from desktop.ui.i18n import qtr

if TYPE_CHECKING:
    from desktop.core.config.policy import Policy
    from desktop.core.library.library import Library

log = logging.getLogger("desktop.ui.choices")


@dataclass(frozen=True)
class ModelChoice:
    """One installed model as a pane's picker shows it."""

    id: str
    name: str
    path: Path
    size_bytes: int = 0
    quantization: str | None = None
    format: str = "gguf"
    #: The server's name for a model on a server ("On office"); ``None``: on this computer.
    server: str | None = None
    #: The server's host name (privacy notes say where the text goes).
    host: str = ""


def server_choices(policy: Policy | None = None, proxy: str | None = None,
                   *, timeout_s: float = 10.0) -> list[ModelChoice]:
    """The models on every allowed server, marked "On <server>". Blocking (asks each server,
    all at once); never raises: a server that cannot be reached offers nothing.

    Args:
        policy: the organisation's policy (``None``: read from disk).
        proxy: the proxy to use (``None`` with no policy: from the settings on disk).
    """
    try:
        if policy is None:
            from desktop.session.config import load_config

            config = load_config()
            policy, proxy = config.policy, config.effective.proxy
            if config.effective.offline:
                return []  # offline mode: no server is contacted
        from desktop.session.servers import list_server_models

        catalog = list_server_models(policy, proxy=proxy, timeout_s=timeout_s)
    except Exception:  # noqa: BLE001 - the pickers still offer this computer's models
        log.exception("could not list server models")
        return []
    for listing in catalog.listings:
        if listing.error is not None:
            log.info("server %s: %s", listing.server.name, listing.error.detail)
    return [
        ModelChoice(
            id=m.path,
            name=qtr("choices", "{model_id} · On {server}").format(
                model_id=m.model_id, server=m.server
            ),
            path=Path(m.path),
            format="server",
            server=m.server,
            host=m.host,
        )
        for m in catalog.models
    ]


def starter_choice() -> ModelChoice | None:
    """The built-in starter model, or ``None`` if its package is missing."""
    from desktop.core.library import starter

    try:
        path = starter.starter_model_path()
    except SlmError:
        return None
    return ModelChoice(
        id=starter.STARTER_ID,
        name=starter.STARTER_DISPLAY_NAME,
        path=path,
        size_bytes=path.stat().st_size,
        quantization="Q4_1",
    )


def installed_choices(library: Library | None = None) -> list[ModelChoice]:
    """Every installed model the organisation allows (starter first). Never raises.

    Args:
        library: the app's library (``services.library``); ``None`` reads the settings and
            policy from disk.
    """
    choices: list[ModelChoice] = []
    try:
        if library is None:
            from desktop.session.services import build_services

            library = build_services(open_history=False).library
        for m in library.list():
            if not library.is_allowed(m):
                continue
            choices.append(
                ModelChoice(
                    id=str(m.id),
                    name=str(m.display_name),
                    path=Path(m.path),
                    size_bytes=int(m.size_bytes or 0),
                    quantization=m.quantization,
                    format=str(m.format),
                )
            )
    except Exception:  # noqa: BLE001 - the picker must still offer the starter model
        log.exception("could not list installed models")
    if not any(c.id == "starter" for c in choices):
        starter = starter_choice()
        if starter is not None:
            choices.insert(0, starter)
    return choices

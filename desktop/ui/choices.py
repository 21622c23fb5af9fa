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

if TYPE_CHECKING:
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

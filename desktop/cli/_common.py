"""Small helpers shared by the CLI commands (model lookup, JSON output, formatting).

The CLI speaks English unless ``--lang`` is given (IT scripts parse it): its words go
through ``_()`` and its numbers through :func:`number`, which writes English exactly as the
CLI always has and other languages with their own separators ("1.234", "23,5 GB").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import LibraryError, ModelFileError
from desktop.core.i18n import _, current_language, format_number
from desktop.core.library.starter import STARTER_ID, is_starter, starter_model_path
from desktop.core.servers.registry import find_server, is_server_ref, parse_server_ref

if TYPE_CHECKING:
    from desktop.core.config.policy import Policy
    from desktop.core.library.library import Library


def resolve_model(arg: str, library: Library | None = None) -> Path:
    """Turn ``starter``, a file path, an installed model's id or a server model
    (``server:NAME/MODEL_ID``, kept as that reference) into a model file path.

    Args:
        arg: what the person typed.
        library: the app's library (``services.library``); ``None`` builds one from the
            settings and policy on disk.

    Raises:
        ModelFileError: nothing by that name exists.
        LibraryError: the organisation's allow-list does not include the model.
    """
    if library is None:
        from desktop.session.services import build_services

        library = build_services(open_history=False).library
    if arg == STARTER_ID:
        return starter_model_path()
    if is_server_ref(arg):
        return resolve_server_model(arg, library.policy)
    path = Path(arg).expanduser()
    if path.exists():
        _require_allowed(path, library)
        return path
    if os.sep in arg or "/" in arg or path.suffix.lower() in (".gguf", ".bin"):
        raise ModelFileError(
            _("There is no model file at {path}.").format(path=arg),
            hint=_("Check the path, or use 'starter' for the built-in model."),
        )
    path = Path(library.get(arg).path)
    _require_allowed(path, library)
    return path


def resolve_server_model(arg: str, policy: Policy | None) -> Path:
    """``server:NAME/MODEL_ID`` checked against the servers and the policy, as a "path".

    The model itself is looked up on the server when the answer starts.

    Raises:
        InputError: it names no server model, or an unknown server.
        PolicyLockedError: the organisation allows no servers, or not this one.
    """
    ref = parse_server_ref(arg)
    assert ref is not None
    find_server(ref.server, policy)
    return Path(str(ref))


def _require_allowed(path: Path, library: Library) -> None:
    """Refuse, in plain words, a model the organisation's allow-list leaves out."""
    policy = library.policy
    if policy is None or policy.allowed_models is None or is_starter(path):
        return
    if not library.allows_path(path):  # the file itself, not a link's name
        raise LibraryError(
            _("Your organization does not allow the model {name} on this computer.").format(
                name=path.name),
            hint=_("Pick an allowed model (list them with: slm-playground models), or ask your "
                   "IT contact."),
        )

def add_sampling_arguments(parser: argparse.ArgumentParser) -> None:
    """Options shared by ``run`` and ``compare``."""
    parser.add_argument("--system", help="optional instructions for the model (chat only)")
    parser.add_argument("--max-tokens", type=int, default=256, metavar="N",
                        help="longest answer, in tokens (default 256)")
    parser.add_argument("--ctx", type=int, metavar="N",
                        help="context length (how much text the model keeps in mind)")
    parser.add_argument("--threads", type=int, metavar="N", help="CPU threads (default: cores)")
    parser.add_argument("--temperature", type=float, default=0.7, metavar="T",
                        help="randomness, 0 = always the same answer (default 0.7)")
    parser.add_argument("--seed", type=int, metavar="S", help="random seed, for repeatable runs")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")


def print_json(data: Any) -> None:
    """Write ``data`` as JSON to stdout."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    sys.stdout.flush()



def number(value: float, decimals: int = 0, *, grouped: bool = True) -> str:
    """``value`` with ``decimals`` decimals in the CLI's language.

    English is written exactly as the CLI always wrote it (Python's own formatting:
    ``8,192`` grouped, ``1234`` not), so scripts that parse it keep working; other
    languages through :func:`~desktop.core.i18n.format_number` ("8.192", "23,5").

    Args:
        value: the number.
        decimals: digits after the decimal separator.
        grouped: whether thousands are grouped (``False`` where the English output never
            grouped them, e.g. megabytes and seconds).
    """
    if current_language() == "en":
        return f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    text = format_number(value, decimals)
    if not grouped:
        try:
            from babel.numbers import get_group_symbol

            text = text.replace(get_group_symbol(current_language()), "")
        except Exception:  # noqa: BLE001 - formatting must never break a line
            pass
    return text


def megabytes(n_bytes: float, decimals: int = 0) -> str:
    """``"850 MB"`` (``decimals`` digits, never grouped) in the CLI's language ("850 Mo")."""
    return _("{value} MB").format(value=number(n_bytes / 1e6, decimals, grouped=False))


def short_size(n_bytes: float) -> str:
    """A model's size as the lists show it: ``"1.2 GB"`` from 1 GB up, else ``"850 MB"``."""
    if n_bytes >= 1e9:
        return _("{value} GB").format(value=number(n_bytes / 1e9, 1, grouped=False))
    return megabytes(n_bytes)

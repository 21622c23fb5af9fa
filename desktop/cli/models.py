"""`slm-playground models [--json]`: list the installed models."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from desktop.cli._common import short_size
from desktop.core.i18n import _
from desktop.core.text import printable

if TYPE_CHECKING:
    from desktop.session.services import Services

NAME = "models"
HELP = "list the models installed on this computer"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("--json", action="store_true", help="print the list as JSON")


def run(args: argparse.Namespace, services: Services) -> int:
    """Print the installed models (starter first) and any files that were skipped."""
    if services.storage_error is not None:  # no models folder: say so, not an empty list
        raise services.storage_error
    library, policy = services.library, services.policy
    scan = library.scan()
    problems = list(dict.fromkeys(p.message for p in services.config.problems))
    if args.json:
        out = {
            "models": [{**m.to_dict(), "allowed": library.is_allowed(m)} for m in scan.models],
            "skipped": [{"path": str(s.path), "reason": s.reason} for s in scan.skipped],
            "folders": [
                {"path": str(f), "read_only": library.folder_is_read_only(f)}
                for f in library.folders
            ],
            "problems": problems,
        }
        print(json.dumps(out, indent=2))
        return 0
    for problem in problems:
        print(_("Note: {message}").format(message=problem), file=sys.stderr)
    if policy.message:
        print(policy.message)
        print()
    width = max((len(m.id) for m in scan.models), default=2)
    for m in scan.models:
        flags = []
        if m.read_only and m.source != "starter":
            flags.append(_("shared, read-only"))
        if not library.is_allowed(m):
            flags.append(_("not allowed by your organisation"))
        extra = f"  [{'; '.join(flags)}]" if flags else ""
        print(f"{printable(m.id):<{width}}  {short_size(m.size_bytes):>8}  "
              f"{printable(m.display_name)}{extra}")
    for s in scan.skipped:
        print(_("Skipped {path}: {reason}").format(path=printable(s.path),
                                                   reason=printable(s.reason)), file=sys.stderr)
    print()
    print(_("Models folders: {folders}").format(
        folders=", ".join(printable(f) for f in library.folders)))
    return 0

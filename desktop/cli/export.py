"""``slm-playground export``: save one or more comparisons as Markdown, HTML, CSV or JSON."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.core.errors import SlmError
from desktop.core.i18n import _

if TYPE_CHECKING:
    from desktop.session.services import Services

NAME = "export"
HELP = "save comparisons (see 'history') as a Markdown, HTML, CSV, JSON or Word file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("run_ids", metavar="RUN_ID", type=int, nargs="+",
                        help="the comparison number(s) shown by 'slm-playground history'")
    parser.add_argument("--format", choices=("md", "html", "csv", "json", "docx"), default=None,
                        help="file format (default: from the --out file name, else md)")
    parser.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    parser.add_argument("--reveal", action="store_true",
                        help="show model names of blind comparisons nobody has voted on yet")


def run(args: argparse.Namespace, services: Services) -> int:
    """Run the command."""
    from pathlib import Path

    from desktop.core.history.export import RUN_FORMATS, export_runs

    fmt = args.format
    if fmt is None:
        suffix = Path(args.out).suffix.lower().lstrip(".")
        fmt = {"markdown": "md", "htm": "html"}.get(suffix, suffix)
        if fmt not in (*RUN_FORMATS, "docx"):
            fmt = "md"
    history = services.open_history()
    runs = history.get_runs(args.run_ids)
    missing = [i for i in args.run_ids if i not in {r.id for r in runs}]
    # a turn of a conversation brings the whole conversation, turn by turn
    runs = history.with_conversations(runs)
    if missing:
        raise SlmError(
            _("There is no saved comparison number {numbers}.").format(
                numbers=", ".join(str(i) for i in missing)),
            hint=_("Run 'slm-playground history' to see the numbers."),
        )
    reveal = True if args.reveal else None
    if fmt == "docx":  # a Word document (a PDF is printed by the window, which has Qt)
        from desktop.core.history.export_office import export_runs_docx

        path = export_runs_docx(runs, args.out, reveal=reveal)
    else:
        path = export_runs(runs, fmt, args.out, reveal=reveal)
    saved = (_("Saved 1 comparison to {path}") if len(runs) == 1
             else _("Saved {count} comparisons to {path}"))
    print(saved.format(count=len(runs), path=path))
    return 0

"""`slm-playground import PATH [--move|--link]`: add a local model file to the library."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import TYPE_CHECKING

from desktop.cli._common import number
from desktop.core.i18n import _
from desktop.core.text import printable

if TYPE_CHECKING:
    from desktop.session.services import Services

NAME = "import"
HELP = "add a local .gguf (or GGML .bin) model file to your models"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("path", metavar="PATH", help="the model file to add")
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--move", action="store_true", help="move the file instead of copying it")
    how.add_argument(
        "--link", action="store_true", help="link to the file where it is instead of copying it"
    )
    parser.add_argument("--json", action="store_true", help="print the added model as JSON")


class _Progress:
    """Prints a percentage to stderr at most a few times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.25 and done < total):
            return
        self.last = now
        pct = 100 * done // total if total else 100
        text = _("{percent}% ({done} of {total} MB)").format(
            percent=f"{pct:3d}", done=number(done / 1e6, grouped=False),
            total=number(total / 1e6, grouped=False))
        print(f"\r{text}", end="", file=sys.stderr)
        if done >= total:
            print(file=sys.stderr)


def _refuse_unsafe_chat_format(path: str) -> None:
    """Refuse, before copying anything, a model whose chat format is unsafe (issue 14)."""
    from desktop.core.errors import ModelFileError
    from desktop.core.i18n import translate
    from desktop.engine.chat import UNSAFE_HINT, chat_format_problem

    problem = chat_format_problem(path)
    if problem:
        raise ModelFileError(_("{problem} It was not added to your models.").format(
            problem=problem), hint=translate(UNSAFE_HINT), detail=f"unsafe chat template in {path}")


def run(args: argparse.Namespace, services: Services) -> int:
    """Validate, copy (or move/link) the file into the first writable models folder."""
    from desktop.core.library.records import DuplicateModelError, ImportMode

    mode: ImportMode = "move" if args.move else "link" if args.link else "copy"
    library = services.library
    progress = _Progress(enabled=sys.stderr.isatty() and not args.json)
    _refuse_unsafe_chat_format(args.path)
    try:
        model = library.import_file(args.path, mode, progress=progress)
    except DuplicateModelError as exc:
        if args.json:
            print(json.dumps({"duplicate": True, **exc.existing.to_dict()}))
        else:
            print(_("{message} (id: {id})").format(message=printable(exc.message),
                                                   id=printable(exc.existing.id)))
            print(exc.hint)
        return 0
    if args.json:
        print(json.dumps(model.to_dict()))
    else:
        done = {"copy": _("Copied “{name}” into {folder}"),
                "move": _("Moved “{name}” into {folder}"),
                "link": _("Linked “{name}” into {folder}")}[mode]
        print(done.format(name=printable(model.display_name),
                          folder=printable(model.path.parent)))
        model_id = printable(model.id)
        print(_("Model id: {id}  (try: slm-playground run {id})").format(id=model_id))
    return 0

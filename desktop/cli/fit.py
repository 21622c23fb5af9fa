"""`slm-playground fit`: will a model run well here, how fast, and with how much context."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli._common import number, print_json
from desktop.core.errors import ModelFileError, SlmError, UnsupportedModelError
from desktop.core.i18n import N_, _

NAME = "fit"
HELP = "tell whether a model file or catalog model fits this computer, and how fast it will run"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument(
        "model", metavar="PATH_OR_CATALOG_ID", help="a model file, 'starter', or a catalog id"
    )
    parser.add_argument("--ctx", type=int, metavar="N", help="context length to check")
    parser.add_argument(
        "--quant", metavar="Q", help="for a catalog model: which file (e.g. Q4_K_M)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


class FitInputError(SlmError):
    """The model named on the command line could not be found."""

    default_hint = N_("Give a model file path, 'starter', or an id from 'slm-playground catalog'.")


def _catalog_entry(name: str) -> Any:
    from desktop.core.library.catalog import load_catalog

    try:
        return load_catalog().get(name)
    except KeyError:
        return None
    except SlmError:
        return None


def _resolve(arg: str) -> tuple[Any, bool, str | None, Any]:
    """``(shape, downloaded, engine_problem, catalog_entry)`` for a path, starter or id."""
    from desktop.core.fit.shape import ModelShape
    from desktop.core.library.starter import STARTER_ID, starter_model_path

    path = starter_model_path() if arg == STARTER_ID else Path(arg).expanduser()
    if path.exists():
        if path.is_dir():
            raise FitInputError(_("{path} is a folder, not a model file.").format(path=path))
        try:
            shape = ModelShape.from_file(path)
        except UnsupportedModelError as error:
            # Still estimate from the header when it can be read, so the numbers show.
            return _shape_for_unsupported(path), True, error.message, None
        from desktop.engine.chat import chat_format_problem

        return shape, True, chat_format_problem(path), None
    entry = _catalog_entry(arg)
    if entry is not None:
        return entry, entry.is_local, None, entry
    if "/" in arg or "\\" in arg or path.suffix.lower() in (".gguf", ".bin"):
        raise ModelFileError(
            _("There is no model file at {path}.").format(path=arg),
            hint=_("Check the path, or use 'starter' for the built-in model."),
        )
    raise FitInputError(
        _("'{name}' is neither a model file nor a model in the catalog.").format(name=arg))


def _measured(arg: str, entry: Any) -> float | None:
    """Decode speed measured here for the file named (the history), if it has run."""
    from desktop.core.history.store import measured_tokens_per_s_for_file
    from desktop.core.library.starter import STARTER_ID, starter_model_path

    if entry is not None and not entry.is_local:
        return None  # a catalog model not on this computer has never run here
    path = starter_model_path() if arg == STARTER_ID or entry is not None else Path(arg)
    if not path.expanduser().is_file():
        return None
    return measured_tokens_per_s_for_file(path.expanduser())


def _shape_for_unsupported(path: Path) -> Any:
    from desktop.core.fit.shape import ModelShape

    try:
        from desktop.core.modelfiles.gguf import read_gguf_header

        return ModelShape.from_gguf(read_gguf_header(path), path.stat().st_size)
    except (SlmError, OSError):
        size = path.stat().st_size
        return ModelShape("unknown", size, size, 0, 0, 0, 0, 0, 0, 0, 0)


def run(args: argparse.Namespace) -> int:
    """Estimate and print the fit."""
    from desktop.core.fit.verdict import assess_fit, recommend_variant
    from desktop.core.machine.hardware import probe_hardware

    if args.ctx is not None and args.ctx < 1:
        raise FitInputError(_("The context length must be a positive number."),
                            hint=_("Try --ctx 4096."))
    shape, downloaded, problem, entry = _resolve(args.model)
    hardware = probe_hardware()
    recommendation: tuple[int, str] | None = None
    if entry is not None:
        files = list(entry.files)
        shapes = [entry.shape(f) for f in files]
        recommendation = recommend_variant(shapes, hardware, context_length=args.ctx)
        if args.quant:
            try:
                chosen = entry.file(args.quant)
            except KeyError:
                names = ", ".join(f.quantization for f in files)
                raise FitInputError(
                    _("{name} has no file {file}.").format(name=entry.display_name,
                                                           file=repr(args.quant)),
                    hint=_("Choose one of: {names}.").format(names=names),
                ) from None
            shape = entry.shape(chosen)
        elif recommendation is not None:
            shape = shapes[recommendation[0]]
        else:
            shape = entry.shape()
    result = assess_fit(
        shape, hardware, context_length=args.ctx, downloaded=downloaded, engine_problem=problem,
        measured_tokens_per_s=_measured(args.model, entry),
    )
    if args.json:
        data = result.to_json()
        if entry is not None:
            data["catalog_id"] = entry.id
            data["quantization"] = shape.quantization
            data["recommended"] = recommendation[1] if recommendation else None
        print_json(data)
        return _exit_code(result.badge)
    e = result.estimate
    print(f"{result.label}. {result.reason}")
    if result.badge != "unsupported":
        if result.badge != "slow":  # a slow verdict's reason already says the speed
            print(result.speed_text)
        if result.max_context_runs_well:
            print(
                _("Longest context that fits comfortably: {tokens} tokens (checked: {checked})."
                  ).format(tokens=number(result.max_context_runs_well),
                           checked=number(e.context_length))
            )
    if recommendation is not None:
        print(_("Suggested file: {name}.").format(name=recommendation[1]))
    return _exit_code(result.badge)


def _exit_code(badge: str) -> int:
    """0 when the model can run here (whatever the badge), 1 when it cannot run at all."""
    return 1 if badge == "unsupported" else 0

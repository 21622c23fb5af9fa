"""`slm-playground catalog`: the suggested models, with how well each fits this computer."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli._common import short_size
from desktop.core.i18n import N_, _, translate

if TYPE_CHECKING:
    from desktop.session.services import Services

NAME = "catalog"
HELP = "list suggested models and how well each would run on this computer"

log = logging.getLogger("desktop.cli.catalog")
_FITTING = ("runs_well", "slow", "tight")

#: The catalog's tags (``--tag`` values stay English), as people read them in "Good for:".
_TAG_WORDS = {
    "writing": N_("writing"),
    "summarising": N_("summarising"),
    "translation": N_("translation"),
    "code": N_("code"),
    "quick answers": N_("quick answers"),
    "reasoning": N_("reasoning"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("--search", metavar="WORDS", default="", help="only models matching WORDS")
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="only models good for TAG (writing, summarising, translation, code, "
        "quick answers, reasoning); may be repeated",
    )
    parser.add_argument(
        "--fits", action="store_true", help="only models that run well or fit tightly here"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="re-read file sizes and checksums from Hugging Face (needs the internet)",
    )
    parser.add_argument("--catalog", metavar="PATH", default=None, help=argparse.SUPPRESS)


def _fit_tools(models_folder: Path | None) -> tuple[Any, Any] | None:
    """``(assess_fit, hardware)`` or ``None`` when the fit estimate is not available."""
    from desktop.core.fit.verdict import assess_fit
    from desktop.core.machine.hardware import probe_hardware

    return assess_fit, probe_hardware(models_dir=models_folder)


def _fit_dict(result: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in (
        "badge",
        "label",
        "reason",
        "tokens_per_s_estimate",
        "words_per_s_estimate",
        "max_context_runs_well",
    ):
        out[key] = getattr(result, key, None)
    estimate = getattr(result, "estimate", None)
    if estimate is not None:
        out["need_bytes"] = getattr(estimate, "need_bytes", None)
    return out


def _refresh(path: str | None, as_json: bool, config: Any) -> int:
    from desktop.core.library.catalog_refresh import refresh_catalog

    report = refresh_catalog(path, config=config)
    if as_json:
        print(
            json.dumps(
                {
                    "path": str(report.path),
                    "files": [asdict(f) for f in report.files],
                    "failed_repos": [{"repo_id": r, "message": m} for r, m in report.failed_repos],
                },
                indent=2,
            )
        )
        return 0 if not report.failed_repos else 2
    print(
        _("Checked {files} files on Hugging Face: {matched} matched, {filled} filled in, "
          "{changed} changed, {missing} not found.").format(
            files=len(report.files), matched=report.count("matched"),
            filled=report.count("filled"), changed=report.count("changed"),
            missing=report.count("missing"))
    )
    for f in report.files:
        if f.outcome == "changed":
            print("  " + _("{id}: {file}: changed").format(id=f.entry_id, file=f.filename))
        elif f.outcome == "missing":
            print("  " + _("{id}: {file}: missing").format(id=f.entry_id, file=f.filename))
    for repo, message in report.failed_repos:
        print(f"  {repo}: {message}", file=sys.stderr)
    print(_("Saved {path}").format(path=report.path))
    return 0 if not report.failed_repos else 2


def run(args: argparse.Namespace, services: Services) -> int:
    """List the catalog (or refresh it); returns the exit code."""
    from desktop.core.library.catalog import TAGS, load_catalog

    if args.refresh:
        return _refresh(args.catalog, args.json, services.hub_config())
    unknown = [t for t in args.tag if t not in TAGS]
    if unknown:
        print(_("Unknown tag: {tags}. Use one of: {known}.").format(
            tags=", ".join(unknown), known=", ".join(TAGS)), file=sys.stderr)
        return 2
    catalog = load_catalog(args.catalog)
    entries = catalog.search(args.search, tags=args.tag)
    tools = _fit_tools(services.models_folder())
    if args.fits and tools is None:
        print(_("The fit estimate is not available in this version."), file=sys.stderr)
        return 1
    rows: list[tuple[Any, Any, dict[str, Any] | None]] = []
    for entry in entries:
        file = entry.default_file
        fit: dict[str, Any] | None = None
        if tools is not None:
            assess_fit, hardware = tools
            result = assess_fit(entry.shape(file), hardware, downloaded=entry.is_local)
            fit = _fit_dict(result)
        if args.fits and (fit is None or fit["badge"] not in _FITTING):
            continue
        rows.append((entry, file, fit))
    if args.json:
        print(json.dumps([_entry_json(e, f, fit) for e, f, fit in rows], indent=2))
        return 0
    if not rows:
        print(_("No suggested model matches.") if entries else _("The catalog is empty."))
        return 0
    _print_table(rows)
    return 0


def _entry_json(entry: Any, file: Any, fit: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "id": entry.id,
        "display_name": entry.display_name,
        "family": entry.family,
        "params_b": entry.params_b,
        "repo_id": entry.repo_id,
        "local": entry.is_local,
        "license_name": entry.license_name,
        "license_url": entry.license_url,
        "gated": entry.gated,
        "native_context": entry.native_context,
        "tags": list(entry.tags),
        "description": entry.description,
        "verified": entry.verified,
        "default_file": file.filename,
        "files": [asdict(f) for f in entry.files],
        "fit": fit,
    }


def _print_table(rows: list[tuple[Any, Any, dict[str, Any] | None]]) -> None:
    id_w = max(len(e.id) for e, _, _ in rows)
    name_w = max(len(e.display_name) for e, _, _ in rows)
    label_w = max((len(fit["label"] or "") for _, _, fit in rows if fit), default=0)
    for entry, file, fit in rows:
        size = entry.estimated_size(file)
        size_text = ("~" if file.size_bytes is None else "") + short_size(size)
        label = (fit["label"] or fit["badge"]) if fit else ""
        where = _("on this computer") if entry.is_local else f"{file.quantization}"
        print(
            f"{entry.id:<{id_w}}  {entry.display_name:<{name_w}}  {size_text:>8}  "
            f"{label:<{label_w}}  {where}"
        )
        if fit and fit.get("reason"):
            print(f"{'':<{id_w}}  {fit['reason']}")
        tags = ", ".join(translate(_TAG_WORDS.get(t, t)) for t in entry.tags)
        print(f"{'':<{id_w}}  " + _("Good for: {tags}").format(tags=tags))
    print()
    print(_("Sizes with ~ are estimates; they are checked with Hugging Face when you download."))

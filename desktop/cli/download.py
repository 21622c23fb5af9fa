"""`slm-playground download`: download a catalog model or a Hub file, resumably.

Examples::

    slm-playground download llama-3.2-1b-instruct            # the catalog's suggested file
    slm-playground download llama-3.2-1b-instruct Q8_0       # another quantization
    slm-playground download bartowski/Some-GGUF Some-Q4_K_M.gguf --json-progress

With ``--json-progress`` every progress event is one JSON line on stdout, and the last
line is ``{"event": "done", "path": ..., "sha256": ..., "size_bytes": ...}`` (or
``{"event": "error", ...}``). Stopping with Ctrl+C keeps the partial file; running the
same command again continues where it stopped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli._common import number
from desktop.core.i18n import N_, _, translate

if TYPE_CHECKING:
    from desktop.core.downloads.install import InstallRequest
    from desktop.session.services import Services

NAME = "download"
HELP = "download a model from the catalog or the Hugging Face Hub (resumable)"

log = logging.getLogger("desktop.cli.download")

#: A download's states as people read them in the progress lines (``--json-progress``
#: keeps the English state names).
_STATE_WORDS = {
    "starting": N_("starting"),
    "downloading": N_("downloading"),
    "retrying": N_("retrying"),
    "verifying": N_("verifying"),
    "done": N_("done"),
    "paused": N_("paused"),
    "cancelled": N_("cancelled"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument(
        "model",
        metavar="CATALOG_ID_OR_REPO",
        help="a catalog id (see `slm-playground catalog`) or a Hub repo id (owner/name)",
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        default=None,
        help="file name or quantization (e.g. Q4_K_M); default: the catalog's suggestion, "
        "or the repo's only GGUF file",
    )
    parser.add_argument(
        "--json-progress", action="store_true", help="print progress as JSON lines on stdout"
    )
    parser.add_argument(
        "--endpoint", metavar="URL", default=None, help="Hugging Face Hub mirror URL to use"
    )
    parser.add_argument(
        "--dest", metavar="DIR", default=None, help="folder to save into (default: models folder)"
    )
    parser.add_argument(
        "--no-register",
        action="store_true",
        help="do not add the file to the installed models list",
    )


def _catalog_target(model: str, file: str | None) -> InstallRequest | str | None:
    """The catalog entry's file, its id when it is the built-in (local) model, or ``None``
    when ``model`` is not a catalog id."""
    from desktop.core.downloads.install import InstallRequest
    from desktop.core.errors import NotFoundError, SlmError
    from desktop.core.library.catalog import load_catalog

    try:
        catalog = load_catalog()
        entry = catalog.get(model)
    except KeyError:
        return None
    except SlmError as exc:  # no usable catalog: treat the name as a repo id
        log.info("catalog unavailable: %s", exc.detail or exc.message)
        return None
    if entry.is_local:
        return str(entry.id)
    try:
        chosen = entry.file(file) if file else entry.default_file
    except KeyError:
        choices = ", ".join(f.quantization for f in entry.files)
        raise NotFoundError(
            _("{name} has no file “{file}”.").format(name=entry.display_name, file=file),
            hint=_("Pick one of: {choices}.").format(choices=choices),
            detail=f"catalog entry {entry.id}",
        ) from None
    assert entry.repo_id is not None
    # Only verified catalog values are promises the download must meet.
    return InstallRequest.single(
        entry.repo_id,
        chosen.filename,
        sha256=chosen.sha256 if chosen.verified else None,
        size_bytes=chosen.size_bytes if chosen.verified else None,
        catalog_id=entry.id,
    )


def _repo_target(repo_id: str, file: str | None, config: Any) -> InstallRequest:
    """A file (or all parts of a split model) of a Hub repo."""
    from desktop.core.downloads.install import InstallRequest
    from desktop.core.errors import NotFoundError
    from desktop.core.hub.files import SPLIT_RE, list_gguf_files

    if file and file.lower().endswith(".gguf") and not SPLIT_RE.match(file):
        return InstallRequest.single(repo_id, file)
    if file and not file.lower().endswith(".gguf") and "." in Path(file).name:
        return InstallRequest.single(repo_id, file)
    files = list_gguf_files(repo_id, config=config)
    if file:
        key = file.lower()
        matches = [
            f
            for f in files
            if key in (f.filename.lower(), (f.quantization or "").lower())
            or key in (p.lower() for p in f.parts)
        ]
    else:
        matches = files
    if len(matches) != 1:
        names = ", ".join(f.filename for f in files) or _("none")
        raise NotFoundError(
            _("Please say which file of {repo} to download.").format(repo=repo_id)
            if len(matches) > 1 or not file
            else _("{repo} has no GGUF file “{file}”.").format(repo=repo_id, file=file),
            hint=_("GGUF files in this repo: {names}.").format(names=names),
            detail=f"file={file!r} matches={len(matches)}",
        )
    return InstallRequest.from_hub_file(repo_id, matches[0])


def _printer(json_progress: bool) -> Any:
    """Show :class:`~desktop.core.downloads.install.InstallProgress` as JSON lines or text."""
    last_t = [0.0]
    last_state = [""]

    def show(p: Any) -> None:
        if json_progress:
            print(json.dumps(p.to_dict()), flush=True)
            return
        now = time.monotonic()
        if p.state == last_state[0] == "downloading" and now - last_t[0] < 1.0:
            return
        last_t[0], last_state[0] = now, p.state
        name = p.filename
        if p.part_count > 1:  # the numbers are the whole model's
            name = _("{name} (part {number} of {count})").format(
                name=name, number=p.part_index + 1, count=p.part_count)
        state = translate(_STATE_WORDS.get(p.state, p.state))
        done = number(p.bytes_done / 1e6, 1, grouped=False)
        total = number((p.total_bytes or 0) / 1e6, 1, grouped=False)
        if p.state == "failed":  # whole lines: "failed" alone means a failed check elsewhere
            line = (_("{name}: failed {done} of {total} MB") if p.total_bytes
                    else _("{name}: failed {done} MB"))
        else:
            line = (_("{name}: {state} {done} of {total} MB") if p.total_bytes
                    else _("{name}: {state} {done} MB"))
        line = line.format(name=name, state=state, done=done, total=total)
        if p.bytes_per_s:
            line += ", " + _("{value} MB/s").format(
                value=number(p.bytes_per_s / 1e6, 1, grouped=False))
        if p.eta_s is not None and p.state == "downloading":
            line += ", " + _("{seconds} s left").format(seconds=number(p.eta_s, grouped=False))
        if p.message:
            line += f" {p.message}"
        print(line, file=sys.stderr)

    return show


def _starter_result(json_progress: bool) -> int:
    from desktop.core.library.starter import starter_model_path

    path = starter_model_path()
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(4 * 1024 * 1024), b""):
            h.update(block)
    _finish(
        json_progress,
        {
            "path": str(path),
            "sha256": h.hexdigest(),
            "size_bytes": path.stat().st_size,
            "already_present": True,
        },
        _("The starter model comes with the app; nothing to download."),
    )
    return 0


def _finish(json_progress: bool, payload: dict[str, Any], text: str) -> None:
    if json_progress:
        print(json.dumps({"event": "done", **payload}), flush=True)
    else:
        print(text)


def run(args: argparse.Namespace, services: Services) -> int:
    """Download, verify and register the model; print where it was saved."""
    from desktop.core.errors import SlmError

    try:
        return _run(args, services)
    except SlmError as error:
        if args.json_progress:
            print(json.dumps({"event": "error", **error.to_dict()}), flush=True)
        raise
    except KeyboardInterrupt:
        if args.json_progress:
            print(json.dumps({"event": "stopped"}), flush=True)
        raise


def _run(args: argparse.Namespace, services: Services) -> int:
    from desktop.core.downloads.install import ModelInstaller, check_allowed
    from desktop.core.downloads.records import DownloadOptions
    from desktop.core.errors import DownloadsDisabledError, NotFoundError

    settings, policy, library = services.settings, services.policy, services.library
    config = services.hub_config()
    if args.endpoint:
        if (
            "hf_endpoint" in services.config.locked
            and args.endpoint.rstrip("/") != config.resolved_endpoint
        ):
            print(
                _("Note: your organisation sets the Hub address; --endpoint is ignored."),
                file=sys.stderr,
            )
        else:
            config = config.with_endpoint(args.endpoint)
    if not settings.downloads_enabled:
        raise DownloadsDisabledError(
            _("Downloading models is turned off on this computer."),
            detail="downloads disabled by settings or policy",
        )
    target = _catalog_target(args.model, args.file)
    if isinstance(target, str):
        return _starter_result(args.json_progress)
    if target is None:
        if "/" not in args.model:
            raise NotFoundError(
                _("“{name}” is neither a model in the catalog nor a Hub repo (owner/name)."
                  ).format(name=args.model),
                hint=_("Run `slm-playground catalog` to see the catalog ids."),
            )
        target = _repo_target(args.model, args.file, config)
    check_allowed(target, policy)
    dest = Path(args.dest).expanduser() if args.dest else library.download_dir()
    installer = ModelInstaller(
        target,
        dest,
        library=library,
        config=config,
        options=DownloadOptions(downloads_enabled=settings.downloads_enabled),
        policy=policy,
        on_progress=_printer(args.json_progress),
    )
    result = installer.run(register=not args.no_register)
    results = result.downloads
    first = results[0]
    payload: dict[str, Any] = {
        "path": str(first.path),
        "sha256": first.sha256,
        "size_bytes": first.size_bytes,
        "repo_id": target.repo_id,
        "filename": target.filename,
        "catalog_id": target.catalog_id,
        "resumed_from": first.resumed_from,
        "already_present": first.already_present,
    }
    if len(results) > 1:
        payload["parts"] = [
            {"path": str(r.path), "sha256": r.sha256, "size_bytes": r.size_bytes} for r in results
        ]
        payload["total_bytes"] = result.size_bytes
    if not args.no_register:
        payload.update(_registered(result))
    size = number(result.size_bytes / 1e6, 1, grouped=False)
    _finish(args.json_progress, payload,
            _("Saved to {path} ({size} MB, checked).").format(path=first.path, size=size))
    return 0


def _registered(result: Any) -> dict[str, Any]:
    """Whether the download was added to the installed models; a problem is a note only."""
    error = result.register_error
    if error is not None or result.model is None:
        message = error.message if error is not None else _("no models folder")
        print(_("Note: the file was saved but not added to your models: {message}").format(
            message=message), file=sys.stderr)
        return {"registered": False, "model_id": None}
    return {"registered": True, "model_id": result.model.id}

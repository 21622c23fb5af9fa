"""Adding a local model file to a :class:`~desktop.core.library.library.Library`: the
checks on the source, duplicates, then an atomic copy, a move or a link into a models folder.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.cancel import CancelToken
from desktop.core.errors import LibraryError
from desktop.core.files import existing_kind
from desktop.core.i18n import _
from desktop.core.library.records import DuplicateModelError, ImportMode, InstalledModel
from desktop.core.library.storage import (
    SPLIT_RE,
    ProgressCallback,
    copy_atomic,
    file_sha256,
    free_name,
    inspect_file,
    link_file,
    move_file,
    now_iso,
)

if TYPE_CHECKING:
    from desktop.core.library.library import Library

log = logging.getLogger("desktop.core.library.library")


def import_file(
    library: Library,
    path: str | os.PathLike[str],
    mode: ImportMode = "copy",
    *,
    cancel: CancelToken | None = None,
    progress: ProgressCallback | None = None,
) -> InstalledModel:
    """Add the model file at ``path`` to ``library`` (see :meth:`Library.import_file`, which
    documents the arguments, the result and the errors)."""
    if mode not in ("copy", "move", "link"):
        raise ValueError(f"mode must be copy, move or link, not {mode!r}")
    src = Path(path).expanduser()
    if src.is_dir():
        raise LibraryError(
            _("“{name}” is a folder, not a model file.").format(name=src.name),
            hint=_(
                "Pick the .gguf (or GGML .bin) file inside it, or put the folder's model "
                "files into a models folder (Settings lists them); they are found "
                "automatically."
            ),
            detail=str(src),
        )
    if not src.is_file():
        kind = existing_kind(src)
        raise LibraryError(
            _("“{name}” is {kind}, not a model file.").format(name=src.name, kind=kind)
            if kind is not None
            else _("The file “{name}” was not found.").format(name=src.name),
            hint=_("Check the file name and folder, then try again."),
            detail=str(src),
        )
    if SPLIT_RE.match(src.name):
        raise LibraryError(
            _("“{name}” is one part of a model split into several files.").format(name=src.name),
            hint=_(
                "Copy all the parts into the models folder yourself; they are found automatically."
            ),
            detail=str(src),
        )
    facts = inspect_file(src)
    if library.policy is not None and not library._allow.allows_file(src):
        raise LibraryError(
            _("Your organisation's policy does not allow the model “{name}”.").format(
                name=src.name
            ),
            hint=_("Ask your IT contact which models you can use."),
            detail=f"allow-list: {library.policy.allowed_models}",
        )
    with library._lock:
        dest_dir = library.download_dir()
        for model in library.list():
            if any(p.absolute() == src.absolute() for p in model.parts) or (
                src.resolve() == model.path.resolve()
            ):
                raise DuplicateModelError(model, detail=f"{src} is already listed")
        size = src.stat().st_size
        computed: dict[str, str] = {}

        def source_hash() -> str:
            if "sha" not in computed:
                computed["sha"] = file_sha256(src, cancel=cancel, progress=progress)
            return computed["sha"]

        existing = library.find_duplicate(size, source_hash, cancel=cancel)
        if existing is not None:
            raise DuplicateModelError(existing, detail=f"{src} has the same size and sha256")
        target = free_name(dest_dir, src.name)
        sha: str | None = computed.get("sha")
        if mode == "copy":
            sha = copy_atomic(src, target, cancel=cancel, progress=progress)
        elif mode == "move":
            sha = move_file(src, target, cancel=cancel, progress=progress) or sha
        else:
            link_file(src, target)
        entry = {
            "source": "import",
            "filename": src.name,
            "original_path": str(src.absolute()),
            "import_mode": mode,
            "sha256": sha,
            "size_bytes": size,
            "added_at": now_iso(),
            "format": facts.format,
            "architecture": facts.architecture,
            "quantization": facts.quantization,
            "name": facts.name,
        }
        library._record(target, entry)
        log.info("imported %s -> %s (%s)", src, target, mode)
        return library._find(target)

"""Installed models: the starter model, downloads, imports and files added by hand.

A :class:`Library` looks in several models folders (the first writable one receives
downloads and imports; shared folders may be read-only) and keeps a small index
(:mod:`desktop.core.library.index`) of what came from where. Every file is validated through
its GGUF/GGML header before it is listed or imported, so a wrong or damaged file is refused
with a plain message and nothing is copied.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.cancel import CancelToken
from desktop.core.config.policy import Policy, effective_settings, load_policy
from desktop.core.config.settings import Settings, load_settings
from desktop.core.errors import (
    LibraryError,
    ModelFileError,
    UnsupportedModelError,
)
from desktop.core.i18n import _
from desktop.core.library import importer, starter
from desktop.core.library.allowlist import AllowList
from desktop.core.library.candidates import find_candidates, model_from_entry, starter_model
from desktop.core.library.index import ModelIndex
from desktop.core.library.records import (
    ImportMode,
    InstalledModel,
    LibraryScan,
    SkippedFile,
)
from desktop.core.library.storage import (
    ProgressCallback,
    file_sha256,
    inspect_file,
    is_within,
    is_writable_dir,
    now_iso,
    quantization_from_name,
    slug,
)

log = logging.getLogger("desktop.core.library.library")


class Library:
    """The installed models across every models folder.

    Args:
        settings: effective settings (see :func:`desktop.core.config.policy.effective_settings`), or
            a list of models folders. ``None`` loads the settings and policy from disk.
        policy: the admin policy, used for the allow-list (:meth:`is_allowed`).
        read_only_dirs: extra folders never written to (added to the settings' list).
        index_path: the index file (default ``data_dir()/models-index.json``).
        include_starter: list the built-in starter model first (default ``True``).
        index: the :class:`ModelIndex` to share (the app's services pass theirs);
            overrides ``index_path``.
    """

    def __init__(
        self,
        settings: Settings | Sequence[str | os.PathLike[str]] | None = None,
        *,
        policy: Policy | None = None,
        read_only_dirs: Sequence[str | os.PathLike[str]] = (),
        index_path: Path | None = None,
        include_starter: bool = True,
        index: ModelIndex | None = None,
    ) -> None:
        if settings is None:
            policy = load_policy() if policy is None else policy
            settings, _ = effective_settings(load_settings(), policy)
        if isinstance(settings, Settings):
            folders = settings.models_folders()
            ro = settings.read_only_models_dirs
        else:
            folders = tuple(Path(p).expanduser() for p in settings)
            ro = ()
        self.folders: tuple[Path, ...] = folders
        self.read_only_dirs: tuple[Path, ...] = tuple(ro) + tuple(
            Path(p).expanduser() for p in read_only_dirs
        )
        if policy is not None:
            self.read_only_dirs += tuple(p for p in policy.read_only_dirs if p not in ro)
        self.policy = policy
        self.index = index if index is not None else ModelIndex(index_path)
        self.include_starter = include_starter
        self._lock = threading.RLock()
        self._allow = AllowList(policy)

    # --- folders ------------------------------------------------------------------------

    def folder_is_read_only(self, folder: Path) -> bool:
        """Whether the app must not write to ``folder`` (listed read-only, or really is)."""
        if any(is_within(folder, ro) for ro in self.read_only_dirs):
            return True
        return not (folder.is_dir() and is_writable_dir(folder))

    def download_dir(self) -> Path:
        """The first models folder that can be written to (created if missing).

        Raises:
            LibraryError: every models folder is read-only or unreachable.
        """
        for folder in self.folders:
            if any(is_within(folder, ro) for ro in self.read_only_dirs):
                continue
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                continue
            if is_writable_dir(folder):
                return folder
        raise LibraryError(
            _("None of the models folders can be written to, so no model can be added."),
            hint=_("Pick a models folder you can write to in Settings, or ask your IT contact."),
            detail="folders: " + ", ".join(str(f) for f in self.folders),
        )

    # --- listing ------------------------------------------------------------------------

    def scan(self) -> LibraryScan:
        """Look through every models folder.

        Returns:
            The models (starter first, then by folder order and file name) and the files
            that were skipped (not a model, damaged, incomplete) with the reason.
        """
        with self._lock:
            entries = self.index.load()
            models: list[InstalledModel] = []
            skipped: list[SkippedFile] = []
            starter_path: Path | None = None
            if self.include_starter:
                try:
                    starter_path = starter.starter_model_path()
                    models.append(starter_model(starter_path))
                except ModelFileError as exc:
                    skipped.append(SkippedFile(Path(starter.STARTER_FILENAME), exc.message))
            candidates, more_skipped = find_candidates(self.folders)
            skipped.extend(more_skipped)
            updates: dict[str, dict[str, Any]] = {}
            read_only_cache: dict[Path, bool] = {}
            ids: set[str] = {m.id for m in models}
            for cand in candidates:
                if starter_path is not None and cand.path.resolve() == starter_path.resolve():
                    continue
                try:
                    stat = [p.stat() for p in cand.parts]
                except OSError as exc:
                    skipped.append(SkippedFile(cand.path, "This file could not be read."))
                    log.info("skipping %s: %s", cand.path, exc)
                    continue
                size = sum(s.st_size for s in stat)
                mtime = stat[0].st_mtime_ns
                key = str(cand.path.absolute())
                entry = entries.get(key, {})
                if entry.get("size_bytes") != size or entry.get("mtime_ns") != mtime:
                    try:
                        facts = inspect_file(cand.path)
                    except UnsupportedModelError as exc:
                        skipped.append(SkippedFile(cand.path, exc.message))
                        continue
                    except ModelFileError as exc:
                        skipped.append(SkippedFile(cand.path, exc.message))
                        continue
                    stale_hash = entry.get("size_bytes") != size
                    entry = {
                        **entry,
                        "source": entry.get("source", "found"),
                        "filename": entry.get("filename", cand.path.name),
                        "size_bytes": size,
                        "mtime_ns": mtime,
                        "format": facts.format,
                        "architecture": facts.architecture,
                        "quantization": facts.quantization,
                        "name": facts.name,
                    }
                    if stale_hash:
                        entry["sha256"] = None
                    updates[key] = entry
                for place in {cand.folder, cand.path.parent}:
                    if place not in read_only_cache:
                        read_only_cache[place] = self.folder_is_read_only(place)
                read_only = read_only_cache[cand.folder] or read_only_cache[cand.path.parent]
                model_id = slug(cand.path.name)
                if model_id in ids:
                    model_id = f"{model_id}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
                ids.add(model_id)
                models.append(model_from_entry(model_id, cand, entry, size, read_only))
            if updates:
                try:
                    self.index.put_many(updates)
                except OSError as exc:
                    log.warning("could not update the model index: %s", exc)
            return LibraryScan(tuple(models), tuple(skipped))

    def list(self) -> list[InstalledModel]:
        """The installed models, starter first (see :meth:`scan`)."""
        return list(self.scan().models)

    def get(self, model_id: str) -> InstalledModel:
        """Find an installed model by id (or by file path).

        Raises:
            LibraryError: no such model.
        """
        for model in self.list():
            if model.id == model_id or str(model.path) == model_id:
                return model
        raise LibraryError(
            _("There is no installed model called “{model_id}”.").format(model_id=model_id),
            hint=_("Run “slm-playground models” to see the installed models."),
            detail=f"id={model_id!r}",
        )

    def _find(self, path: Path) -> InstalledModel:
        for model in self.list():
            if model.path.absolute() == path.absolute():
                return model
        raise LibraryError(
            _("The model “{name}” was added but cannot be found in the models folder.").format(
                name=path.name
            ),
            detail=str(path),
        )

    # --- policy -------------------------------------------------------------------------

    def is_allowed(self, model: InstalledModel) -> bool:
        """Whether the organisation's allow-list lets people use ``model``.

        The starter model is always allowed; with no policy or no allow-list, all are.
        Otherwise the *file itself* is judged (see :meth:`allows_path`), not the name of
        a link to it, and a catalog model only counts as that catalog model when its bytes
        are the catalog's (SHA-256).
        """
        if self.policy is None or self.policy.allowed_models is None:
            return True
        if model.source == "starter":
            return starter.is_starter(model.path)
        return self._allow.allows_file(
            model.path, catalog_id=model.catalog_id, repo_id=model.repo_id, sha256=model.sha256
        )

    def allows_path(self, path: Path) -> bool:
        """Whether the allow-list lets people use the model file at ``path`` (any path).

        Symbolic links are followed: a link named like an allowed model does not pass.
        """
        if self.policy is None or self.policy.allowed_models is None:
            return True
        target = Path(path).absolute()
        for model in self.list():
            if model.path.absolute() == target:
                return self.is_allowed(model)
        return self._allow.allows_file(target)

    # --- duplicates ---------------------------------------------------------------------

    def find_duplicate(
        self,
        size_bytes: int,
        sha256: str | Callable[[], str] | None,
        *,
        cancel: CancelToken | None = None,
    ) -> InstalledModel | None:
        """An installed model with this exact size and SHA-256, if any.

        Hashes are only computed for installed models of the same size (and cached).

        Args:
            size_bytes: the candidate's size.
            sha256: its hash, or a function computing it (only called when needed);
                ``None`` matches on size alone.
            cancel: stops hashing.
        """
        same_size = [m for m in self.list() if m.size_bytes == size_bytes and len(m.parts) == 1]
        if not same_size:
            return None
        wanted = sha256() if callable(sha256) else sha256
        for model in same_size:
            if wanted is None:
                return model
            have = model.sha256
            if have is None:
                have = file_sha256(model.path, cancel=cancel)
                if model.source != "starter":
                    with contextlib.suppress(OSError):
                        self.index.update(str(model.path.absolute()), sha256=have)
            if have.lower() == wanted.lower():
                return model
        return None

    # --- adding -------------------------------------------------------------------------

    def import_file(
        self,
        path: str | os.PathLike[str],
        mode: ImportMode = "copy",
        *,
        cancel: CancelToken | None = None,
        progress: ProgressCallback | None = None,
    ) -> InstalledModel:
        """Add a local model file to the library.

        The header is checked first: a wrong or damaged file is refused and nothing is
        copied. Then duplicates are looked for, disk space is checked, and the file is
        copied to a hidden temporary name and renamed into place (``copy``), moved
        (``move``; a rename when on the same disk), or linked (``link``; a symbolic link,
        or a hard link where symbolic links are not allowed).

        Args:
            path: the ``.gguf`` or GGML ``.bin`` file.
            mode: ``"copy"`` (default), ``"move"`` or ``"link"``.
            cancel: stops a copy; the partial copy is deleted.
            progress: called with (bytes done, total) while copying or hashing.

        Returns:
            The installed model.

        Raises:
            ModelFileError: not a model file, or damaged (nothing copied).
            UnsupportedModelError: a model no installed engine can run.
            DuplicateModelError: the same model is already installed.
            DiskSpaceError: not enough free space (checked before copying).
            LibraryError: policy refuses it, no writable folder, or copying failed.
            CancelledError: ``cancel`` was set.
        """
        return importer.import_file(self, path, mode, cancel=cancel, progress=progress)

    def register_download(
        self,
        path: str | os.PathLike[str],
        repo_id: str,
        filename: str,
        sha256: str | None,
        size: int,
        *,
        catalog_id: str | None = None,
    ) -> InstalledModel:
        """Record a finished, verified download (called by the downloader).

        Args:
            path: the model file, already in a models folder.
            repo_id: the Hugging Face repo it came from.
            filename: the file name inside the repo.
            sha256: its verified hash.
            size: its size in bytes.
            catalog_id: the catalog entry it was chosen from, if any.

        Returns:
            The installed model.

        Raises:
            LibraryError: the file is missing, has another size, or is outside the folders.
            ModelFileError: it is not a usable model file.
        """
        target = Path(path)
        if not target.is_file() or target.stat().st_size != size:
            raise LibraryError(
                _("The downloaded file “{name}” is missing or incomplete.").format(
                    name=target.name
                ),
                hint=_("Download it again."),
                detail=f"{target}: expected {size} bytes",
            )
        if not any(is_within(target, folder) for folder in self.folders):
            raise LibraryError(
                _("The downloaded file “{name}” is not in a models folder.").format(
                    name=target.name
                ),
                detail=f"{target} not under {[str(f) for f in self.folders]}",
            )
        facts = inspect_file(target)
        entry = {
            "source": "download",
            "repo_id": repo_id,
            "filename": filename,
            "catalog_id": catalog_id,
            "sha256": sha256.lower() if sha256 else None,
            "size_bytes": size,
            "added_at": now_iso(),
            "format": facts.format,
            "architecture": facts.architecture,
            "quantization": facts.quantization or quantization_from_name(filename),
            "name": facts.name,
        }
        self._record(target, entry)
        return self._find(target)

    def _record(self, target: Path, entry: dict[str, Any]) -> None:
        entry = dict(entry)
        with contextlib.suppress(OSError):
            entry["mtime_ns"] = target.stat().st_mtime_ns
        try:
            self.index.put(str(target.absolute()), entry)
        except OSError as exc:  # the model is usable; only its history is lost
            log.warning("could not record %s in the model index: %s", target, exc)

    # --- removing -----------------------------------------------------------------------

    def remove(self, model_id: str) -> InstalledModel:
        """Delete an installed model's file(s) and forget it.

        Args:
            model_id: the model's id.

        Returns:
            The model that was removed.

        Raises:
            LibraryError: unknown id, the starter model, a read-only folder, or the file
                could not be deleted.
        """
        with self._lock:
            model = self.get(model_id)
            if model.source == "starter":
                raise LibraryError(
                    _("The starter model is built into SLM Playground and cannot be removed."),
                    hint="",
                    detail=str(model.path),
                )
            if model.read_only:
                raise LibraryError(
                    _(
                        "“{display_name}” is in a shared folder that SLM Playground does not "
                        "change, so it cannot be removed here."
                    ).format(display_name=model.display_name),
                    hint=_("Ask your IT contact if it should be removed for everyone."),
                    detail=str(model.path),
                )
            for part in model.parts:
                try:
                    part.unlink()
                except FileNotFoundError:
                    pass
                except OSError as exc:
                    raise LibraryError(
                        _("“{display_name}” could not be deleted.").format(
                            display_name=model.display_name
                        ),
                        hint=_("Close any program using the file and try again."),
                        detail=f"{part}: {exc}",
                    ) from exc
            with contextlib.suppress(OSError):
                self.index.remove(*(str(p.absolute()) for p in model.parts))
            log.info("removed model %s (%s)", model.id, model.path)
            return model

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.cancel import CancelToken
from desktop.core.config.policy import Policy, effective_settings, load_policy
from desktop.core.config.settings import Settings, load_settings
from desktop.core.errors import (
    LibraryError,
    ModelFileError,
    SlmError,
    UnsupportedModelError,
)
from desktop.core.files import existing_kind
from desktop.core.i18n import _
from desktop.core.library import starter
from desktop.core.library.index import ModelIndex
from desktop.core.library.records import (
    DuplicateModelError,
    ImportMode,
    InstalledModel,
    LibraryScan,
    SkippedFile,
)
from desktop.core.library.storage import (
    SPLIT_RE,
    ProgressCallback,
    copy_atomic,
    file_sha256,
    free_name,
    inspect_file,
    is_within,
    is_writable_dir,
    link_file,
    move_file,
    now_iso,
    parse_time,
    quantization_from_name,
    slug,
    walk_models,
)

log = logging.getLogger("desktop.core.library.library")


@dataclass
class _Candidate:
    path: Path
    folder: Path
    parts: list[Path] = field(default_factory=list)


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
        self._catalog_files: dict[str, list[tuple[str, str | None, str | None]]] | None = None

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

    def _candidates(self) -> tuple[list[_Candidate], list[SkippedFile]]:
        found: list[_Candidate] = []
        skipped: list[SkippedFile] = []
        seen: set[Path] = set()
        for folder in self.folders:
            if not folder.is_dir():
                if folder.exists() or folder.parent.exists():
                    skipped.append(SkippedFile(folder, "This models folder could not be found."))
                continue
            splits: dict[tuple[Path, str], list[Path]] = {}
            for path in walk_models(folder):
                key = path.resolve() if path.exists() else path
                if key in seen:
                    continue
                seen.add(key)
                m = SPLIT_RE.match(path.name)
                if m:
                    splits.setdefault((path.parent, m.group("base")), []).append(path)
                    continue
                found.append(_Candidate(path, folder, [path]))
            for parts in splits.values():
                parts.sort()
                first = parts[0]
                m = SPLIT_RE.match(first.name)
                assert m is not None
                expected = int(m.group("total"))
                if int(m.group("part")) != 1 or len(parts) != expected:
                    skipped.append(
                        SkippedFile(
                            first,
                            f"This model is split into {expected} parts but only "
                            f"{len(parts)} are in the folder.",
                        )
                    )
                    continue
                found.append(_Candidate(first, folder, parts))
        return found, skipped

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
                    models.append(self._starter_model(starter_path))
                except ModelFileError as exc:
                    skipped.append(SkippedFile(Path(starter.STARTER_FILENAME), exc.message))
            candidates, more_skipped = self._candidates()
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
                models.append(self._model(model_id, cand, entry, size, read_only))
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

    def _starter_model(self, path: Path) -> InstalledModel:
        return InstalledModel(
            id=starter.STARTER_ID,
            display_name=starter.STARTER_DISPLAY_NAME,
            path=path,
            size_bytes=path.stat().st_size,
            sha256=None,
            source="starter",
            repo_id=starter.STARTER_REPO_ID,
            filename=starter.STARTER_FILENAME,
            format="gguf",
            quantization=quantization_from_name(starter.STARTER_FILENAME),
            added_at=None,
            read_only=True,
            folder=None,
            architecture="llama",
            parts=(path,),
        )

    @staticmethod
    def _model(
        model_id: str, cand: _Candidate, entry: dict[str, Any], size: int, read_only: bool
    ) -> InstalledModel:
        source = entry.get("source", "found")
        if source not in ("download", "import", "found"):
            source = "found"
        quant = entry.get("quantization")
        name = entry.get("display_name") or entry.get("name")
        if name and quant and str(quant).lower() not in str(name).lower():
            name = f"{name} {quant}"
        fmt = entry.get("format")
        return InstalledModel(
            id=model_id,
            display_name=str(name or cand.path.stem),
            path=cand.path,
            size_bytes=size,
            sha256=entry.get("sha256"),
            source=source,
            repo_id=entry.get("repo_id"),
            filename=str(entry.get("filename") or cand.path.name),
            format="ggml" if fmt == "ggml" else "gguf",
            quantization=quant,
            added_at=parse_time(entry.get("added_at")),
            read_only=read_only,
            folder=cand.folder,
            catalog_id=entry.get("catalog_id"),
            architecture=entry.get("architecture"),
            parts=tuple(cand.parts),
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
        return self._allowed_file(
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
        return self._allowed_file(target)

    def _allowed_file(
        self,
        path: Path,
        *,
        catalog_id: str | None = None,
        repo_id: str | None = None,
        sha256: str | None = None,
    ) -> bool:
        policy = self.policy
        if policy is None:
            return True
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return False
        if starter.is_starter(real):
            return True
        if path.is_symlink() or real.name != path.name:
            # A link: what the index says about the link's path does not count.
            sha256 = repo_id = catalog_id = None
        known = self._catalog_file(real.name, catalog_id, repo_id)
        if known is not None:
            entry_id, entry_repo, want_sha = known
            if not policy.allows(catalog_id=entry_id, repo_id=entry_repo, filename=real.name):
                return False
            # The catalog's model only when it has the catalog's bytes.
            return want_sha is None or self._sha256(real, sha256) == want_sha
        return policy.allows(repo_id=repo_id, filename=real.name)

    def _catalog_file(
        self, filename: str, catalog_id: str | None, repo_id: str | None
    ) -> tuple[str, str | None, str | None] | None:
        """``(entry id, repo id, sha256)`` of the catalog file with this name, if any."""
        if self._catalog_files is None:
            files: dict[str, list[tuple[str, str | None, str | None]]] = {}
            try:
                from desktop.core.library.catalog import load_catalog

                for entry in load_catalog():
                    for f in entry.files:
                        files.setdefault(Path(f.filename).name.lower(), []).append(
                            (entry.id, entry.repo_id, f.sha256.lower() if f.sha256 else None)
                        )
            except SlmError as exc:
                log.warning("allow-list: catalog unavailable: %s", exc.detail or exc.message)
            self._catalog_files = files
        matches = self._catalog_files.get(filename.lower(), [])
        for match in matches:
            if match[0] == catalog_id or (repo_id is not None and match[1] == repo_id):
                return match
        return matches[0] if matches else None

    def _sha256(self, real: Path, recorded: str | None) -> str | None:
        if recorded:
            return recorded.lower()
        try:
            return file_sha256(real)
        except OSError:
            return None

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
                _("“{name}” is one part of a model split into several files.").format(
                    name=src.name
                ),
                hint=_(
                    "Copy all the parts into the models folder yourself; they are found "
                    "automatically."
                ),
                detail=str(src),
            )
        facts = inspect_file(src)
        if self.policy is not None and not self._allowed_file(src):
            raise LibraryError(
                _("Your organisation's policy does not allow the model “{name}”.").format(
                    name=src.name
                ),
                hint=_("Ask your IT contact which models you can use."),
                detail=f"allow-list: {self.policy.allowed_models}",
            )
        with self._lock:
            dest_dir = self.download_dir()
            for model in self.list():
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

            existing = self.find_duplicate(size, source_hash, cancel=cancel)
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
            self._record(target, entry)
            log.info("imported %s -> %s (%s)", src, target, mode)
            return self._find(target)

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

"""Re-reading the catalog's file sizes and hashes from the Hub (:func:`refresh_catalog`)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop.core.errors import OfflineError, SlmError
from desktop.core.files import atomic_write_text
from desktop.core.library.catalog import default_catalog_path, load_catalog

if TYPE_CHECKING:
    from huggingface_hub import HfApi

    from desktop.core.hub.client import HubConfig

log = logging.getLogger("desktop.core.library.catalog_refresh")

FileOutcome = Literal["matched", "filled", "changed", "missing"]


@dataclass(frozen=True)
class FileRefresh:
    """What the Hub said about one catalog file."""

    entry_id: str
    filename: str
    outcome: FileOutcome
    size_bytes: int | None
    sha256: str | None


@dataclass(frozen=True)
class RefreshReport:
    """The result of :func:`refresh_catalog`."""

    path: Path
    files: tuple[FileRefresh, ...] = field(default_factory=tuple)
    failed_repos: tuple[tuple[str, str], ...] = ()

    def count(self, outcome: FileOutcome) -> int:
        """How many files had this outcome."""
        return sum(1 for f in self.files if f.outcome == outcome)


def _default_config() -> HubConfig:
    from desktop.core.hub.client import HubConfig

    try:
        from desktop.core.config.settings import load_settings

        return HubConfig.from_settings(load_settings())
    except SlmError as exc:  # unreadable settings or token store: go with the defaults
        log.info("refresh: using default Hub settings (%s)", exc.detail or exc.message)
        return HubConfig()


def _is_connection_error(exc: Exception) -> bool:
    from huggingface_hub import errors as hf_errors

    return not isinstance(exc, hf_errors.HfHubHTTPError)


def refresh_catalog(
    path: str | os.PathLike[str] | None = None,
    *,
    api: HfApi | None = None,
    config: HubConfig | None = None,
    write: bool = True,
) -> RefreshReport:
    """Re-read every file's size and sha256 from the Hub and rewrite the catalog.

    Uses ``HfApi().model_info(repo, files_metadata=True)`` (the siblings' ``size`` and
    ``lfs.sha256``). The Hub is the authority: values that match are marked verified, values
    that were missing are filled in, values that differ are replaced (and reported), files the
    Hub does not list are marked unverified. The ``gated`` flag is updated too.

    Args:
        path: the catalog file (default: the shipped one).
        api: the client to use (default: an ``HfApi`` for ``config``'s endpoint and token).
        config: endpoint, proxy, token and offline mode (default: from the app settings;
            ``HF_ENDPOINT`` and ``HF_HUB_OFFLINE`` are honoured).
        write: write the updated catalog back to ``path``.

    Raises:
        OfflineError: offline mode is on (checked before any network access).
        NetworkError: the Hub could not be reached at all (no repo could be read).
        CatalogError: the catalog file is damaged.
    """
    p = Path(path) if path is not None else default_catalog_path()
    load_catalog(p)  # validate before touching anything
    from desktop.core.hub.client import install_hub_session
    from desktop.core.hub.errors import map_error

    cfg = config if config is not None else _default_config()
    cfg.check_online()  # offline: fail at once, before any network access
    if api is None:
        from huggingface_hub import HfApi

        install_hub_session(cfg)
        api = HfApi(endpoint=cfg.resolved_endpoint, token=cfg.token)
    data = json.loads(p.read_text(encoding="utf-8"))
    results: list[FileRefresh] = []
    failed: list[tuple[str, str]] = []
    first_error: SlmError | None = None
    reached = 0
    for entry in data["entries"]:
        repo = entry.get("repo_id")
        if not repo:
            continue
        try:
            info = api.model_info(repo, files_metadata=True)
        except Exception as exc:
            err = map_error(exc, config=cfg, repo_id=repo)
            if isinstance(err, OfflineError):
                raise err from exc
            if reached == 0 and _is_connection_error(exc):
                raise err from exc  # nothing answers: fail fast instead of trying every repo
            log.warning("refresh %s failed: %s", repo, err.detail)
            failed.append((repo, err.message))
            first_error = first_error or err
            continue
        reached += 1
        gated = getattr(info, "gated", None)
        entry["gated"] = bool(gated) if gated is not None else entry["gated"]
        siblings = {s.rfilename: s for s in (info.siblings or [])}
        for f in entry["files"]:
            results.append(_refresh_file(entry["id"], f, siblings.get(f["filename"])))
        entry["verified"] = all(f["verified"] for f in entry["files"])
    if reached == 0 and first_error is not None:
        raise first_error
    if write:
        atomic_write_text(p, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return RefreshReport(path=p, files=tuple(results), failed_repos=tuple(failed))


def _refresh_file(entry_id: str, f: dict[str, Any], sib: Any) -> FileRefresh:
    if sib is None:
        f["verified"] = False
        f["source"] = "not listed by the Hub at the last refresh"
        return FileRefresh(entry_id, f["filename"], "missing", f["size_bytes"], f["sha256"])
    lfs = getattr(sib, "lfs", None)
    sha = getattr(lfs, "sha256", None) if lfs is not None else None
    size = getattr(sib, "size", None)
    if size is None and lfs is not None:
        size = getattr(lfs, "size", None)
    if sha is None or size is None:
        f["verified"] = False
        return FileRefresh(entry_id, f["filename"], "missing", f["size_bytes"], f["sha256"])
    old_size, old_sha = f["size_bytes"], f["sha256"]
    if old_size == size and old_sha == sha:
        outcome: FileOutcome = "matched"
    elif (old_size in (None, size)) and (old_sha in (None, sha)):
        outcome = "filled"
    else:
        outcome = "changed"
    f["size_bytes"], f["sha256"], f["verified"] = int(size), str(sha), True
    f["source"] = "Hub API model_info(files_metadata=True) lfs.sha256 and size, at the last refresh"
    return FileRefresh(entry_id, f["filename"], outcome, int(size), str(sha))

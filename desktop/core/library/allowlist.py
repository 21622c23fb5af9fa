"""The organisation's model allow-list applied to model files: links followed, catalog
models recognised by name and only counted as such with the catalog's bytes (SHA-256).
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.core.config.policy import Policy
from desktop.core.errors import SlmError
from desktop.core.library import starter
from desktop.core.library.storage import file_sha256

log = logging.getLogger("desktop.core.library.library")


class AllowList:
    """Judges model files against ``policy``'s allow-list (every file passes without one).

    The catalog's files are read once, on first need, and kept.
    """

    def __init__(self, policy: Policy | None) -> None:
        self.policy = policy
        self._catalog_files: dict[str, list[tuple[str, str | None, str | None]]] | None = None

    def allows_file(
        self,
        path: Path,
        *,
        catalog_id: str | None = None,
        repo_id: str | None = None,
        sha256: str | None = None,
    ) -> bool:
        """Whether the allow-list lets people use the file at ``path``, judged by the file
        itself (links followed); ``catalog_id``, ``repo_id`` and ``sha256`` are what the
        index records for it, ignored for a link."""
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

    @staticmethod
    def _sha256(real: Path, recorded: str | None) -> str | None:
        if recorded:
            return recorded.lower()
        try:
            return file_sha256(real)
        except OSError:
            return None

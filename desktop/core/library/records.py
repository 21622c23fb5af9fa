"""What the library knows about a model: :class:`InstalledModel`, scans, the duplicate error."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from desktop.core.errors import LibraryError
from desktop.core.i18n import N_

Source = Literal["starter", "download", "import", "found"]
ImportMode = Literal["copy", "move", "link"]


@dataclass(frozen=True)
class InstalledModel:
    """One model ready to run on this computer.

    Attributes:
        id: stable short id (from the file name; ``"starter"`` for the starter model).
        display_name: the name to show people.
        path: the model file (the first part for split GGUF files).
        size_bytes: total size on disk (all parts).
        sha256: the file's SHA-256 when known (downloads, copies), else ``None``.
        source: ``"starter"``, ``"download"``, ``"import"`` or ``"found"`` (added by hand).
        repo_id: Hugging Face repo it came from, when known.
        filename: the file's name (the Hub file name for downloads).
        format: ``"gguf"`` or ``"ggml"``.
        quantization: e.g. ``"Q4_K_M"``, when known.
        added_at: when it was downloaded or imported, when known (UTC).
        read_only: it lives in a folder the app must not change (removal refused).
        folder: the models folder it was found in (``None`` for the starter).
        catalog_id: catalog entry id, when it was downloaded from the catalog.
        architecture: model architecture (``llama``, ``gpt2``...), when known.
        parts: every file of the model (several for split GGUF files).
    """

    id: str
    display_name: str
    path: Path
    size_bytes: int
    sha256: str | None
    source: Source
    repo_id: str | None
    filename: str
    format: Literal["gguf", "ggml"]
    quantization: str | None
    added_at: datetime | None
    read_only: bool
    folder: Path | None = None
    catalog_id: str | None = None
    architecture: str | None = None
    parts: tuple[Path, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (``slm-playground models --json``)."""
        return {
            "id": self.id,
            "display_name": self.display_name,
            "path": str(self.path),
            "size_bytes": self.size_bytes,
            "sha256": self.sha256,
            "source": self.source,
            "repo_id": self.repo_id,
            "filename": self.filename,
            "format": self.format,
            "quantization": self.quantization,
            "added_at": self.added_at.isoformat() if self.added_at else None,
            "read_only": self.read_only,
            "folder": str(self.folder) if self.folder else None,
            "catalog_id": self.catalog_id,
            "architecture": self.architecture,
            "parts": [str(p) for p in self.parts],
        }


@dataclass(frozen=True)
class SkippedFile:
    """A file in a models folder that is not listed, and why (plain words)."""

    path: Path
    reason: str


@dataclass(frozen=True)
class LibraryScan:
    """The result of :meth:`Library.scan`."""

    models: tuple[InstalledModel, ...]
    skipped: tuple[SkippedFile, ...] = ()


class DuplicateModelError(LibraryError):
    """The same model file (same size and SHA-256) is already installed."""

    default_hint = N_("Nothing was copied; you can use the model that is already there.")

    def __init__(self, existing: InstalledModel, *, detail: str = "") -> None:
        super().__init__(
            f"This model is already installed as “{existing.display_name}”.", detail=detail
        )
        self.existing = existing

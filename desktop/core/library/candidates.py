"""Model files found in the models folders, split parts grouped, and the
:class:`InstalledModel` listed for each (used by :meth:`Library.scan`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.library import starter
from desktop.core.library.records import InstalledModel, SkippedFile
from desktop.core.library.storage import (
    SPLIT_RE,
    parse_time,
    quantization_from_name,
    walk_models,
)


@dataclass
class Candidate:
    """A model file found in a models folder, with all its parts when it is split."""

    path: Path
    folder: Path
    parts: list[Path] = field(default_factory=list)


def find_candidates(folders: Sequence[Path]) -> tuple[list[Candidate], list[SkippedFile]]:
    """The model files in ``folders`` (split models once, by their first part) and the
    folders or incomplete split models that were skipped, with the reason."""
    found: list[Candidate] = []
    skipped: list[SkippedFile] = []
    seen: set[Path] = set()
    for folder in folders:
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
            found.append(Candidate(path, folder, [path]))
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
            found.append(Candidate(first, folder, parts))
    return found, skipped


def starter_model(path: Path) -> InstalledModel:
    """The built-in starter model at ``path`` as an installed model."""
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


def model_from_entry(
    model_id: str, cand: Candidate, entry: dict[str, Any], size: int, read_only: bool
) -> InstalledModel:
    """The installed model for ``cand`` from its index ``entry``."""
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

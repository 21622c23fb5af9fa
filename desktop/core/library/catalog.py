"""The curated catalog of small models office staff can try (``assets/catalog.json``).

Each entry names a GGUF repo on the Hugging Face Hub, the files per quantization with their
exact sizes and sha256 (``verified`` says whether they were cross-checked; unverified values
are re-read from the Hub at download time), the licence, the native context length and the
architecture numbers the fit estimate needs. :func:`load_catalog` reads and validates the
file into frozen dataclasses; :func:`~desktop.core.library.catalog_refresh.refresh_catalog`
re-reads sizes and hashes from the Hub.
"""

from __future__ import annotations

import functools
import importlib
import json
import logging
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import SlmError
from desktop.core.i18n import N_, _, current_language

if TYPE_CHECKING:
    from desktop.core.fit.shape import ModelShape

log = logging.getLogger("desktop.core.library.catalog")

#: The tags an entry may carry ("good for ...").
TAGS: tuple[str, ...] = (
    "writing",
    "summarising",
    "translation",
    "code",
    "quick answers",
    "reasoning",
)
SCHEMA_VERSION = 1
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
_REPO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")

#: Rough bits per weight of common GGUF quantizations, used only to estimate a file's size
#: when the catalog does not know it yet (see :meth:`CatalogEntry.estimated_size`).
_BITS_PER_WEIGHT: dict[str, float] = {
    "Q2_K": 3.0,
    "Q3_K_S": 3.5,
    "Q3_K_M": 3.9,
    "Q3_K_L": 4.3,
    "Q4_0": 4.5,
    "Q4_1": 5.0,
    "Q4_K_S": 4.6,
    "Q4_K_M": 4.9,
    "Q5_0": 5.5,
    "Q5_1": 6.0,
    "Q5_K_S": 5.5,
    "Q5_K_M": 5.7,
    "Q6_K": 6.6,
    "Q8_0": 8.5,
    "F16": 16.0,
    "BF16": 16.0,
    "F32": 32.0,
}


class CatalogError(SlmError):
    """The catalog file is missing, unreadable or does not follow its schema."""

    default_hint = N_("Reinstall SLM Playground; the list of suggested models is damaged.")


def default_catalog_path() -> Path:
    """The catalog shipped with the app (``assets/catalog.json`` next to the package)."""
    override = os.environ.get("SLM_PLAYGROUND_CATALOG")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[3] / "assets" / "catalog.json"


@functools.lru_cache(maxsize=8)
def _descriptions(language: str) -> dict[str, str]:
    path = default_catalog_path().with_name(f"catalog.{language}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data["descriptions"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def localized_description(entry: CatalogEntry, language: str | None = None) -> str:
    """``entry``'s description in ``language`` (default: the current one) when the app
    ships one (``assets/catalog.<lang>.json``, by catalog id), else the English one."""
    lang = language or current_language()
    if lang == "en":
        return entry.description
    return _descriptions(lang).get(entry.id, entry.description)


def schema_path(catalog_path: Path | None = None) -> Path:
    """The JSON Schema that sits next to a catalog file."""
    base = catalog_path.parent if catalog_path is not None else default_catalog_path().parent
    return base / "catalog.schema.json"


# --- data --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogFile:
    """One downloadable GGUF file of an entry."""

    filename: str
    quantization: str
    size_bytes: int | None
    sha256: str | None
    verified: bool
    source: str


@dataclass(frozen=True)
class ArchNumbers:
    """The architecture numbers the memory estimate needs (from the model's config/GGUF)."""

    architecture: str
    n_layers: int
    n_embd: int
    n_head: int
    n_head_kv: int
    key_length: int
    value_length: int
    n_vocab: int
    sliding_window: int | None
    swa_layers: int
    verified: bool
    source: str


@dataclass(frozen=True)
class CatalogEntry:
    """One model in the catalog."""

    id: str
    display_name: str
    family: str
    params_b: float
    repo_id: str | None
    files: tuple[CatalogFile, ...]
    license_name: str
    license_url: str
    gated: bool
    native_context: int
    arch: ArchNumbers
    description: str
    tags: tuple[str, ...]
    verified: bool
    source: str
    local_package: str | None = None

    @property
    def is_local(self) -> bool:
        """True for the starter model, which ships with the app (no download)."""
        return self.repo_id is None

    @property
    def default_file(self) -> CatalogFile:
        """The file to suggest first: the first verified Q4_K_M, else the first listed."""
        for f in self.files:
            if f.quantization == "Q4_K_M" and f.verified:
                return f
        for f in self.files:
            if f.verified:
                return f
        return self.files[0]

    def file(self, name_or_quant: str) -> CatalogFile:
        """Find a file by file name or quantization (case-insensitive).

        Raises:
            KeyError: no such file in this entry.
        """
        key = name_or_quant.lower()
        for f in self.files:
            if f.filename.lower() == key or f.quantization.lower() == key:
                return f
        raise KeyError(f"{self.id} has no file {name_or_quant!r}")

    def estimated_size(self, file: CatalogFile) -> int:
        """The file's size: exact when known, else estimated from parameters and quantization."""
        if file.size_bytes is not None:
            return file.size_bytes
        bits = _BITS_PER_WEIGHT.get(file.quantization.upper(), 8.5)
        return int(self.params_b * 1e9 * bits / 8)

    def shape(self, file: CatalogFile | None = None) -> ModelShape:
        """The :class:`~desktop.core.fit.shape.ModelShape` of one file (default_file if None).

        Weights are taken as the file size (a GGUF file is weights plus a small header);
        when the size is unknown it is estimated from the parameter count.
        """
        from desktop.core.fit.shape import ModelShape

        f = file if file is not None else self.default_file
        size = self.estimated_size(f)
        a = self.arch
        return ModelShape(
            architecture=a.architecture,
            file_size_bytes=size,
            weights_bytes=size,
            n_layers=a.n_layers,
            n_embd=a.n_embd,
            n_head=a.n_head,
            n_head_kv=a.n_head_kv,
            key_length=a.key_length,
            value_length=a.value_length,
            n_vocab=a.n_vocab,
            native_context=self.native_context,
            sliding_window=a.sliding_window,
            swa_layers=a.swa_layers,
            quantization=f.quantization,
            format="gguf",
        )

    def matches(self, words: Sequence[str]) -> bool:
        """True when every word appears in the id, name, family, description, tags or repo."""
        hay = " ".join(
            [
                self.id,
                self.display_name,
                self.family,
                self.description,
                self.repo_id or "",
                " ".join(self.tags),
                " ".join(f.quantization for f in self.files),
            ]
        ).lower()
        return all(w.lower() in hay for w in words)


@dataclass(frozen=True)
class Catalog:
    """All entries, in the order of the file."""

    entries: tuple[CatalogEntry, ...]
    path: Path | None = None

    def __iter__(self) -> Any:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> CatalogEntry:
        """The entry with this id.

        Raises:
            KeyError: no such entry.
        """
        for e in self.entries:
            if e.id == entry_id:
                return e
        raise KeyError(entry_id)

    def search(
        self, words: str | Iterable[str] = (), tags: Iterable[str] | None = None
    ) -> list[CatalogEntry]:
        """Entries matching all ``words`` (case-insensitive) and carrying all ``tags``.

        Args:
            words: a string (split on spaces) or a list of words; empty matches everything.
            tags: "good for" tags the entry must all have (see :data:`TAGS`).
        """
        word_list = words.split() if isinstance(words, str) else [w for w in words if w]
        wanted = set(tags or ())
        return [e for e in self.entries if e.matches(word_list) and wanted <= set(e.tags)]


# --- loading and validation ----------------------------------------------------------------


def load_catalog(path: str | os.PathLike[str] | None = None) -> Catalog:
    """Read, validate and return the catalog.

    Args:
        path: the catalog file; default :func:`default_catalog_path`.

    Raises:
        CatalogError: the file is missing, not JSON, or breaks the schema.
    """
    p = Path(path) if path is not None else default_catalog_path()
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(_("The list of suggested models is missing."), detail=str(exc)) from exc
    except (OSError, ValueError, RecursionError) as exc:
        raise CatalogError(
            _("The list of suggested models could not be read."), detail=f"{p}: {exc}"
        ) from exc
    errors = validate_catalog_data(raw, schema_file=schema_path(p))
    if errors:
        raise CatalogError(
            _("The list of suggested models is damaged."),
            detail=f"{p}: " + "; ".join(errors[:10]),
        )
    return Catalog(entries=tuple(_entry(e) for e in raw["entries"]), path=p)


def validate_catalog_data(data: Any, *, schema_file: Path | None = None) -> list[str]:
    """Check catalog data; returns a list of problems (empty when valid).

    The JSON Schema is applied with ``jsonschema`` when that package is installed; the
    built-in checks below always run (they cover what the app relies on).
    """
    problems: list[str] = []
    schema_file = schema_file if schema_file is not None else schema_path()
    try:
        jsonschema: Any = importlib.import_module("jsonschema")
    except ImportError:
        jsonschema = None
    if jsonschema is not None and schema_file.is_file():
        schema = json.loads(schema_file.read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(schema)
        for err in validator.iter_errors(data):
            where = "/".join(str(x) for x in err.absolute_path)
            problems.append(f"{where or '(top)'}: {err.message}")
    problems.extend(_builtin_checks(data))
    return problems


def _builtin_checks(data: Any) -> list[str]:
    out: list[str] = []
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return ["(top): must be an object with an 'entries' list"]
    if data.get("schema_version") != SCHEMA_VERSION:
        out.append(f"schema_version must be {SCHEMA_VERSION}")
    seen: set[str] = set()
    for i, e in enumerate(data["entries"]):
        where = f"entries/{i}"
        if not isinstance(e, dict):
            out.append(f"{where}: must be an object")
            continue
        eid = e.get("id")
        if not isinstance(eid, str) or not _ID.match(eid):
            out.append(f"{where}/id: not a slug: {eid!r}")
        elif eid in seen:
            out.append(f"{where}/id: duplicate id {eid!r}")
        else:
            seen.add(eid)
        repo = e.get("repo_id")
        if repo is not None and (not isinstance(repo, str) or not _REPO.match(repo)):
            out.append(f"{where}/repo_id: not owner/name: {repo!r}")
        if repo is None and not e.get("local_package"):
            out.append(f"{where}: an entry without repo_id must name its local_package")
        for t in e.get("tags") or []:
            if t not in TAGS:
                out.append(f"{where}/tags: unknown tag {t!r}")
        desc = e.get("description")
        if not isinstance(desc, str) or desc.count("\n") != 1:
            out.append(f"{where}/description: must be exactly two lines")
        files = e.get("files")
        if not isinstance(files, list) or not files:
            out.append(f"{where}/files: needs at least one file")
            continue
        for j, f in enumerate(files):
            fw = f"{where}/files/{j}"
            if not isinstance(f, dict):
                out.append(f"{fw}: must be an object")
                continue
            size, sha = f.get("size_bytes"), f.get("sha256")
            if size is not None and (
                not isinstance(size, int) or isinstance(size, bool) or size <= 0
            ):
                out.append(f"{fw}/size_bytes: must be a positive integer or null")
            if sha is not None and (not isinstance(sha, str) or not _SHA256.match(sha)):
                out.append(f"{fw}/sha256: must be 64 lowercase hex digits or null")
            if f.get("verified") is True and (size is None or sha is None):
                out.append(f"{fw}: a verified file needs both size_bytes and sha256")
        arch = e.get("arch")
        if not isinstance(arch, dict):
            out.append(f"{where}/arch: missing")
            continue
        for k in (
            "n_layers",
            "n_embd",
            "n_head",
            "n_head_kv",
            "key_length",
            "value_length",
            "n_vocab",
        ):
            v = arch.get(k)
            if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
                out.append(f"{where}/arch/{k}: must be a positive integer")
    return out


def _entry(e: Mapping[str, Any]) -> CatalogEntry:
    a = e["arch"]
    files = tuple(
        CatalogFile(
            filename=f["filename"],
            quantization=f["quantization"],
            size_bytes=f["size_bytes"],
            sha256=f["sha256"],
            verified=bool(f["verified"]),
            source=f["source"],
        )
        for f in e["files"]
    )
    return CatalogEntry(
        id=e["id"],
        display_name=e["display_name"],
        family=e["family"],
        params_b=float(e["params_b"]),
        repo_id=e["repo_id"],
        files=files,
        license_name=e["license_name"],
        license_url=e["license_url"],
        gated=bool(e["gated"]),
        native_context=int(e["native_context"]),
        arch=ArchNumbers(
            architecture=a["architecture"],
            n_layers=a["n_layers"],
            n_embd=a["n_embd"],
            n_head=a["n_head"],
            n_head_kv=a["n_head_kv"],
            key_length=a["key_length"],
            value_length=a["value_length"],
            n_vocab=a["n_vocab"],
            sliding_window=a["sliding_window"],
            swa_layers=a["swa_layers"],
            verified=bool(a["verified"]),
            source=a["source"],
        ),
        description=e["description"],
        tags=tuple(e["tags"]),
        verified=bool(e["verified"]),
        source=e["source"],
        local_package=e.get("local_package"),
    )

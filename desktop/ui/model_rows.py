"""Rows of the Models page: catalog, installed and Hub models merged into one plain list.

Qt-free and blocking (reads headers, probes fit): the page builds rows on a worker thread
and hands the frozen result to its Qt model.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QLocale

from desktop.core.downloads.install import InstallRequest
from desktop.core.fit.shape import ModelShape
from desktop.core.fit.speed import WORDS_PER_TOKEN
from desktop.core.fit.verdict import assess_fit, recommend_variant
from desktop.core.history.store import measured_tokens_per_s_for_file
from desktop.core.library.catalog import localized_description
from desktop.ui import fmt
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr

log = logging.getLogger("desktop.ui.rows")

RowKind = Literal["catalog", "installed", "hub"]


#: the names of a model's facts (translated where the details panel shows them)
FACT_NAMES = (
    QT_TRANSLATE_NOOP("facts", "Family"),
    QT_TRANSLATE_NOOP("facts", "Size of the model"),
    QT_TRANSLATE_NOOP("facts", "Longest text it reads"),
    QT_TRANSLATE_NOOP("facts", "File"),
    QT_TRANSLATE_NOOP("facts", "Format"),
    QT_TRANSLATE_NOOP("facts", "Hub repository"),
    QT_TRANSLATE_NOOP("facts", "Architecture"),
    QT_TRANSLATE_NOOP("facts", "Downloads last month"),
    QT_TRANSLATE_NOOP("facts", "Quality"),
    QT_TRANSLATE_NOOP("facts", "Quantization"),
    QT_TRANSLATE_NOOP("facts", "License"),
    QT_TRANSLATE_NOOP("facts", "Good for"),
    QT_TRANSLATE_NOOP("facts", "Access"),
    QT_TRANSLATE_NOOP("facts", "Other versions"),
    QT_TRANSLATE_NOOP("facts", "Download size"),
    QT_TRANSLATE_NOOP("facts", "Size on disk"),
)


def _billions(value: float) -> str:
    """"1.5 billion parameters", with the language's decimal separator."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return qtr("facts", "{count} billion parameters").format(
        count=locale.toString(float(value), "g", 3)
    )


def context_words(tokens: int) -> str:
    """A model's longest text in words first, numbers as the window's language writes them
    ("about 6,100 words (8,192 tokens)", German "etwa 6.100 Wörter (8.192 Tokens)")."""
    return qtr("models", "about {words} words ({tokens} tokens)").format(
        words=fmt.number(round(tokens * WORDS_PER_TOKEN, -2)), tokens=fmt.number(tokens)
    )


@dataclass(frozen=True)
class Variant:
    """One downloadable file (quantization) of a model.

    Attributes:
        filename: the file (the first part of a split model).
        quantization: e.g. ``Q4_K_M``.
        size_bytes: the whole model's size (all parts; estimated when not known).
        sha256: the file's hash, when known (the first part's for a split model).
        parts: every file of the model, in order (one unless split).
        part_sizes: each part's size the download must match (``None`` where not promised).
        part_sha256: each part's hash the download must match (``None`` where not promised).
    """

    filename: str
    quantization: str | None
    size_bytes: int | None
    sha256: str | None = None
    parts: tuple[str, ...] = ()
    part_sizes: tuple[int | None, ...] = ()
    part_sha256: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class FitView:
    """The fit verdict as the page shows it."""

    badge: str
    label: str
    reason: str
    tokens_per_s: float | None = None
    words_per_s: float | None = None
    speed: str = ""
    #: The same figure as ``speed``, short, for the list column ("about 20 words/s").
    speed_short: str = ""
    #: True when the figure was measured here (the model has answered on this computer).
    measured: bool = False


@dataclass(frozen=True)
class ModelRow:
    """One line of the Models list."""

    key: str
    kind: RowKind
    name: str
    description: str = ""
    size_bytes: int | None = None
    quantization: str | None = None
    license_name: str = ""
    license_url: str = ""
    tags: tuple[str, ...] = ()
    repo_id: str | None = None
    variant: Variant | None = None
    variants: tuple[Variant, ...] = ()
    recommended: str = ""
    installed_id: str | None = None
    installed_path: Path | None = None
    read_only: bool = False
    removable: bool = False
    gated: bool = False
    catalog_id: str | None = None
    fit: FitView | None = None
    details: tuple[tuple[str, str], ...] = field(default=())
    popularity: int = 0
    #: False when the organisation's allow-list does not include this model.
    allowed: bool = True

    @property
    def installed(self) -> bool:
        """True when the model is on this computer."""
        return self.installed_id is not None

    @property
    def speed_text(self) -> str:
        """The speed figure in plain words (the short form of ``fit.speed``)."""
        if self.fit is None or self.fit.badge in ("too_big", "unsupported"):
            return ""
        if self.fit.speed_short:
            return self.fit.speed_short
        if self.fit.words_per_s:
            words = round(self.fit.words_per_s)
            if words < 1:
                return qtr("ModelRow", "under 1 word/s")
            if words == 1:
                return qtr("ModelRow", "about 1 word/s")
            return qtr("ModelRow", "about {words} words/s").format(words=fmt.number(words))
        if self.fit.tokens_per_s:  # people read words per second, never tokens
            return qtr("ModelRow", "about {words} words/s").format(
                words=fmt.number(round(self.fit.tokens_per_s * WORDS_PER_TOKEN))
            )
        return ""

    @property
    def fits(self) -> bool:
        """True when the model runs here (well or tightly)."""
        return self.fit is not None and self.fit.badge in ("runs_well", "slow", "tight")

    def search_text(self) -> str:
        """Lower-case text the filter box matches against."""
        return " ".join(
            [
                self.name,
                self.description,
                self.repo_id or "",
                " ".join(self.tags),
                self.quantization or "",
                self.license_name,
            ]
        ).lower()


def _fit_view(result: Any) -> FitView:
    measured = getattr(result, "measured_tokens_per_s", None)
    return FitView(
        badge=str(result.badge),
        label=str(result.label),
        reason=str(result.reason),
        tokens_per_s=measured or getattr(result, "tokens_per_s_estimate", None),
        words_per_s=getattr(result, "words_per_s", None)
        or getattr(result, "words_per_s_estimate", None),
        speed=str(getattr(result, "speed_text", "") or ""),
        speed_short=str(getattr(result, "speed_short", "") or ""),
        measured=bool(measured),
    )


def measured_speed(path: Path | str | None) -> float | None:
    """This model file's decode speed as measured here (history), or ``None``."""
    if path is None:
        return None
    try:
        return measured_tokens_per_s_for_file(path)
    except Exception:  # noqa: BLE001 - a forecast is better than no row
        log.exception("measured speed lookup failed")
        return None


def assess(
    shape: Any, hardware: Any, *, downloaded: bool, path: Path | str | None = None
) -> FitView | None:
    """The fit verdict for a model shape on this computer (``None`` when unknown).

    With ``path`` (an installed file) the speed measured here replaces the forecast.
    """
    if shape is None or hardware is None:
        return None
    try:
        return _fit_view(assess_fit(
            shape, hardware, downloaded=downloaded, measured_tokens_per_s=measured_speed(path)
        ))
    except Exception:  # noqa: BLE001 - a row without a verdict is better than no list
        log.exception("fit failed")
        return None


def _file_shape(path: Path | str) -> ModelShape | None:
    try:
        return ModelShape.from_file(path)
    except Exception:  # noqa: BLE001 - fall back to the catalog's numbers
        log.debug("cannot read %s", path, exc_info=True)
        return None


def _recommend(shapes: Sequence[Any], hardware: Any) -> tuple[int, str] | None:
    if hardware is None or not shapes:
        return None
    try:
        found = recommend_variant(shapes, hardware)
    except Exception:  # noqa: BLE001
        log.exception("recommend_variant failed")
        return None
    return (int(found[0]), str(found[1])) if found else None


def catalog_rows(catalog: Any, hardware: Any, installed: Sequence[Any]) -> list[ModelRow]:
    """One row per catalog entry (the starter model included), marked when installed."""
    by_catalog = {m.catalog_id: m for m in installed if getattr(m, "catalog_id", None)}
    by_file = {(m.repo_id, m.filename): m for m in installed if m.repo_id}
    rows: list[ModelRow] = []
    for e in catalog.entries:
        variants = tuple(
            Variant(
                f.filename,
                f.quantization,
                e.estimated_size(f),
                f.sha256,
                (f.filename,),
                # only verified catalog values are promises a download must keep
                (f.size_bytes if f.verified else None,),
                (f.sha256 if f.verified else None,),
            )
            for f in e.files
        )
        if not variants:
            continue
        shapes: list[Any] = [e.shape(f) for f in e.files]
        pick = 0
        recommended = ""
        rec = _recommend(shapes, hardware)
        if rec is not None:
            pick, recommended = rec
        else:
            default = e.default_file
            pick = next((i for i, f in enumerate(e.files) if f is default), 0)
        inst = by_catalog.get(e.id)
        if inst is None:
            for v in variants:
                inst = by_file.get((e.repo_id, v.filename))
                if inst is not None:
                    pick = variants.index(v)
                    break
        if e.is_local:
            inst = next((m for m in installed if m.source == "starter"), inst)
        variant = variants[pick]
        shape = shapes[pick] if shapes else None
        if inst is not None:  # the file itself, like the CLI: the same figures everywhere
            shape = _file_shape(inst.path) or shape
        fit = assess(shape, hardware, downloaded=inst is not None,
                     path=inst.path if inst is not None else None)
        details = (
            ("Family", e.family),
            ("Size of the model", _billions(e.params_b)),
            ("Longest text it reads", context_words(e.native_context)),
            ("File", variant.filename),
            ("Format", "GGUF (llama.cpp)"),
            ("Hub repository", e.repo_id or qtr("facts", "built in")),
        )
        rows.append(
            ModelRow(
                key=f"catalog:{e.id}",
                kind="catalog",
                name=e.display_name,
                description=localized_description(e),
                size_bytes=inst.size_bytes if inst else variant.size_bytes,
                quantization=variant.quantization,
                license_name=e.license_name,
                license_url=e.license_url,
                tags=tuple(e.tags),
                repo_id=e.repo_id,
                variant=variant,
                variants=variants,
                recommended=recommended,
                installed_id=inst.id if inst else None,
                installed_path=Path(inst.path) if inst else None,
                read_only=bool(inst.read_only) if inst else False,
                removable=bool(inst and inst.source != "starter" and not inst.read_only),
                gated=bool(e.gated),
                catalog_id=e.id,
                fit=fit,
                details=details,
            )
        )
    return rows


def installed_rows(
    installed: Sequence[Any], hardware: Any, claimed: Iterable[str]
) -> list[ModelRow]:
    """Rows for installed models no catalog row already shows (imports, files added by hand)."""
    taken = set(claimed)
    rows: list[ModelRow] = []
    for m in installed:
        if m.id in taken:
            continue
        shape = None
        try:
            shape = ModelShape.from_file(m.path)
        except Exception:  # noqa: BLE001
            log.info("could not read %s for fit", m.path, exc_info=True)
        fmt_name = "GGUF (llama.cpp)" if m.format == "gguf" else "GGML (ctransformers)"
        rows.append(
            ModelRow(
                key=f"installed:{m.id}",
                kind="installed",
                name=m.display_name,
                description={
                    "import": qtr("ModelRow", "Added from a file on this computer."),
                    "found": qtr("ModelRow", "Found in your models folder."),
                    "download": qtr("ModelRow", "Downloaded from the Hugging Face Hub."),
                }.get(m.source, ""),
                size_bytes=m.size_bytes,
                quantization=m.quantization,
                repo_id=m.repo_id,
                variant=Variant(m.filename, m.quantization, m.size_bytes, m.sha256),
                installed_id=m.id,
                installed_path=Path(m.path),
                read_only=bool(m.read_only),
                removable=m.source != "starter" and not m.read_only,
                fit=assess(shape, hardware, downloaded=True, path=m.path),
                details=(
                    ("File", str(m.path)),
                    ("Format", fmt_name),
                    ("Architecture", m.architecture or qtr("facts", "unknown")),
                ),
            )
        )
    return rows


def hub_row(model: Any) -> ModelRow:
    """A row for a Hub search result (size and fit come once its files are listed)."""
    params = getattr(model, "parameters", None)
    details = [
        ("Hub repository", model.repo_id),
        ("Downloads last month", fmt.number(model.downloads)),
    ]
    if params:
        details.append(("Size of the model", _billions(params / 1e9)))
    if getattr(model, "context_length", None):
        details.append(("Longest text it reads", context_words(model.context_length)))
    if getattr(model, "architecture", None):
        details.append(("Architecture", model.architecture))
    return ModelRow(
        key=f"hub:{model.repo_id}",
        kind="hub",
        name=model.repo_id.split("/", 1)[-1],
        description=qtr("ModelRow", "From the Hugging Face Hub, by {author}.").format(
            author=model.author or model.repo_id.split("/")[0]
        ),
        repo_id=model.repo_id,
        gated=bool(model.gated),
        details=tuple(details),
        popularity=int(model.downloads),
    )


def with_hub_files(row: ModelRow, files: Sequence[Any], hardware: Any, shape: Any) -> ModelRow:
    """Fill a Hub row with its files, a recommended file and (when known) the fit."""
    variants = tuple(
        Variant(
            f.filename,
            f.quantization,
            f.size_bytes,
            (f.sha256 or (None,))[0],
            tuple(f.parts),
            tuple(f.part_sizes),
            tuple(f.sha256),
        )
        for f in files
    )
    if not variants:
        return replace(
            row,
            description=row.description
            + " "
            + qtr("ModelRow", "It has no model files we can use."),
        )
    pick = next((i for i, v in enumerate(variants) if (v.quantization or "") == "Q4_K_M"), 0)
    variant = variants[pick]
    return replace(
        row,
        variants=variants,
        variant=variant,
        size_bytes=variant.size_bytes,
        quantization=variant.quantization,
        recommended=qtr("ModelRow", "{name}: a good balance of quality and size.").format(
            name=variant.quantization or variant.filename
        ),
        fit=assess(shape, hardware, downloaded=False),
    )


def install_request(row: ModelRow) -> InstallRequest | None:
    """What downloading the row's chosen file installs (every part of a split model).

    ``None`` when the row has nothing to download (no Hub repo or no file chosen).
    """
    variant = row.variant
    if variant is None or row.repo_id is None:
        return None
    parts = variant.parts or (variant.filename,)
    n = len(parts)
    return InstallRequest(
        row.repo_id,
        parts,
        variant.part_sha256 if len(variant.part_sha256) == n else (),
        variant.part_sizes if len(variant.part_sizes) == n else (),
        row.catalog_id,
    )


def mark_allowed(rows: Sequence[ModelRow], policy: Any) -> list[ModelRow]:
    """Flag rows the organisation's allow-list leaves out (the starter is always allowed)."""
    out = []
    for row in rows:
        filename = row.variant.filename if row.variant else None
        ok = row.catalog_id == "starter" or policy.allows(
            catalog_id=row.catalog_id, repo_id=row.repo_id, filename=filename
        )
        out.append(row if ok else replace(row, allowed=False))
    return out


def build_rows(catalog: Any, installed: Sequence[Any], hardware: Any) -> list[ModelRow]:
    """Catalog rows first, then installed models the catalog does not know."""
    rows = catalog_rows(catalog, hardware, installed) if catalog is not None else []
    claimed = [r.installed_id for r in rows if r.installed_id]
    return rows + installed_rows(installed, hardware, claimed)

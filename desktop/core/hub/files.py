"""The GGUF files of a Hub repo: split parts grouped into one model, quantization from the name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from huggingface_hub import HfApi

from desktop.core.hub.client import HubConfig, install_hub_session
from desktop.core.hub.errors import map_error

#: A part of a split GGUF model: ``name-00001-of-00003.gguf``.
SPLIT_RE = re.compile(r"^(?P<base>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
_QUANT_RE = re.compile(
    r"(?:^|[-._])("
    r"(?:I?Q|TQ)\d(?:_[A-Z0-9]{1,4})*"
    r"|BF16|F16|FP16|F32|FP32|MXFP4(?:_MOE)?"
    r")(?=$|[-._])"
)


def quantization_from_name(filename: str) -> str | None:
    """The quantization named in a GGUF file name (``"Q4_K_M"``, ``"IQ3_XS"``, ``"F16"``).

    Args:
        filename: a file name such as ``"Llama-3.2-1B-Instruct-Q4_K_M.gguf"``.

    Returns:
        The upper-case quantization, or ``None`` when the name does not say.
    """
    stem = filename.rsplit("/", 1)[-1]
    stem = SPLIT_RE.sub(lambda m: m.group("base") + ".gguf", stem)
    if stem.lower().endswith(".gguf"):
        stem = stem[: -len(".gguf")]
    matches = _QUANT_RE.findall(stem.upper())
    if not matches:
        return None
    quant = str(matches[-1])
    return {"FP16": "F16", "FP32": "F32"}.get(quant, quant)


@dataclass(frozen=True)
class HubFile:
    """One downloadable GGUF model on the Hub (a single file, or all parts of a split one).

    Attributes:
        filename: the file to ask for: the file itself, or the first part of a split model.
        parts: every file name, in order (one entry unless split).
        size_bytes: total size of all parts, if the Hub said.
        part_sizes: size of each part (``None`` where unknown).
        sha256: the sha256 of each part (``None`` where unknown).
        quantization: e.g. ``"Q4_K_M"``, from the name.
    """

    filename: str
    parts: tuple[str, ...]
    size_bytes: int | None
    part_sizes: tuple[int | None, ...]
    sha256: tuple[str | None, ...]
    quantization: str | None

    @property
    def is_split(self) -> bool:
        """Whether the model comes in several files."""
        return len(self.parts) > 1


def group_gguf_files(
    entries: Iterable[tuple[str, int | None, str | None]], *, include_projectors: bool = False
) -> list[HubFile]:
    """Group ``(path, size, sha256)`` entries into downloadable models.

    Split files (``name-00001-of-00003.gguf``) become one :class:`HubFile`; vision
    projector files (``mmproj*``) are left out unless ``include_projectors``. Incomplete
    split sets are kept (with the parts present) so nothing disappears silently.

    Returns:
        The models, smallest first.
    """
    singles: list[HubFile] = []
    groups: dict[tuple[str, int], list[tuple[int, str, int | None, str | None]]] = {}
    for path, size, sha in entries:
        name = path.rsplit("/", 1)[-1]
        if not name.lower().endswith(".gguf"):
            continue
        if not include_projectors and name.lower().startswith("mmproj"):
            continue
        m = SPLIT_RE.match(path)
        if m:
            key = (m.group("base"), int(m.group("count")))
            groups.setdefault(key, []).append((int(m.group("index")), path, size, sha))
            continue
        singles.append(
            HubFile(
                filename=path,
                parts=(path,),
                size_bytes=size,
                part_sizes=(size,),
                sha256=(sha,),
                quantization=quantization_from_name(path),
            )
        )
    for parts in groups.values():
        parts.sort()
        sizes = tuple(p[2] for p in parts)
        total = None if any(s is None for s in sizes) else sum(s or 0 for s in sizes)
        singles.append(
            HubFile(
                filename=parts[0][1],
                parts=tuple(p[1] for p in parts),
                size_bytes=total,
                part_sizes=sizes,
                sha256=tuple(p[3] for p in parts),
                quantization=quantization_from_name(parts[0][1]),
            )
        )
    singles.sort(key=lambda f: (f.size_bytes is None, f.size_bytes or 0, f.filename))
    return singles


def list_gguf_files(
    repo_id: str,
    *,
    revision: str | None = None,
    include_projectors: bool = False,
    config: HubConfig | None = None,
) -> list[HubFile]:
    """Every GGUF model file of a repo, with sizes, sha256 and quantization.

    Args:
        repo_id: ``owner/name``.
        revision: branch, tag or commit (default: the main branch).
        include_projectors: also list ``mmproj`` vision projector files.
        config: how to reach the Hub.

    Returns:
        The models, smallest first; split files are grouped.

    Raises:
        NotFoundError: no such repo (or it is private).
        OfflineError, NetworkError: see :func:`map_error`.
    """
    config = config or HubConfig()
    config.check_online()
    install_hub_session(config)
    api = HfApi(endpoint=config.resolved_endpoint, token=config.token)
    try:
        info = api.model_info(
            repo_id, revision=revision, files_metadata=True, timeout=config.read_timeout_s
        )
    except Exception as exc:  # noqa: BLE001
        raise map_error(exc, config=config, repo_id=repo_id) from exc
    entries = [
        (s.rfilename, s.lfs.size if s.lfs else s.size, s.lfs.sha256 if s.lfs else None)
        for s in (info.siblings or [])
    ]
    return group_gguf_files(entries, include_projectors=include_projectors)

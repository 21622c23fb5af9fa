"""Model files on disk for the library: header check, ids from names, hashing, free-space
checks, atomic copy, move and link, and walking a models folder.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from desktop.core.cancel import CancelToken
from desktop.core.errors import DiskSpaceError, LibraryError
from desktop.core.i18n import _
from desktop.core.modelfiles.detect import inspect_model_file
from desktop.core.units import format_bytes

log = logging.getLogger("desktop.core.library.storage")

#: Called with (bytes done, total bytes) while copying or hashing.
ProgressCallback = Callable[[int, int], None]

MODEL_SUFFIXES = (".gguf", ".bin")
#: Free space kept beyond the file's size when copying (the OS and other apps need some).
DISK_MARGIN_BYTES = 256 * 1024 * 1024
_CHUNK = 4 * 1024 * 1024
_SCAN_DEPTH = 3
SPLIT_RE = re.compile(r"^(?P<base>.+)-(?P<part>\d{5})-of-(?P<total>\d{5})\.gguf$", re.IGNORECASE)
_QUANT_RE = re.compile(
    r"(?:^|[._-])((?:IQ\d_[A-Z]+(?:_[A-Z]+)?)|(?:Q\d(?:_[A-Z0-9]+)*)|BF16|F16|F32)(?=$|[._-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FileFacts:
    """What a model file's header says (see :func:`inspect_file`)."""

    format: Literal["gguf", "ggml"]
    architecture: str | None
    quantization: str | None
    name: str | None


def quantization_from_name(name: str) -> str | None:
    """The quantization a file name mentions (``"Q4_K_M"``), upper case, or ``None``."""
    matches = _QUANT_RE.findall(Path(name).stem)
    return matches[-1].upper() if matches else None


def inspect_file(path: Path) -> FileFacts:
    """Validate a model file through its header (raises ModelFileError / UnsupportedModelError)."""
    info = inspect_model_file(path)
    name = info.gguf.name if info.gguf is not None and info.gguf.name else None
    return FileFacts(
        format=info.format,
        architecture=info.architecture or None,
        quantization=info.quantization or quantization_from_name(path.name),
        name=name,
    )


# --- helpers ------------------------------------------------------------------------------


def slug(name: str) -> str:
    """A stable id from a file name: lower case, ``[a-z0-9._-]`` only, no model suffix."""
    stem = name
    split = SPLIT_RE.match(stem)
    if split:
        stem = split.group("base")
    for suffix in MODEL_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    text = re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-._")
    return text or "model"


def is_writable_dir(folder: Path) -> bool:
    """Whether a file can really be created in ``folder`` (tried, not guessed from mode bits)."""
    try:
        fd, tmp = _mkstemp(folder, ".write-test")
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)
    return True


def _mkstemp(folder: Path, prefix: str) -> tuple[int, str]:
    import tempfile

    return tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)


def is_within(path: Path, folder: Path) -> bool:
    """Whether ``path`` (links resolved) lies inside ``folder``."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def file_sha256(
    path: Path, *, cancel: CancelToken | None = None, progress: ProgressCallback | None = None
) -> str:
    """SHA-256 of a file, read in chunks; checks ``cancel`` between chunks."""
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            if cancel is not None:
                cancel.raise_if_cancelled()
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def check_disk_space(folder: Path, needed: int, *, what: str = "this model") -> None:
    """Raise :class:`DiskSpaceError` unless ``folder`` has ``needed`` bytes plus the margin free."""
    free = shutil.disk_usage(folder).free
    if free < needed + DISK_MARGIN_BYTES:
        raise DiskSpaceError(
            _(
                "There is not enough free disk space for {what}: it needs {size} (plus {size2} "
                "to spare) and only {size3} is free."
            ).format(
                what=what,
                size=format_bytes(needed),
                size2=format_bytes(DISK_MARGIN_BYTES),
                size3=format_bytes(free),
            ),
            detail=f"{folder}: free={free} needed={needed} margin={DISK_MARGIN_BYTES}",
        )


def copy_atomic(
    src: Path,
    target: Path,
    *,
    cancel: CancelToken | None,
    progress: ProgressCallback | None,
) -> str:
    """Copy ``src`` to a hidden temp file beside ``target``, then rename; return the SHA-256."""
    total = src.stat().st_size
    check_disk_space(target.parent, total)
    tmp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.importing"
    digest = hashlib.sha256()
    done = 0
    try:
        with open(src, "rb") as reader, open(tmp, "xb") as writer:
            while chunk := reader.read(_CHUNK):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                writer.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            writer.flush()
            os.fsync(writer.fileno())
        if done != total or tmp.stat().st_size != total:
            raise LibraryError(
                _("The file “{name}” changed while it was being copied.").format(name=src.name),
                hint=_("Wait until nothing else is writing the file, then try again."),
                detail=f"copied {done} of {total} bytes",
            )
        with contextlib.suppress(OSError):
            shutil.copymode(src, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            raise DiskSpaceError(
                _("The disk became full while copying the model. Nothing was added."),
                detail=f"{target}: {exc}",
            ) from exc
        raise LibraryError(
            _("The file “{name}” could not be copied into the models folder.").format(
                name=src.name
            ),
            hint=_("Check that the models folder can be written to and try again."),
            detail=f"{src} -> {target}: {exc}",
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return digest.hexdigest()


def now_iso() -> str:
    """The current UTC time as an ISO-8601 string (whole seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def parse_time(value: Any) -> datetime | None:
    """An ISO-8601 string as a datetime; ``None`` for anything else."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def walk_models(folder: Path) -> Iterator[Path]:
    """Model-looking files under ``folder`` (a few levels deep; hidden entries skipped)."""
    base_depth = len(folder.parts)
    for root, dirs, files in os.walk(folder, followlinks=False):
        root_path = Path(root)
        if len(root_path.parts) - base_depth >= _SCAN_DEPTH:
            dirs[:] = []
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(MODEL_SUFFIXES):
                continue
            yield root_path / name


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``... when taken (raises LibraryError at 1000)."""
    target = folder / name
    if not target.exists() and not target.is_symlink():
        return target
    stem, suffix = os.path.splitext(name)
    for n in range(2, 1000):
        candidate = folder / f"{stem}-{n}{suffix}"
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
    raise LibraryError(
        _("Could not find a free file name for “{name}”.").format(name=name), detail=str(folder)
    )


def move_file(
    src: Path, target: Path, *, cancel: CancelToken | None, progress: ProgressCallback | None
) -> str | None:
    """Rename when on the same disk (no copy, no hash); else copy, then delete the source."""
    try:
        os.rename(src, target)
        return None
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise LibraryError(
                _("The file “{name}” could not be moved into the models folder.").format(
                    name=src.name
                ),
                hint=_("Check that you may change the file and the models folder."),
                detail=f"{src} -> {target}: {exc}",
            ) from exc
    sha = copy_atomic(src, target, cancel=cancel, progress=progress)
    try:
        src.unlink()
    except OSError as exc:
        log.warning("copied %s but could not delete the original: %s", src, exc)
    return sha


def link_file(src: Path, target: Path) -> None:
    """Link ``target`` to ``src``: a symlink, else a hard link (raises LibraryError)."""
    try:
        os.symlink(src.resolve(), target)
        return
    except OSError as exc:
        first = exc
    try:
        os.link(src, target)
    except OSError as exc:
        raise LibraryError(
            _("A link to “{name}” could not be made in the models folder.").format(name=src.name),
            hint=_("Copy the file instead."),
            detail=f"symlink: {first}; hard link: {exc}",
        ) from exc

"""An unfinished download on disk: ``NAME.part`` with ``NAME.part.json`` beside it, written
and hashed as bytes arrive; a full disk becomes a plain :class:`DiskSpaceError`.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

from desktop.core.errors import DiskSpaceError, DownloadError, SlmError
from desktop.core.i18n import _
from desktop.core.units import format_bytes

PART_SUFFIX = ".part"
META_SUFFIX = ".part.json"
_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def part_paths(dest_dir: str | os.PathLike[str], filename: str) -> tuple[Path, Path, Path]:
    """``(final, part, part_meta)`` paths for ``filename`` downloaded into ``dest_dir``."""
    name = Path(filename).name
    folder = Path(dest_dir)
    return folder / name, folder / (name + PART_SUFFIX), folder / (name + META_SUFFIX)


def discard_partial(dest_dir: str | os.PathLike[str], filename: str) -> bool:
    """Delete an unfinished download's ``.part`` files; return whether there were any."""
    _, part, meta = part_paths(dest_dir, filename)
    found = False
    for p in (part, meta):
        try:
            p.unlink()
            found = True
        except FileNotFoundError:
            pass
    return found


def partial_bytes(dest_dir: str | os.PathLike[str], filename: str) -> int:
    """Bytes of an unfinished download already on disk (0 when none)."""
    _, part, meta = part_paths(dest_dir, filename)
    try:
        return part.stat().st_size if meta.exists() else 0
    except FileNotFoundError:
        return 0


class PartWriter:
    """Appends to the ``.part`` file, hashing as it goes; disk-full becomes DiskSpaceError."""

    def __init__(self, path: Path, git_size: int | None) -> None:
        self.path = path
        self.sha256 = hashlib.sha256()
        self._git_size = git_size
        self.git = self._new_git()
        self.size = 0
        self._fh = open(path, "ab", buffering=0)  # noqa: SIM115 - closed in close()
        existing = path.stat().st_size
        if existing:
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(4 * 1024 * 1024), b""):
                    self.sha256.update(block)
                    if self.git is not None:
                        self.git.update(block)
            self.size = existing

    def _new_git(self) -> Any:
        if self._git_size is None:
            return None
        h = hashlib.sha1(usedforsecurity=False)
        h.update(b"blob %d\0" % self._git_size)
        return h

    def restart(self) -> None:
        """Throw away what was written (the server sent the whole file again)."""
        self._fh.truncate(0)
        self._fh.seek(0)
        self.sha256 = hashlib.sha256()
        self.git = self._new_git()
        self.size = 0

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                n = self._fh.write(view)
                if n is None or n <= 0:
                    raise OSError(errno.EIO, "short write")
                self.sha256.update(view[:n])
                if self.git is not None:
                    self.git.update(view[:n])
                self.size += n
                view = view[n:]
        except OSError as exc:
            raise disk_error(exc, self.path) from exc

    def finish(self) -> None:
        try:
            os.fsync(self._fh.fileno())
        except OSError as exc:
            raise disk_error(exc, self.path) from exc

    def close(self) -> None:
        try:
            self._fh.close()
        except OSError:
            pass


def disk_error(exc: OSError, path: Path) -> SlmError:
    """An OS error while writing ``path`` in plain words (a full disk: :class:`DiskSpaceError`)."""
    if exc.errno in _DISK_FULL_ERRNOS:
        too_big = exc.errno == errno.EFBIG
        return DiskSpaceError(
            _("The disk is full, so the download stopped.")
            if not too_big
            else _("The models folder's drive cannot hold a file this large."),
            hint=_(
                "Free up disk space (or pick another models folder in Settings), then download "
                "again; it continues where it stopped."
            ),
            detail=f"{exc.strerror or exc} ({path})",
        )
    return DownloadError(
        _("The model could not be saved in the models folder."),
        hint=_(
            "Check that the folder exists and you may write to it, or pick another one in Settings."
        ),
        detail=f"{type(exc).__name__}: {exc} ({path})",
    )


def check_free_space(folder: Path, needed: int, margin: int) -> None:
    """Raise DiskSpaceError unless ``folder``'s disk has ``needed + margin`` bytes free."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise disk_error(exc, folder) from exc
    if free < needed + margin:
        raise DiskSpaceError(
            _("Not enough free disk space: this model needs {size} and {size2} is free.").format(
                size=format_bytes(needed), size2=format_bytes(free)
            ),
            detail=f"free={free} needed={needed} margin={margin} folder={folder}",
        )


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk (POSIX; best effort, errors ignored)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

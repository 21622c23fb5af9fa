"""Writing files safely: a crash or a full disk never leaves a half-written file behind.

The writer only ever *replaces a regular file* (or creates a new one): a symbolic link, a
folder, a named pipe or a device at the destination is refused in plain words, never
replaced. A replaced file keeps its permission bits; a new file gets the usual ones (what
the person's umask allows), unless the caller asks for others (e.g. ``0o600`` for secrets).

Reading works the same way round: :func:`open_regular_file` reads only a regular file. A named
pipe, a device or a socket where a model, the policy or the settings are expected is refused
at once, instead of hanging the app (opening a pipe for reading waits for a writer forever).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

from desktop.core.errors import SlmError
from desktop.core.i18n import N_, _


class NotAFileError(SlmError, OSError):
    """The destination exists but is not a regular file (a folder, link, pipe or device).

    An :class:`OSError` too, so callers that treat "could not write" softly keep doing so.
    """

    default_hint = N_("Pick a new file name (or an ordinary file to replace) and try again.")


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISLNK, "a shortcut (symbolic link) to another file"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def existing_kind(path: Path) -> str | None:
    """What is at ``path`` when it is *not* a regular file ("a folder" ...); else ``None``.

    ``None`` also when nothing is there. Symbolic links are not followed.
    """
    try:
        st = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    if stat.S_ISREG(st.st_mode):
        return None
    for test, kind in _KINDS:
        if test(st.st_mode):
            return kind
    return "not an ordinary file"


def check_regular_target(path: Path) -> None:
    """Refuse to write over anything but a regular file (or nothing).

    Raises:
        NotAFileError: ``path`` is a folder, a symbolic link, a pipe, a device or a socket.
    """
    kind = existing_kind(path)
    if kind is not None:
        raise NotAFileError(
            _("“{name}” is {kind}, not an ordinary file, so it was not replaced.").format(
                name=path.name, kind=kind
            ),
            detail=f"{path}: refused to replace {kind}",
        )


def _new_file_mode() -> int:
    """The permission bits a plain ``open(path, "w")`` would give a new file."""
    try:  # Linux tells the umask without changing it (no race with other threads)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write_text(path: Path, text: str, *, mode: int | None = None) -> None:
    """Write ``text`` to ``path`` through a temporary file and an atomic rename.

    Args:
        path: destination file; its folder must exist. Only a regular file is replaced.
        text: the content (UTF-8).
        mode: permission bits for the file (e.g. ``0o600``). By default a replaced file
            keeps its bits and a new file gets the usual ones (``0o666`` less the umask).

    Raises:
        NotAFileError: something other than a regular file is at ``path`` (nothing written).
        OSError: the folder cannot be written.
    """
    check_regular_target(path)
    if mode is None:
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except FileNotFoundError:
            mode = _new_file_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        check_regular_target(path)  # it may have appeared while we wrote
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """Open ``path`` for binary reading, refusing anything but a regular file.

    The file is opened without blocking and checked with ``fstat`` on the open handle, so
    a named pipe never hangs the caller and nothing swapped in between a check and the open
    slips through. Symbolic links are followed: their target is what is checked.

    Raises:
        IsADirectoryError: ``path`` is a folder.
        NotAFileError: ``path`` is a named pipe, a device, a socket or similar.
        OSError: it cannot be opened (``FileNotFoundError``, ``PermissionError``...).
    """
    nonblock = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | nonblock)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", os.fspath(path))
        if not stat.S_ISREG(mode):
            kind = next((k for test, k in _KINDS if test(mode)), "not an ordinary file")
            raise NotAFileError(
                _("“{name}” is {kind}, not an ordinary file, so it was not read.").format(
                    name=Path(path).name, kind=kind
                ),
                hint=_("Pick the file itself (a named pipe or device cannot be read as a file)."),
                detail=f"{path}: refused to read {kind}",
            )
        if nonblock:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular_bytes(path: str | os.PathLike[str]) -> bytes:
    """The content of a regular file (pipes, devices and folders refused as above)."""
    with open_regular_file(path) as handle:
        return handle.read()


def read_regular_text(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> str:
    """Like ``Path.read_text`` but refusing pipes, devices and folders.

    Raises:
        OSError: as :func:`open_regular_file`. UnicodeDecodeError: not valid text.
    """
    return read_regular_bytes(path).decode(encoding)

"""Random access to a model file's bytes: the :class:`ByteSource` interface header readers
use, and :class:`FileSource` for a local file (the Hub's is
:class:`desktop.core.hub.remote_header.HttpRangeSource`).
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Protocol, runtime_checkable

from desktop.core.errors import ModelFileError
from desktop.core.files import NotAFileError, open_regular_file
from desktop.core.i18n import _


@runtime_checkable
class ByteSource(Protocol):
    """Random access to the bytes of a (local or remote) file."""

    @property
    def size(self) -> int | None:
        """Total size in bytes, or None when unknown."""
        ...

    def read(self, offset: int, length: int) -> bytes:
        """Return ``length`` bytes from ``offset``; fewer only at the end of the data."""
        ...


class FileSource:
    """A :class:`ByteSource` over a local file. Use as a context manager or call :meth:`close`.

    Attributes:
        path: the file.
        name: the file name, used in error messages.
        reads: how many reads were made; ``bytes_read``: how many bytes they returned.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        """Open ``path`` for reading.

        Raises:
            ModelFileError: the file does not exist or cannot be opened.
        """
        self.path = Path(path)
        self.name = self.path.name
        self.reads = 0
        self.bytes_read = 0
        try:
            self._file: BinaryIO = open_regular_file(self.path)  # closed in close()
            self._size: int = os.fstat(self._file.fileno()).st_size
        except NotAFileError as exc:
            raise ModelFileError(exc.message, hint=exc.hint, detail=exc.detail) from exc
        except FileNotFoundError as exc:
            raise ModelFileError(
                _("The model file “{name}” was not found.").format(name=self.name),
                hint=_("Check that the file still exists, or pick it again."),
                detail=str(exc),
            ) from exc
        except OSError as exc:
            raise ModelFileError(
                _("The model file “{name}” could not be opened.").format(name=self.name),
                hint=_("Check that you may read the file and that it is not a folder."),
                detail=str(exc),
            ) from exc

    @property
    def size(self) -> int:
        """The file size in bytes."""
        return self._size

    def read(self, offset: int, length: int) -> bytes:
        """Return up to ``length`` bytes from ``offset``."""
        if offset < 0 or length < 0:
            raise ValueError("offset and length must not be negative")
        self._file.seek(offset)
        data = self._file.read(length)
        self.reads += 1
        self.bytes_read += len(data)
        return data

    def close(self) -> None:
        """Close the file."""
        self._file.close()

    def __enter__(self) -> FileSource:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

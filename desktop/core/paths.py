"""Where SLM Playground keeps its files.

Every user folder comes from :mod:`platformdirs`. Setting the environment variable
``SLM_PLAYGROUND_HOME`` moves all of them under one folder (tests, portable installs,
IT scripts). A folder that cannot be created raises
:class:`~desktop.core.errors.StorageError` (plain words, and an ``OSError``), never a bare
``PermissionError``; :func:`storage_problem` tells at start whether anything can be saved.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import platformdirs

from desktop import APP_NAME
from desktop.core.errors import StorageError
from desktop.core.i18n import _

HOME_ENV = "SLM_PLAYGROUND_HOME"
_APP_DIR_NAME = "slm-playground"


def home_override() -> Path | None:
    """Return the folder named by ``SLM_PLAYGROUND_HOME``, or ``None`` when unset."""
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    """Create ``path`` (and its parents) if needed.

    Raises:
        StorageError: it cannot be created (missing or read-only home folder, a file in
            the way ...), in plain words.
    """
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            _("The app cannot create its folder {path}.").format(path=path),
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc
    return path


def _pick(sub: str, default: str) -> Path:
    home = home_override()
    return _ensure(home / sub if home is not None else Path(default))


def check_writable(folder: Path) -> None:
    """Make sure a file can really be created in ``folder`` (tried, not guessed from bits).

    Raises:
        StorageError: the folder cannot be created or written to.
    """
    _ensure(folder)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".write-test-", dir=folder)
    except OSError as exc:
        raise StorageError(
            _("The app cannot save anything in its folder {folder}.").format(folder=folder),
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def storage_problem() -> StorageError | None:
    """Whether the app can keep its files (history, settings): ``None``, or why not.

    Checked when the app starts, so people hear it before they spend time on a comparison
    that could not be saved. Never raises.
    """
    try:
        check_writable(data_dir())
        check_writable(config_dir())
    except StorageError as problem:
        return problem
    return None


def config_dir() -> Path:
    """Folder for the settings file."""
    return _pick("config", platformdirs.user_config_dir(_APP_DIR_NAME, appauthor=False))


def data_dir() -> Path:
    """Folder for the history database and the model index."""
    return _pick("data", platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False))


def default_models_dir() -> Path:
    """Default folder where downloaded and imported models are stored."""
    home = home_override()
    if home is not None:
        return _pick("models", "")
    return _ensure(Path(platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False)) / "models")


def cache_dir() -> Path:
    """Folder for caches (hardware probe results, Hub look-ups)."""
    return _pick("cache", platformdirs.user_cache_dir(_APP_DIR_NAME, appauthor=False))


def logs_dir() -> Path:
    """Folder for the rotating log file and crash logs."""
    return _pick("logs", platformdirs.user_log_dir(_APP_DIR_NAME, appauthor=False))


def app_title() -> str:
    """The product name shown to people."""
    return APP_NAME

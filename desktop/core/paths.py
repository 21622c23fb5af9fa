"""Where SLM Playground keeps its files.

Every user folder comes from :mod:`platformdirs`. Setting the environment variable
``SLM_PLAYGROUND_HOME`` moves all of them under one folder (tests, portable installs,
IT scripts).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop import APP_NAME

HOME_ENV = "SLM_PLAYGROUND_HOME"
_APP_DIR_NAME = "slm-playground"


def home_override() -> Path | None:
    """Return the folder named by ``SLM_PLAYGROUND_HOME``, or ``None`` when unset."""
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _pick(sub: str, default: str) -> Path:
    home = home_override()
    path = home / sub if home is not None else Path(default)
    path.mkdir(parents=True, exist_ok=True)
    return path


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
    path = Path(platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False)) / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Folder for caches (hardware probe results, Hub look-ups)."""
    return _pick("cache", platformdirs.user_cache_dir(_APP_DIR_NAME, appauthor=False))


def logs_dir() -> Path:
    """Folder for the rotating log file and crash logs."""
    return _pick("logs", platformdirs.user_log_dir(_APP_DIR_NAME, appauthor=False))


def app_title() -> str:
    """The product name shown to people."""
    return APP_NAME

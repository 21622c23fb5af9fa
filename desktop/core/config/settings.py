"""The person's own settings: a small, versioned JSON file in the config folder.

Qt-free. The admin policy (:mod:`desktop.core.config.policy`) is layered over these settings by
:func:`desktop.core.config.policy.effective_settings`; save only the person's own :class:`Settings`,
never the effective ones.

Reading never crashes the app: a corrupt file, a file written by a newer version of the app,
or a value of the wrong kind gives safe defaults plus a :class:`SettingsError` the window can
show. A file that could not be used is copied aside first, so nothing is lost.

The Hugging Face access token is *not* part of the file: :func:`set_token` keeps it in the
operating system's keyring when one is available, else in a file only this user can read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from desktop.core import i18n, paths
from desktop.core.errors import SettingsError
from desktop.core.files import atomic_write_text, read_regular_text
from desktop.core.i18n import _

log = logging.getLogger("desktop.core.config.settings")

#: Version written into the file. Bump it and add a step to ``MIGRATIONS`` when the shape changes.
SETTINGS_VERSION = 1
SETTINGS_FILE = "settings.json"
TOKEN_FILE = "hf-token"
#: Service name under which the token is stored in the OS keyring.
KEYRING_SERVICE = "slm-playground"
KEYRING_USER = "huggingface-token"

THEMES = ("system", "light", "dark")
MIN_CONTEXT = 256
MAX_CONTEXT = 1_048_576
MAX_THREADS = 1024


@dataclass(frozen=True)
class Settings:
    """Everything the settings page edits (except the access token, see :func:`set_token`).

    Attributes:
        version: file format version (``SETTINGS_VERSION``).
        models_dirs: models folders, in order; empty means the default models folder.
            Downloads and imports go to the first one that can be written to.
        read_only_models_dirs: folders that are never written to or deleted from
            (for example a shared network folder), even when the OS would allow it.
        hf_endpoint: Hugging Face Hub mirror URL, or ``None`` for the public Hub.
        proxy: HTTP(S) proxy URL, or ``None`` to use the system proxy settings.
        offline: never touch the network (search and downloads fail fast).
        threads: CPU threads for generation, or ``None`` for automatic.
        context_length: default context length in tokens, or ``None`` for automatic.
        downloads_enabled: whether the download buttons are offered.
        theme: ``"system"``, ``"light"`` or ``"dark"``.
        first_run_done: the welcome tour has been shown.
        max_tokens: default longest answer, in tokens.
        temperature: default creativity (0 = always the same answer).
        keep_history: save conversations and comparisons on this computer.
        font_scale: text size factor for the window (1.0 = normal).
        language: the window's language: ``"system"`` (follow the computer) or a code
            from :data:`desktop.core.i18n.LANGUAGES` ("en", "de", "fr", "es"); applies
            after a restart.
    """

    version: int = SETTINGS_VERSION
    models_dirs: tuple[Path, ...] = ()
    read_only_models_dirs: tuple[Path, ...] = ()
    hf_endpoint: str | None = None
    proxy: str | None = None
    offline: bool = False
    threads: int | None = None
    context_length: int | None = None
    downloads_enabled: bool = True
    theme: str = "system"
    first_run_done: bool = False
    max_tokens: int = 512
    temperature: float = 0.7
    keep_history: bool = True
    font_scale: float = 1.0
    language: str = "system"

    def models_folders(self) -> tuple[Path, ...]:
        """The models folders to use: ``models_dirs``, or the default folder when empty."""
        return self.models_dirs if self.models_dirs else (paths.default_models_dir(),)

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with ``changes`` applied (validated like a loaded file).

        Raises:
            SettingsError: a value is of the wrong kind or out of range.
        """
        candidate = dataclasses.replace(self, **changes)
        problems: list[SettingsError] = []
        checked = _from_dict(_to_dict(candidate), problems)
        if problems:
            raise problems[0]
        return checked

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form written to the settings file."""
        return _to_dict(self)


@dataclass(frozen=True)
class SettingsLoad:
    """The result of :func:`read_settings`: the settings plus anything worth telling the person."""

    settings: Settings
    problems: tuple[SettingsError, ...] = ()
    path: Path = field(default_factory=Path)


# --- migrations -------------------------------------------------------------------------

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _migrate_0_to_1(raw: dict[str, Any]) -> dict[str, Any]:
    """Pre-release files had one ``models_dir`` string and no version key."""
    out = dict(raw)
    single = out.pop("models_dir", None)
    if isinstance(single, str) and "models_dirs" not in out:
        out["models_dirs"] = [single]
    out["version"] = 1
    return out


#: ``MIGRATIONS[n]`` turns a version ``n`` dict into a version ``n + 1`` dict.
MIGRATIONS: dict[int, Migration] = {0: _migrate_0_to_1}


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings dict of any older version up to ``SETTINGS_VERSION``.

    Args:
        raw: the parsed file; a missing ``version`` counts as version 0.

    Returns:
        The dict at ``SETTINGS_VERSION``.

    Raises:
        SettingsError: no migration step is known for one of the versions on the way.
    """
    version = raw.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise SettingsError(
            _("The settings file has an unknown version."),
            hint=_("Default settings are used. Check your settings and save them again."),
            detail=f"version={version!r}",
        )
    out = raw
    while version < SETTINGS_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SettingsError(
                _("The settings file is too old to read."),
                hint=_("Default settings are used. Check your settings and save them again."),
                detail=f"no migration from version {version}",
            )
        out = step(out)
        version = int(out.get("version", version + 1))
    return out


# --- conversion and validation ----------------------------------------------------------


def _to_dict(s: Settings) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(s):
        value = getattr(s, f.name)
        if isinstance(value, tuple):
            value = [str(v) for v in value]
        out[f.name] = value
    return out


def _bad(name: str, value: Any, why: str) -> SettingsError:
    return SettingsError(
        _(
            "The setting “{replace}” had a value that could not be used, so its default is "
            "used instead."
        ).format(replace=name.replace("_", " ")),
        hint=_("Check it on the Settings page."),
        detail=f"{name}={value!r}: {why}",
    )


def _url_or_none(name: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("expected a URL string")
    text = value.strip()
    parsed = urlparse(text)
    allowed = ("http", "https", "socks5", "socks5h") if name == "proxy" else ("http", "https")
    if parsed.scheme not in allowed or not parsed.netloc:
        raise ValueError(f"expected a {'/'.join(allowed)} URL")
    return text.rstrip("/") if name == "hf_endpoint" else text


def _check_value(name: str, value: Any) -> Any:
    """Return ``value`` converted for field ``name``; raise ValueError when it cannot be."""
    if name in ("models_dirs", "read_only_models_dirs"):
        if not isinstance(value, list | tuple) or not all(
            isinstance(v, str | os.PathLike) and str(v).strip() for v in value
        ):
            raise ValueError("expected a list of folder paths")
        seen: list[Path] = []
        for v in value:
            p = Path(os.path.expandvars(str(v))).expanduser()
            if p not in seen:
                seen.append(p)
        return tuple(seen)
    if name in ("hf_endpoint", "proxy"):
        return _url_or_none(name, value)
    if name in ("offline", "downloads_enabled", "first_run_done", "keep_history"):
        if not isinstance(value, bool):
            raise ValueError("expected true or false")
        return value
    if name == "threads":
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_THREADS:
            raise ValueError(f"expected a whole number from 1 to {MAX_THREADS}")
        return value
    if name == "context_length":
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not MIN_CONTEXT <= value <= MAX_CONTEXT
        ):
            raise ValueError(f"expected a whole number from {MIN_CONTEXT} to {MAX_CONTEXT}")
        return value
    if name == "max_tokens":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_CONTEXT:
            raise ValueError("expected a positive whole number")
        return value
    if name == "temperature":
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 5:
            raise ValueError("expected a number from 0 to 5")
        return float(value)
    if name == "font_scale":
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0.5 <= value <= 3:
            raise ValueError("expected a number from 0.5 to 3")
        return float(value)
    if name == "theme":
        if value not in THEMES:
            raise ValueError(f"expected one of {THEMES}")
        return value
    if name == "language":
        if not isinstance(value, str) or (value != i18n.SYSTEM and value not in i18n.LANGUAGES):
            raise ValueError(f"expected 'system' or one of {tuple(i18n.LANGUAGES)}")
        return value
    if name == "version":
        return SETTINGS_VERSION
    raise ValueError("unknown setting")


def _from_dict(raw: Mapping[str, Any], problems: list[SettingsError]) -> Settings:
    """Build ``Settings`` from a current-version dict; bad values fall back one by one."""
    values: dict[str, Any] = {}
    names = {f.name for f in dataclasses.fields(Settings)}
    for key, value in raw.items():
        if key not in names:
            log.info("ignoring unknown setting %r", key)
            continue
        try:
            values[key] = _check_value(key, value)
        except ValueError as exc:
            problems.append(_bad(key, value, str(exc)))
    return Settings(**values)


# --- file I/O ---------------------------------------------------------------------------


def settings_path() -> Path:
    """Where the settings file lives (``config_dir()/settings.json``)."""
    return paths.config_dir() / SETTINGS_FILE


def _keep_aside(path: Path, reason: str) -> Path | None:
    """Copy an unusable settings file next to itself so a later save loses nothing."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.{reason}-{stamp}")
    try:
        backup.write_bytes(path.read_bytes())
        return backup
    except OSError as exc:
        log.warning("could not keep a copy of %s: %s", path, exc)
        return None


def read_settings(path: Path | None = None) -> SettingsLoad:
    """Read the settings file, never raising.

    Args:
        path: the file to read; defaults to :func:`settings_path`.

    Returns:
        The settings (defaults for anything missing or unusable) and the problems found.
        A corrupt file, or one from a newer version of the app, gives default settings and
        is first copied aside (``settings.json.corrupt-<time>`` / ``.newer-<time>``).
    """
    path = settings_path() if path is None else Path(path)
    problems: list[SettingsError] = []
    try:
        text = read_regular_text(path)  # a named pipe is refused, never waited on
    except FileNotFoundError:
        return SettingsLoad(Settings(), (), path)
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(
            SettingsError(
                _("Your settings could not be read, so default settings are used."),
                hint=_("Check your settings and save them again."),
                detail=f"{path}: {exc}",
            )
        )
        return SettingsLoad(Settings(), tuple(problems), path)
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("the top level is not an object")
    except (ValueError, RecursionError) as exc:  # RecursionError: nested thousands deep
        backup = _keep_aside(path, "corrupt")
        problems.append(
            SettingsError(
                _("Your settings file was damaged, so default settings are used."),
                hint=_("Check your settings and save them again.")
                + (
                    _(" The damaged file was kept as {name}.").format(name=backup.name)
                    if backup
                    else ""
                ),
                detail=f"{path}: {exc}",
            )
        )
        return SettingsLoad(Settings(), tuple(problems), path)
    version = raw.get("version", 0)
    if isinstance(version, int) and not isinstance(version, bool) and version > SETTINGS_VERSION:
        backup = _keep_aside(path, "newer")
        problems.append(
            SettingsError(
                _(
                    "Your settings were saved by a newer version of SLM Playground, so default "
                    "settings are used."
                ),
                hint=_("Update SLM Playground to get your settings back.")
                + (_(" They were kept in {name}.").format(name=backup.name) if backup else ""),
                detail=f"{path}: version {version} > {SETTINGS_VERSION}",
            )
        )
        return SettingsLoad(Settings(), tuple(problems), path)
    try:
        raw = migrate(raw)
    except SettingsError as exc:
        _keep_aside(path, "unreadable")
        return SettingsLoad(Settings(), (exc,), path)
    settings = _from_dict(raw, problems)
    return SettingsLoad(settings, tuple(problems), path)


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings, logging (not raising) any problem; see :func:`read_settings`.

    Args:
        path: the file to read; defaults to :func:`settings_path`.

    Returns:
        The person's settings, or safe defaults.
    """
    result = read_settings(path)
    for problem in result.problems:
        log.warning("%s (%s)", problem.message, problem.detail)
    return result.settings


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the person's settings atomically (never the policy-adjusted ones).

    Args:
        settings: what to save.
        path: the file to write; defaults to :func:`settings_path`.

    Returns:
        The path written.

    Raises:
        SettingsError: the file could not be written (read-only profile, full disk).
    """
    path = settings_path() if path is None else Path(path)
    data = settings.to_dict()
    data["version"] = SETTINGS_VERSION
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise SettingsError(
            _("Your settings could not be saved."),
            hint=_("Check that your user folder is not full or read-only, then try again."),
            detail=f"{path}: {exc}",
        ) from exc
    return path


# --- access token -----------------------------------------------------------------------

TokenStore = Literal["keyring", "file"]


def _usable_keyring() -> Any | None:
    """The keyring backend if a real one is available, else ``None``."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - a broken keyring must not stop the app
        log.info("keyring unavailable: %s", type(exc).__name__)
        return None
    if isinstance(backend, fail.Keyring):
        return None
    try:
        priority = float(getattr(backend, "priority", 1))
    except Exception:  # noqa: BLE001
        priority = 1.0
    if priority <= 0:
        return None
    # A chainer with nothing behind it cannot store anything.
    backends = getattr(backend, "backends", None)
    if backends is not None and not list(backends):
        return None
    return backend


def token_file_path() -> Path:
    """The fallback token file (readable by this user only)."""
    return paths.config_dir() / TOKEN_FILE


def token_store() -> TokenStore:
    """Where :func:`set_token` would keep the token now: ``"keyring"`` or ``"file"``."""
    return "keyring" if _usable_keyring() is not None else "file"


def get_token() -> str | None:
    """Return the saved Hugging Face access token, or ``None``. Never logged."""
    backend = _usable_keyring()
    if backend is not None:
        try:
            value = backend.get_password(KEYRING_SERVICE, KEYRING_USER)
        except Exception as exc:  # noqa: BLE001
            log.info("keyring read failed (%s); trying the token file", type(exc).__name__)
            value = None
        if value:
            return str(value)
    try:
        value = read_regular_text(token_file_path()).strip()
    except OSError:
        return None
    return value or None


def set_token(token: str | None) -> TokenStore | None:
    """Save (or, with ``None`` / empty, forget) the Hugging Face access token.

    The token goes to the OS keyring when one works, else to a file with mode 0600 in the
    config folder. Saving to one place removes any copy from the other.

    Args:
        token: the token, or ``None`` / ``""`` to delete it.

    Returns:
        Where it was saved, or ``None`` when it was deleted.

    Raises:
        SettingsError: it could be stored nowhere.
    """
    value = (token or "").strip()
    backend = _usable_keyring()
    file = token_file_path()
    if not value:
        if backend is not None:
            with contextlib.suppress(Exception):
                backend.delete_password(KEYRING_SERVICE, KEYRING_USER)
        with contextlib.suppress(FileNotFoundError):
            file.unlink()
        return None
    if backend is not None:
        try:
            backend.set_password(KEYRING_SERVICE, KEYRING_USER, value)
        except Exception as exc:  # noqa: BLE001
            log.info("keyring write failed (%s); using the token file", type(exc).__name__)
        else:
            with contextlib.suppress(FileNotFoundError):
                file.unlink()
            return "keyring"
    try:
        atomic_write_text(file, value + "\n", mode=0o600)
        os.chmod(file, 0o600)
    except OSError as exc:
        raise SettingsError(
            _("The access token could not be saved."),
            hint=_("Check that your user folder is not full or read-only."),
            detail=f"{file}: {type(exc).__name__}",  # never the token itself
        ) from exc
    return "file"

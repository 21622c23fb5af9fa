"""The organisation's admin policy: a TOML file IT puts on each computer.

Read from the system location for the OS (and, if set, the file named by the environment
variable ``SLM_PLAYGROUND_POLICY``); laid over the person's own settings by
:func:`effective_settings`, which also says which settings the window must show as
"managed by your organization". The keys are documented for IT in ``docs/policy.md``.

A policy file that cannot be read never crashes the app: the problems are collected in
:attr:`Policy.problems` (plain words), the usable keys still apply, and a file that cannot
be parsed at all turns downloads off (the safe choice when we cannot tell what IT wanted).
"""

from __future__ import annotations

import dataclasses
import fnmatch
import logging
import os
import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core import i18n
from desktop.core.config.server_policy import SERVER_KEYS, OfficeServer, parse_servers
from desktop.core.config.settings import (
    MAX_CONTEXT,
    MAX_THREADS,
    MIN_CONTEXT,
    Settings,
    _url_or_none,  # one URL rule for settings and policy
)
from desktop.core.errors import PolicyLockedError, SettingsError
from desktop.core.files import read_regular_bytes
from desktop.core.generation import LoadSettings
from desktop.core.i18n import _

log = logging.getLogger("desktop.core.config.policy")

POLICY_ENV = "SLM_PLAYGROUND_POLICY"
#: Overrides the system location (tests, portable installs); set it empty to skip it.
SYSTEM_POLICY_ENV = "SLM_PLAYGROUND_SYSTEM_POLICY"
POLICY_FILE = "policy.toml"
POLICY_VERSION = 1

# Section -> allowed keys (the reference is docs/policy.md).
_KEYS: dict[str, frozenset[str]] = {
    "": frozenset({"version", "message", "language"}),
    "models": frozenset({"folders", "read_only_folders", "include_user_folders", "allowed"}),
    "network": frozenset({"downloads", "hub_endpoint", "proxy", "offline"}),
    "defaults": frozenset({"threads", "context_length", "lock"}),
    "servers": SERVER_KEYS,
}


def system_policy_path() -> Path | None:
    """The OS-wide policy file location, or ``None`` when disabled.

    ``SLM_PLAYGROUND_SYSTEM_POLICY`` replaces it (an empty value disables it). Otherwise:
    Linux ``/etc/slm-playground/policy.toml``; Windows
    ``%PROGRAMDATA%\\SLM Playground\\policy.toml``; macOS
    ``/Library/Application Support/SLM Playground/policy.toml``.
    """
    override = os.environ.get(SYSTEM_POLICY_ENV)
    if override is not None:
        return Path(override).expanduser() if override.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "SLM Playground" / POLICY_FILE
    if sys.platform == "darwin":
        return Path("/Library/Application Support/SLM Playground") / POLICY_FILE
    return Path("/etc/slm-playground") / POLICY_FILE


def policy_paths() -> tuple[Path, ...]:
    """Policy files to read, in order: the env-var file first, then the system file (wins)."""
    out: list[Path] = []
    env = os.environ.get(POLICY_ENV, "").strip()
    if env:
        out.append(Path(env).expanduser())
    system = system_policy_path()
    if system is not None and system not in out:
        out.append(system)
    return tuple(out)


@dataclass(frozen=True)
class Policy:
    """What the organisation fixes. ``None`` / empty means "not set by the policy".

    Attributes:
        sources: the policy files that were read.
        message: a note to show staff (e.g. who to ask for help).
        models_dirs: shared models folders, listed before the person's own.
        read_only_dirs: folders never written to or deleted from.
        include_user_folders: whether the person's own models folders are used too.
        allowed_models: allow-list patterns (catalog ids, repo ids or file names, ``*``
            wildcards, case-insensitive); ``None`` = every model allowed.
        downloads_allowed: ``False`` turns downloads off.
        hf_endpoint: Hub mirror URL everyone must use.
        proxy: proxy URL everyone must use.
        offline: ``True`` forces offline mode.
        threads: default CPU threads.
        context_length: default context length.
        lock_defaults: whether ``threads`` / ``context_length`` are fixed or just defaults.
        servers_enabled: ``False`` turns server models off entirely.
        servers_allow_adding: ``False``: only :attr:`office_servers`, none of one's own.
        office_servers: the organisation's model servers (``[[servers.office]]``).
        language: the window's language fixed for everyone ("de", "fr", "es", "en" or
            "system"), or ``None`` to let each person choose.
        problems: plain-language problems found while reading the files.
    """

    sources: tuple[Path, ...] = ()
    message: str | None = None
    models_dirs: tuple[Path, ...] = ()
    read_only_dirs: tuple[Path, ...] = ()
    include_user_folders: bool = True
    allowed_models: tuple[str, ...] | None = None
    downloads_allowed: bool | None = None
    hf_endpoint: str | None = None
    proxy: str | None = None
    offline: bool | None = None
    threads: int | None = None
    context_length: int | None = None
    lock_defaults: bool = False
    servers_enabled: bool | None = None
    servers_allow_adding: bool | None = None
    office_servers: tuple[OfficeServer, ...] = ()
    language: str | None = None
    problems: tuple[SettingsError, ...] = ()

    @property
    def active(self) -> bool:
        """True when at least one policy file was found."""
        return bool(self.sources)

    def allows(
        self,
        *,
        catalog_id: str | None = None,
        repo_id: str | None = None,
        filename: str | None = None,
    ) -> bool:
        """Whether the allow-list permits a model known by any of these names.

        Args:
            catalog_id: the catalog entry id, if known.
            repo_id: the Hugging Face repo id, if known.
            filename: the model file's name (no folder).

        Returns:
            True when there is no allow-list, or one pattern matches one of the names.
        """
        if self.allowed_models is None:
            return True
        names = [n.lower() for n in (catalog_id, repo_id, filename) if n]
        if repo_id and filename:
            names.append(f"{repo_id}/{filename}".lower())
        for pattern in self.allowed_models:
            pat = pattern.lower()
            if any(fnmatch.fnmatchcase(name, pat) for name in names):
                return True
        return False


def _problem(source: Path, message: str, detail: str) -> SettingsError:
    return SettingsError(
        message,
        hint=_("Tell your IT contact; the rest of the policy still applies."),
        detail=f"{source}: {detail}",
    )


def _str_list(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return [v.strip() for v in value]
    return None


def _parse(source: Path, data: Mapping[str, Any]) -> tuple[dict[str, Any], list[SettingsError]]:
    """Turn one parsed policy file into ``Policy`` field values, collecting problems."""
    out: dict[str, Any] = {}
    problems: list[SettingsError] = []

    def bad(key: str, value: Any, why: str) -> None:
        problems.append(
            _problem(
                source,
                f"Your organisation's policy file has a setting that could not be used ({key}).",
                f"{key}={value!r}: {why}",
            )
        )

    for key, value in data.items():
        if isinstance(value, dict) and key in _KEYS and key:
            for sub in value:
                if sub not in _KEYS[key]:
                    bad(f"{key}.{sub}", value[sub], "unknown key, ignored")
        elif key not in _KEYS[""]:
            bad(key, value, "unknown key or section, ignored")

    version = data.get("version", POLICY_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version > POLICY_VERSION:
        bad("version", version, f"this app understands policy version {POLICY_VERSION}")
    if "message" in data:
        if isinstance(data["message"], str):
            out["message"] = data["message"].strip() or None
        else:
            bad("message", data["message"], "expected text")

    if "language" in data:
        if isinstance(data["language"], str) and (
            data["language"] == i18n.SYSTEM or data["language"] in i18n.LANGUAGES
        ):
            out["language"] = data["language"]
        else:
            choices = ("system", *i18n.LANGUAGES)
            bad("language", data["language"], f"expected one of {choices}")

    def section(name: str) -> Mapping[str, Any]:
        value = data.get(name, {})
        if isinstance(value, dict):
            return value
        bad(name, value, "expected a [section]")
        return {}

    models = section("models")
    for key, field_name in (("folders", "models_dirs"), ("read_only_folders", "read_only_dirs")):
        if key in models:
            items = _str_list(models[key])
            if items is None:
                bad(f"models.{key}", models[key], "expected a list of folder paths")
            else:
                out[field_name] = tuple(Path(os.path.expandvars(i)).expanduser() for i in items)
    if "include_user_folders" in models:
        if isinstance(models["include_user_folders"], bool):
            out["include_user_folders"] = models["include_user_folders"]
        else:
            bad(
                "models.include_user_folders", models["include_user_folders"], "expected true/false"
            )
    if "allowed" in models:
        items = _str_list(models["allowed"]) if models["allowed"] != [] else []
        if items is None:
            # Fail closed: an allow-list we cannot read allows nothing but the starter model.
            bad("models.allowed", models["allowed"], "expected a list of names; allowing none")
            items = []
        out["allowed_models"] = tuple(items)

    network = section("network")
    for key, field_name in (("downloads", "downloads_allowed"), ("offline", "offline")):
        if key in network:
            if isinstance(network[key], bool):
                out[field_name] = network[key]
            else:
                bad(f"network.{key}", network[key], "expected true/false")
                if key == "downloads":
                    out[field_name] = False  # fail closed
    for key in ("hub_endpoint", "proxy"):
        if key in network:
            try:
                url = _url_or_none("hf_endpoint" if key == "hub_endpoint" else key, network[key])
            except ValueError as exc:
                bad(f"network.{key}", network[key], str(exc))
            else:
                out["hf_endpoint" if key == "hub_endpoint" else key] = url

    defaults = section("defaults")
    for key, low, high in (
        ("threads", 1, MAX_THREADS),
        ("context_length", MIN_CONTEXT, MAX_CONTEXT),
    ):
        if key in defaults:
            value = defaults[key]
            if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
                out[key] = value
            else:
                bad(f"defaults.{key}", value, f"expected a whole number from {low} to {high}")
    if "lock" in defaults:
        if isinstance(defaults["lock"], bool):
            out["lock_defaults"] = defaults["lock"]
        else:
            bad("defaults.lock", defaults["lock"], "expected true/false")
    out.update(parse_servers(section("servers"), bad))
    return out, problems


def load_policy(paths: Sequence[Path] | None = None) -> Policy:
    """Read the admin policy, never raising.

    Args:
        paths: policy files to read in order (later files win where they set the same key);
            defaults to :func:`policy_paths`. Missing files are skipped silently.

    Returns:
        The combined :class:`Policy`. Problems are in :attr:`Policy.problems` and logged.
        A file that exists but cannot be parsed turns downloads off.
    """
    files = policy_paths() if paths is None else tuple(Path(p) for p in paths)
    values: dict[str, Any] = {}
    problems: list[SettingsError] = []
    sources: list[Path] = []
    broken = False
    for path in files:
        try:
            raw = read_regular_bytes(path)  # a named pipe is refused, never waited on
        except FileNotFoundError:
            continue
        except OSError as exc:
            if not path.exists():
                continue
            # A folder (or a pipe, a device) where the policy file should be is a policy
            # we cannot read: like an unreadable file, downloads go off.
            sources.append(path)
            problems.append(
                _problem(
                    path,
                    "Your organisation's policy file could not be read, so downloads are off.",
                    f"{type(exc).__name__}: {exc}",
                )
            )
            broken = True
            continue
        sources.append(path)
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
            # RecursionError: values nested thousands deep ([[[[...]]]]) exhaust the parser.
            problems.append(
                _problem(
                    path,
                    "Your organisation's policy file is not valid, so downloads are off "
                    "and the usual settings are used.",
                    f"{type(exc).__name__}: {exc}",
                )
            )
            broken = True
            continue
        parsed, found = _parse(path, data)
        values.update(parsed)
        problems.extend(found)
    if broken:
        values["downloads_allowed"] = False  # fail closed, whatever another file says
        values["servers_enabled"] = False  # and nothing is sent to a server
    for problem in problems:
        log.warning("policy: %s (%s)", problem.message, problem.detail)
    return Policy(sources=tuple(sources), problems=tuple(problems), **values)


def _dedupe(items: Iterable[Path]) -> tuple[Path, ...]:
    out: list[Path] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)


def effective_settings(
    settings: Settings, policy: Policy | None
) -> tuple[Settings, frozenset[str]]:
    """Lay the policy over the person's settings.

    Args:
        settings: the person's own settings (as loaded).
        policy: the admin policy, or ``None`` for none.

    Returns:
        ``(effective, locked)``: the settings to use, and the names of the
        :class:`Settings` fields the policy fixes (the window disables those controls).
        ``models_dirs`` in the result is always concrete (never empty). Save only the
        person's own settings, never ``effective``.
    """
    changes: dict[str, Any] = {}
    locked: set[str] = set()
    user_folders = settings.models_folders()
    if policy is None:
        return dataclasses.replace(settings, models_dirs=user_folders), frozenset()
    folders = policy.models_dirs + (user_folders if policy.include_user_folders else ())
    changes["models_dirs"] = _dedupe(folders) or user_folders
    if not policy.include_user_folders and policy.models_dirs:
        locked.add("models_dirs")
    if policy.read_only_dirs:
        changes["read_only_models_dirs"] = _dedupe(
            policy.read_only_dirs + settings.read_only_models_dirs
        )
    if policy.downloads_allowed is False:
        changes["downloads_enabled"] = False
        locked.add("downloads_enabled")
    if policy.offline is not None:
        changes["offline"] = policy.offline
        locked.add("offline")
    if policy.language is not None:
        changes["language"] = policy.language
        locked.add("language")
    for name in ("hf_endpoint", "proxy"):
        if getattr(policy, name) is not None:
            changes[name] = getattr(policy, name)
            locked.add(name)
    for name in ("threads", "context_length"):
        value = getattr(policy, name)
        if value is None:
            continue
        if policy.lock_defaults:
            changes[name] = value
            locked.add(name)
        elif getattr(settings, name) is None:
            changes[name] = value
    return dataclasses.replace(settings, **changes), frozenset(locked)


# --- what run and compare may load -------------------------------------------------------------

_LOAD_FIELDS = (("context_length", "the context length"), ("threads", "the number of CPU threads"))


def check_load_overrides(
    policy: Policy | None, *, context_length: int | None = None, threads: int | None = None
) -> None:
    """Refuse values the person asked for that the organisation's policy fixes.

    Call it where a request is built from what the person typed (``--ctx``, ``--threads``,
    a field in the window). A value equal to the fixed one is fine.

    Raises:
        PolicyLockedError: the policy locks that setting to another value (plain words).
    """
    if policy is None or not policy.lock_defaults:
        return
    asked = {"context_length": context_length, "threads": threads}
    for name, words in _LOAD_FIELDS:
        fixed = getattr(policy, name)
        wanted = asked[name]
        if fixed is not None and wanted is not None and wanted != fixed:
            raise PolicyLockedError(
                _(
                    "Your organisation fixes {words} at {fixed} on this computer, so {wanted} "
                    "cannot be used."
                ).format(words=words, fixed=fixed, wanted=wanted),
                detail=f"policy lock: {name}={fixed}, asked {wanted}",
            )


def effective_load_settings(
    load: LoadSettings, policy: Policy | None, settings: Settings | None = None
) -> LoadSettings:
    """The load settings a model really gets: the policy's locked values always win.

    Args:
        load: what the caller asked for (``None`` fields mean "pick for me").
        policy: the organisation's policy, or ``None``.
        settings: the person's *effective* settings (:func:`effective_settings`), whose
            ``context_length`` / ``threads`` fill the fields ``load`` leaves open.

    Returns:
        ``load`` with locked fields replaced by the policy's values and open fields filled
        from ``settings`` (or the policy's defaults). Nothing else changes.
    """
    changes: dict[str, Any] = {}
    for name, _words in _LOAD_FIELDS:
        fixed = getattr(policy, name) if policy is not None else None
        if fixed is not None and policy is not None and policy.lock_defaults:
            changes[name] = fixed
        elif getattr(load, name) is None:
            default = getattr(settings, name, None) if settings is not None else None
            if default is None:
                default = fixed
            if default is not None:
                changes[name] = default
    return dataclasses.replace(load, **changes) if changes else load

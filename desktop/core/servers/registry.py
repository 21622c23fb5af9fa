"""Model servers as a model source: which servers there are, their keys, and model references.

A server is an OpenAI-compatible chat API (vLLM, llama.cpp's llama-server, Ollama, TGI,
LM Studio, a cloud API the office trusts) with a name people see ("On office"), a base URL
and optionally an API key. Two kinds:

* **office servers**, defined by the admin policy (``[[servers.office]]``; the key comes from
  an environment variable or a file IT names);
* **one's own**, added in Settings or with ``slm-playground server add``, kept in
  ``servers.json`` in the config folder. Their key lives in the operating system's keyring,
  never in that file; without a keyring the key can still come from an environment variable.

The policy can turn server models off (``enabled = false``) or forbid adding servers
(``allow_adding = false``); :func:`list_servers` and :func:`find_server` apply it.

A server model is named ``server:NAME/MODEL_ID`` wherever a model file path goes
(``--model``, a comparison's model, the history): :func:`server_ref` and
:func:`parse_server_ref`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from desktop.core import paths
from desktop.core.config.policy import Policy
from desktop.core.config.server_policy import NAME_RE, server_url_problem
from desktop.core.errors import InputError, OfflineError, PolicyLockedError, SettingsError
from desktop.core.files import atomic_write_text, read_regular_text
from desktop.core.i18n import _

log = logging.getLogger("desktop.core.servers.registry")

SERVERS_FILE = "servers.json"
SERVERS_VERSION = 1
#: A model reference that names a server model starts with this.
REF_PREFIX = "server:"
#: Keyring service and user-name prefix for servers' API keys.
KEYRING_SERVICE = "slm-playground"
KEYRING_USER_PREFIX = "server-key:"

KeySource = Literal["none", "keyring", "env", "file"]


# --- references -------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerRef:
    """A server model: ``server:NAME/MODEL_ID``."""

    server: str
    model_id: str

    def __str__(self) -> str:
        return f"{REF_PREFIX}{self.server}/{self.model_id}"


def server_ref(server: str, model_id: str) -> str:
    """The reference of ``model_id`` on ``server`` (what ``--model`` takes)."""
    return str(ServerRef(server, model_id))


def is_server_ref(value: object) -> bool:
    """True when ``value`` (a string or path) names a server model."""
    return str(value).startswith(REF_PREFIX)


def parse_server_ref(value: object) -> ServerRef | None:
    """``server:NAME/MODEL_ID`` as a :class:`ServerRef`; ``None`` for anything else.

    Raises:
        InputError: it starts with ``server:`` but names no server or no model.
    """
    text = str(value)
    if not text.startswith(REF_PREFIX):
        return None
    # a reference kept in a Path comes back with backslashes on Windows
    name, _sep, model = text[len(REF_PREFIX):].replace("\\", "/").partition("/")
    if not name or not model:
        raise InputError(
            _("“{text}” does not name a server model.").format(text=text),
            hint=_("Write it as server:NAME/MODEL (list them with: slm-playground server list)."),
            detail=f"bad server reference {text!r}",
        )
    return ServerRef(name, model)


# --- servers ----------------------------------------------------------------------------


def normalise_url(url: str) -> str:
    """The API's base URL: ``https://host:8000`` gets ``/v1``; a trailing slash goes."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/")
    if not path:
        path = "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


@dataclass(frozen=True)
class Server:
    """One model server.

    Attributes:
        name: the name people see ("On office").
        url: the OpenAI-compatible API's base URL (ends at ``/v1`` or the API's own path).
        office: defined by the organisation's policy (cannot be removed here).
        key_source: where the API key comes from: nowhere, the keyring, an environment
            variable or a file (office servers).
        key_env: the environment variable for ``key_source == "env"``.
        key_file: the file for ``key_source == "file"``.
    """

    name: str
    url: str
    office: bool = False
    key_source: KeySource = "none"
    key_env: str | None = None
    key_file: Path | None = None

    @property
    def host(self) -> str:
        """The server's host name (for "sent to gpu.example.org")."""
        return urlsplit(self.url).hostname or self.url

    def api_key(self) -> str | None:
        """The API key now (read from its source on each call; never logged)."""
        if self.key_source == "keyring":
            return _keyring_get(self.name)
        if self.key_source == "env" and self.key_env:
            return os.environ.get(self.key_env, "").strip() or None
        if self.key_source == "file" and self.key_file is not None:
            try:
                return read_regular_text(self.key_file).strip() or None
            except OSError:
                log.info("server %s: key file %s unreadable", self.name, self.key_file)
                return None
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form for ``server list --json`` (never the key itself)."""
        return {
            "name": self.name,
            "url": self.url,
            "office": self.office,
            "key_source": self.key_source,
            "key_env": self.key_env,
            "has_key": self.api_key() is not None,
        }


def servers_path() -> Path:
    """The file listing one's own servers."""
    return paths.config_dir() / SERVERS_FILE


def _read_own() -> list[Server]:
    try:
        raw = json.loads(read_regular_text(servers_path()))
    except FileNotFoundError:
        return []
    except (OSError, ValueError, RecursionError) as exc:
        log.warning("servers file unreadable: %s", exc)
        return []
    out: list[Server] = []
    items = raw.get("servers", []) if isinstance(raw, dict) else []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        name, url = item.get("name"), item.get("url")
        if not isinstance(name, str) or not NAME_RE.match(name) or server_url_problem(url):
            continue
        assert isinstance(url, str)
        source = item.get("key_source", "none")
        env = item.get("key_env") if isinstance(item.get("key_env"), str) else None
        if source not in ("none", "keyring", "env") or (source == "env" and not env):
            source = "none"
        out.append(Server(name=name, url=normalise_url(url), key_source=source, key_env=env))
    return out


def _write_own(servers: list[Server]) -> None:
    data = {
        "version": SERVERS_VERSION,
        "servers": [
            {"name": s.name, "url": s.url, "key_source": s.key_source, "key_env": s.key_env}
            for s in servers
        ],
    }
    try:
        atomic_write_text(servers_path(), json.dumps(data, indent=2) + "\n")
    except OSError as exc:
        raise SettingsError(
            _("The list of servers could not be saved."),
            hint=_("Check that your user folder is not full or read-only."),
            detail=f"{servers_path()}: {exc}",
        ) from exc


def offline_error() -> OfflineError:
    """Offline mode is on: models on servers cannot be used (nothing is contacted)."""
    return OfflineError(
        _("Offline mode is on, so models on servers cannot be used."),
        hint=_("Turn off offline mode in Settings, or pick a model on this computer."),
        detail="offline setting",
    )


def servers_enabled(policy: Policy | None) -> bool:
    """False when the organisation turns server models off."""
    return policy is None or policy.servers_enabled is not False


def adding_allowed(policy: Policy | None) -> bool:
    """False when the organisation allows only its own servers (or none)."""
    return servers_enabled(policy) and (policy is None or policy.servers_allow_adding
                                        is not False)


def _office(policy: Policy | None) -> list[Server]:
    out = []
    for s in policy.office_servers if policy is not None else ():
        if s.api_key_file is not None:
            source: KeySource = "file"
        elif s.api_key_env:
            source = "env"
        else:
            source = "none"
        out.append(Server(name=s.name, url=normalise_url(s.url), office=True, key_source=source,
                          key_env=s.api_key_env, key_file=s.api_key_file))
    return out


def list_servers(policy: Policy | None) -> list[Server]:
    """Every server that may be used now: the office's first, then one's own.

    Empty when the policy turns server models off; one's own are left out when the policy
    forbids adding servers. An own server with an office server's name is hidden.
    """
    if not servers_enabled(policy):
        return []
    office = _office(policy)
    if not adding_allowed(policy):
        return office
    taken = {s.name.lower() for s in office}
    return office + [s for s in _read_own() if s.name.lower() not in taken]


def _off_error() -> PolicyLockedError:
    return PolicyLockedError(
        _(
            "Your organisation does not allow models on servers on this computer: only models "
            "on this computer can be used."
        ),
        detail="policy: servers.enabled = false",
    )


def find_server(name: str, policy: Policy | None) -> Server:
    """The server called ``name`` (case-insensitive).

    Raises:
        PolicyLockedError: server models are off, or this server is not one the
            organisation allows.
        InputError: there is no server of that name.
    """
    if not servers_enabled(policy):
        raise _off_error()
    for server in list_servers(policy):
        if server.name.lower() == name.lower():
            return server
    if not adding_allowed(policy) and any(s.name.lower() == name.lower() for s in _read_own()):
        raise PolicyLockedError(
            _(
                "Your organisation allows only its own servers, and “{name}” is not one of them."
            ).format(name=name),
            detail="policy: servers.allow_adding = false",
        )
    raise InputError(
        _("There is no server called “{name}”.").format(name=name),
        hint=_(
            "List the servers with: slm-playground server list (add one with: slm-playground "
            "server add NAME URL)."
        ),
        detail=f"unknown server {name!r}",
    )


def add_server(
    name: str,
    url: str,
    *,
    policy: Policy | None,
    api_key: str | None = None,
    api_key_env: str | None = None,
) -> Server:
    """Add (or change) one of one's own servers.

    Args:
        name: the name people will see.
        url: the API's base URL (``/v1`` is added to a bare host).
        policy: the organisation's policy (may forbid this).
        api_key: the key, kept in the system keyring.
        api_key_env: the environment variable holding the key. Its value is kept in the
            keyring when one works; without one, the key is read from the variable each
            time (the variable's name is saved, never the key).

    Raises:
        PolicyLockedError: server models are off or adding servers is not allowed, or the
            name is an office server's.
        InputError: the name or URL cannot be used; the variable is not set.
        SettingsError: the list or the key could not be saved.
    """
    if not servers_enabled(policy):
        raise _off_error()
    if not adding_allowed(policy):
        raise PolicyLockedError(
            _("Your organisation allows only its own servers, so others cannot be added."),
            detail="policy: servers.allow_adding = false",
        )
    if not NAME_RE.match(name or ""):
        raise InputError(
            _("“{name}” cannot be a server's name.").format(name=name),
            hint=_("Use up to 40 letters, digits, - _ or . (no spaces or slashes)."),
            detail=f"bad server name {name!r}",
        )
    problem = server_url_problem(url)
    if problem is not None:
        raise InputError(
            _("“{url}” cannot be a server's address: {problem}.").format(url=url, problem=problem),
            detail=f"bad server url {url!r}",
        )
    if any(s.name.lower() == name.lower() for s in _office(policy)):
        raise PolicyLockedError(
            _("“{name}” is one of your organisation's servers; pick another name.").format(
                name=name
            ),
            detail="name taken by an office server",
        )
    key = (api_key or "").strip() or None
    source: KeySource = "none"
    env: str | None = None
    if api_key_env:
        env = api_key_env.strip()
        value = os.environ.get(env, "").strip()
        if not value:
            raise InputError(
                _("The environment variable {env} is not set, so there is no key to use.").format(
                    env=env
                ),
                hint=_("Set {env} to the server's API key and try again.").format(env=env),
                detail=f"{env} empty or unset",
            )
        key = value
    if key is not None:
        if _keyring_set(name, key):
            source, env = "keyring", None
        elif env:
            source = "env"
        else:
            raise SettingsError(
                _("This computer has no system keyring to keep the server's key safely."),
                hint=_(
                    "Put the key in an environment variable and add the server with "
                    "--api-key-env VARIABLE."
                ),
                detail="no usable keyring",
            )
    else:
        _keyring_delete(name)
    server = Server(name=name, url=normalise_url(url), key_source=source, key_env=env)
    own = [s for s in _read_own() if s.name.lower() != name.lower()]
    _write_own(own + [server])
    return server


def remove_server(name: str, *, policy: Policy | None) -> Server:
    """Remove one of one's own servers (and its key from the keyring).

    Raises:
        PolicyLockedError: it is an office server.
        InputError: there is no such server of one's own.
        SettingsError: the list could not be saved.
    """
    if any(s.name.lower() == name.lower() for s in _office(policy)):
        raise PolicyLockedError(
            _(
                "“{name}” is one of your organisation's servers; only your IT contact can "
                "remove it."
            ).format(name=name),
            detail="office server",
        )
    own = _read_own()
    found = [s for s in own if s.name.lower() == name.lower()]
    if not found:
        raise InputError(_("There is no server of your own called “{name}”.").format(name=name),
                         hint=_("List the servers with: slm-playground server list."),
                         detail=f"unknown server {name!r}")
    _write_own([s for s in own if s not in found])
    _keyring_delete(found[0].name)
    return found[0]


# --- keys in the keyring ----------------------------------------------------------------


def _backend() -> Any | None:
    from desktop.core.config.settings import _usable_keyring  # one rule for "usable"

    return _usable_keyring()


def _keyring_get(name: str) -> str | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(KEYRING_SERVICE, KEYRING_USER_PREFIX + name.lower())
    except Exception as exc:  # noqa: BLE001 - a broken keyring reads as "no key"
        log.info("keyring read failed (%s)", type(exc).__name__)
        return None
    return str(value) if value else None


def _keyring_set(name: str, key: str) -> bool:
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, KEYRING_USER_PREFIX + name.lower(), key)
    except Exception as exc:  # noqa: BLE001
        log.info("keyring write failed (%s)", type(exc).__name__)
        return False
    return True


def _keyring_delete(name: str) -> None:
    backend = _backend()
    if backend is not None:
        with contextlib.suppress(Exception):
            backend.delete_password(KEYRING_SERVICE, KEYRING_USER_PREFIX + name.lower())

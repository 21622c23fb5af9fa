"""The ``[servers]`` section of the admin policy: the office's model servers and the rules.

Kept apart from :mod:`desktop.core.config.policy` (which calls :func:`parse_servers`) so the
server rules live in one place. The keys, for IT (``docs/policy.md``)::

    [servers]
    enabled = true          # false: no server models at all (only this computer's models)
    allow_adding = false    # false: only the servers listed here, people cannot add others

    [[servers.office]]
    name = "office"                          # what people see: "On office"
    url = "https://gpu.example.org/v1"       # the OpenAI-compatible API's base URL
    api_key_env = "OFFICE_LLM_KEY"           # optional: the key comes from this variable
    # api_key_file = "/etc/slm-playground/office.key"   # or from this file

Problems never raise: each is reported through the ``bad`` callback and the entry skipped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

#: Keys of the ``[servers]`` section.
SERVER_KEYS = frozenset({"enabled", "allow_adding", "office"})
#: Keys of one ``[[servers.office]]`` entry.
OFFICE_KEYS = frozenset({"name", "url", "api_key_env", "api_key_file"})
#: A server's name: shown to people and used in ``server:NAME/MODEL`` (no slash).
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


@dataclass(frozen=True)
class OfficeServer:
    """A server the organisation's policy defines.

    Attributes:
        name: the name people see.
        url: the OpenAI-compatible API's base URL.
        api_key_env: the environment variable holding the key, if any.
        api_key_file: a file holding the key, if any.
    """

    name: str
    url: str
    api_key_env: str | None = None
    api_key_file: Path | None = None


def server_url_problem(url: object) -> str | None:
    """Why ``url`` cannot be a server's base URL (``None``: it can)."""
    if not isinstance(url, str) or not url.strip():
        return "expected a web address such as https://server.example.org/v1"
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "expected an http:// or https:// address with a host name"
    if parts.username or parts.password:
        return "the address must not contain a user name or password (use an API key)"
    if parts.query or parts.fragment:
        return "the address must not contain ? or #"
    return None


def parse_servers(
    section: Mapping[str, Any], bad: Callable[[str, Any, str], None]
) -> dict[str, Any]:
    """Turn the ``[servers]`` section into :class:`~desktop.core.config.policy.Policy` fields.

    Args:
        section: the parsed section.
        bad: called as ``bad(key, value, why)`` for each problem.

    Returns:
        Values for ``servers_enabled``, ``servers_allow_adding`` and ``office_servers``
        (only the keys that were set and usable).
    """
    out: dict[str, Any] = {}
    for key, field_name in (("enabled", "servers_enabled"),
                            ("allow_adding", "servers_allow_adding")):
        if key in section:
            if isinstance(section[key], bool):
                out[field_name] = section[key]
            else:
                bad(f"servers.{key}", section[key], "expected true/false")
                out[field_name] = False  # fail closed
    if "office" not in section:
        return out
    entries = section["office"]
    if isinstance(entries, dict):
        entries = [entries]
    if not isinstance(entries, list):
        bad("servers.office", entries, "expected [[servers.office]] entries")
        return out
    servers: list[OfficeServer] = []
    for i, entry in enumerate(entries):
        where = f"servers.office[{i}]"
        if not isinstance(entry, dict):
            bad(where, entry, "expected a table with name and url")
            continue
        for key in entry:
            if key not in OFFICE_KEYS:
                bad(f"{where}.{key}", entry[key], "unknown key, ignored")
        name, url = entry.get("name"), entry.get("url")
        if not isinstance(name, str) or not NAME_RE.match(name):
            bad(f"{where}.name", name, "expected a short name (letters, digits, - _ .)")
            continue
        problem = server_url_problem(url)
        if problem is not None:
            bad(f"{where}.url", url, problem)
            continue
        if any(s.name.lower() == name.lower() for s in servers):
            bad(f"{where}.name", name, "a server of this name is listed already")
            continue
        env = entry.get("api_key_env")
        if env is not None and (not isinstance(env, str) or not env.strip()):
            bad(f"{where}.api_key_env", env, "expected the name of an environment variable")
            env = None
        file = entry.get("api_key_file")
        key_file: Path | None = None
        if file is not None:
            if isinstance(file, str) and file.strip():
                key_file = Path(os.path.expandvars(file.strip())).expanduser()
            else:
                bad(f"{where}.api_key_file", file, "expected a file path")
        assert isinstance(url, str)
        servers.append(OfficeServer(name=name, url=url.strip(),
                                    api_key_env=env.strip() if env else None,
                                    api_key_file=key_file))
    out["office_servers"] = tuple(servers)
    return out

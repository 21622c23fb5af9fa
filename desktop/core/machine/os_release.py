"""Which Linux distribution this is, from ``/etc/os-release``, and its package manager."""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

PackageManager = Literal["apt", "dnf", "zypper", "pacman"]

#: Where the distribution is described (the first that exists wins; freedesktop.org spec).
OS_RELEASE_PATHS = (Path("/etc/os-release"), Path("/usr/lib/os-release"))

# ID / ID_LIKE words of /etc/os-release -> package manager. ID_LIKE names the parent
# distribution ("ubuntu debian", "rhel centos fedora", "suse opensuse"), so derivatives
# (Mint, Pop!_OS, Kali, Rocky, Alma, Oracle, Amazon Linux, Manjaro, EndeavourOS) need no entry.
_MANAGER_BY_ID: Mapping[str, PackageManager] = {
    "debian": "apt",
    "ubuntu": "apt",
    "raspbian": "apt",
    "fedora": "dnf",
    "rhel": "dnf",
    "centos": "dnf",
    "suse": "zypper",
    "opensuse": "zypper",
    "sles": "zypper",
    "arch": "pacman",
}


@dataclass(frozen=True)
class OsRelease:
    """The parts of ``/etc/os-release`` we use.

    Attributes:
        id: ``ID`` (``"debian"``, ``"fedora"``, ``"opensuse-leap"``), lower case.
        id_like: ``ID_LIKE`` words (``("rhel", "centos", "fedora")``).
        name: ``PRETTY_NAME`` (or ``NAME``), for messages.
        version_id: ``VERSION_ID`` (may be empty on rolling releases).
    """

    id: str
    id_like: tuple[str, ...] = ()
    name: str = ""
    version_id: str = ""


def parse_os_release(text: str) -> OsRelease:
    """Parse an ``os-release`` file (shell-style ``KEY=value`` lines, quoted or not).

    Comments, blank lines and malformed lines are ignored; missing keys are empty.
    """
    values: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, raw = line.partition("=")
        try:
            words = shlex.split(raw, comments=False, posix=True)
        except ValueError:
            words = [raw.strip("\"'")]
        values[key.strip()] = " ".join(words)
    return OsRelease(
        id=values.get("ID", "").lower(),
        id_like=tuple(values.get("ID_LIKE", "").lower().split()),
        name=values.get("PRETTY_NAME") or values.get("NAME", ""),
        version_id=values.get("VERSION_ID", ""),
    )


def read_os_release(paths: Iterable[Path] = OS_RELEASE_PATHS) -> OsRelease | None:
    """This computer's distribution, or ``None`` when no ``os-release`` file can be read."""
    for path in paths:
        try:
            return parse_os_release(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue
    return None


def package_manager(release: OsRelease | None) -> PackageManager | None:
    """The package manager of a distribution (``None``: not one we give commands for).

    ``ID`` decides first, then each ``ID_LIKE`` word in order; ``opensuse-leap`` and
    ``opensuse-tumbleweed`` count as ``opensuse``.
    """
    if release is None:
        return None
    for word in (release.id, *release.id_like):
        base = "opensuse" if word.startswith("opensuse") else word
        manager = _MANAGER_BY_ID.get(base)
        if manager is not None:
            return manager
    return None

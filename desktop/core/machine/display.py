"""Can this Linux computer open the window? Qt's platform plugin and the system libraries it needs.

On Linux the window is drawn through Qt's ``xcb`` (X11) or ``wayland`` platform plugin. The
plugins come with PySide6 (and with the bundle), but the system libraries they link against
(``libxcb-cursor.so.0``, ``libxcb-icccm.so.4``, ...) do not, and a fresh desktop often lacks
a few. Qt then prints only "Could not load the Qt platform plugin "xcb" ... even though it was
found" and exits. :func:`check_display` asks the dynamic loader (``ldd``) which libraries the
plugin cannot find *before* any Qt code runs, and turns them into plain words plus the exact
install command for this distribution (apt, dnf, zypper or pacman, from ``/etc/os-release``).

Qt-free: the caller passes Qt's plugin folder (``.../PySide6/Qt/plugins``) and applies the
answer (e.g. ``QT_QPA_PLATFORM=wayland`` when X11 cannot load but Wayland can).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from desktop.core.i18n import _
from desktop.core.machine.os_release import (
    OsRelease,
    PackageManager,
    package_manager,
    read_os_release,
)
from desktop.core.machine.system_packages import missing_advice

log = logging.getLogger("desktop.core.machine.display")

#: File names of Qt's Linux platform plugins, inside ``<plugins>/platforms/``.
XCB_PLUGIN = "libqxcb.so"
WAYLAND_PLUGINS = ("libqwayland.so", "libqwayland-generic.so", "libqwayland-egl.so")

#: Platforms that draw no window on a screen: nothing to check (tests, servers, ``selftest``).
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc"})

# Libraries that come with PySide6 (and the bundle) themselves: if one is missing, the
# program's own files are incomplete and no system package helps.
_OWN_LIBRARY = re.compile(r"^lib(?:Qt6|icu|pyside6|shiboken6)", re.IGNORECASE)


# --- libraries -----------------------------------------------------------------------------


def parse_ldd(text: str) -> tuple[str, ...]:
    """The libraries ``ldd`` reports as ``not found``, each once, in the order listed."""
    missing: list[str] = []
    for line in text.splitlines():
        name, sep, where = line.strip().partition("=>")
        if sep and where.strip() == "not found":
            name = name.strip()
            if name and name not in missing:
                missing.append(name)
    return tuple(missing)


#: Runs ``ldd`` on a library and returns its output, or ``None`` when it cannot be run.
LddRunner = Callable[[Path, Mapping[str, str] | None], str | None]


def run_ldd(library: Path, env: Mapping[str, str] | None = None) -> str | None:
    """``ldd``'s output for a library, or ``None`` when ``ldd`` is missing or fails.

    ``ldd`` asks the dynamic loader to resolve every dependency without running any of the
    library's code, honouring ``LD_LIBRARY_PATH`` and the library's own ``RUNPATH``, so the
    answer is the one the real load would get.
    """
    ldd = shutil.which("ldd", path=(env or os.environ).get("PATH"))
    if ldd is None:
        log.info("ldd not found; cannot check the libraries of %s", library)
        return None
    try:
        done = subprocess.run(
            [ldd, str(library)],
            env=dict(env) if env is not None else None,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("ldd %s failed: %s", library, exc)
        return None
    if done.returncode != 0 and "=>" not in done.stdout:
        log.warning("ldd %s exited %s: %s", library, done.returncode, done.stderr.strip()[:300])
        return None
    return done.stdout


def missing_libraries(
    library: Path, *, env: Mapping[str, str] | None = None, ldd: LddRunner = run_ldd
) -> tuple[str, ...] | None:
    """Shared libraries that ``library`` needs and this computer cannot find.

    Returns:
        The missing file names (``("libxcb-icccm.so.4", ...)``; empty: all found), or
        ``None`` when it cannot be told (no ``ldd``, not a library).
    """
    output = ldd(library, env)
    return None if output is None else parse_ldd(output)


def is_own_library(name: str) -> bool:
    """True for libraries that ship with PySide6 / the bundle (``libQt6Gui.so.6``)."""
    return bool(_OWN_LIBRARY.match(name))


# --- the check -----------------------------------------------------------------------------

Status = Literal["ok", "not-needed", "skipped", "wayland", "missing", "no-display", "unknown"]


@dataclass(frozen=True)
class DisplayCheck:
    """The answer of :func:`check_display`.

    Attributes:
        ok: False only when the window certainly cannot open (then ``message`` and ``hint``
            say why and what to do). Unknowns are ``ok`` (we never block on a guess).
        status: ``"ok"`` (X11 loads), ``"wayland"`` (X11 cannot load, Wayland can: use it),
            ``"missing"`` (libraries missing), ``"no-display"`` (no desktop session),
            ``"skipped"`` (a headless Qt platform was asked for), ``"not-needed"`` (not
            Linux), ``"unknown"`` (plugin or ``ldd`` not found).
        platform: the Qt platform checked (``"xcb"``, ``"wayland"``) or asked for.
        missing: system libraries that cannot be found (file names).
        own_missing: libraries of PySide6 / the bundle itself that cannot be found.
        packages: what to install for ``missing``, for ``package_manager``.
        command: the exact install command, when the distribution is known.
        package_manager: ``"apt"``, ``"dnf"``, ``"zypper"``, ``"pacman"`` or ``None``.
        distribution: the distribution's name, for messages and the log.
        use_platform: a ``QT_QPA_PLATFORM`` value the caller should set before Qt starts
            (``"wayland"`` for the fallback), else ``None``.
        message: plain words for people (empty when there is nothing to say).
        hint: what to do about it.
    """

    ok: bool
    status: Status
    platform: str = ""
    missing: tuple[str, ...] = ()
    own_missing: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()
    command: str | None = None
    package_manager: PackageManager | None = None
    distribution: str = ""
    use_platform: str | None = None
    message: str = ""
    hint: str = ""
    commands: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (for ``selftest --json`` and install scripts)."""
        return {
            "ok": self.ok,
            "status": self.status,
            "platform": self.platform,
            "missing": list(self.missing),
            "own_missing": list(self.own_missing),
            "packages": list(self.packages),
            "command": self.command,
            "package_manager": self.package_manager,
            "distribution": self.distribution,
            "use_platform": self.use_platform,
            "message": self.message,
            "hint": self.hint,
            "commands": dict(self.commands),
        }


def find_plugin(plugins_dir: Path | None, names: Iterable[str]) -> Path | None:
    """The first of ``names`` in ``<plugins_dir>/platforms/``, or ``None``."""
    if plugins_dir is None:
        return None
    for name in names:
        candidate = plugins_dir / "platforms" / name
        if candidate.is_file():
            return candidate
    return None


def check_display(
    plugins_dir: Path | None,
    *,
    env: Mapping[str, str] | None = None,
    os_release: OsRelease | None = None,
    require_display: bool = False,
    system: str | None = None,
    ldd: LddRunner = run_ldd,
) -> DisplayCheck:
    """Check that Qt can open a window on this computer, before any Qt code runs.

    Args:
        plugins_dir: Qt's plugin folder (the one holding ``platforms/``); ``None`` when it
            could not be found (the check then answers "unknown", ``ok``).
        env: the environment Qt will see (``QT_QPA_PLATFORM``, ``DISPLAY``,
            ``WAYLAND_DISPLAY``, ``LD_LIBRARY_PATH``); default ``os.environ``.
        os_release: the distribution; default read from ``/etc/os-release``.
        require_display: also fail when no desktop session is reachable (no ``DISPLAY``
            nor ``WAYLAND_DISPLAY``): right for opening the window, wrong for ``selftest``
            over SSH, which checks the libraries only.
        system: ``sys.platform`` value to check for (tests); only Linux is checked.
        ldd: how ``ldd`` is run (tests may replay a recorded output).

    Returns:
        A :class:`DisplayCheck`. ``QT_QPA_PLATFORM=offscreen`` (or ``minimal``) skips the
        check; an explicit ``xcb`` or ``wayland`` checks that plugin without a fallback.
        When X11 cannot load but ``WAYLAND_DISPLAY`` is set and the Wayland plugin loads,
        the answer is ``ok`` with ``use_platform="wayland"``.
    """
    env = os.environ if env is None else env
    system = sys.platform if system is None else system
    if not system.startswith("linux"):
        return DisplayCheck(ok=True, status="not-needed")
    asked = env.get("QT_QPA_PLATFORM", "").strip()
    asked_name = asked.split(":", 1)[0].strip().lower()
    if asked and asked_name not in ("xcb", "wayland"):
        # offscreen, minimal, eglfs, vnc or a fallback list: the person chose; not ours to judge.
        return DisplayCheck(ok=True, status="skipped", platform=asked)
    has_x11 = bool(env.get("DISPLAY", "").strip())
    has_wayland = bool(env.get("WAYLAND_DISPLAY", "").strip())
    if require_display and not (has_x11 or has_wayland):
        return DisplayCheck(
            ok=False,
            status="no-display",
            platform=asked_name or "xcb",
            message=_("SLM Playground cannot open its window: no desktop screen was found "
                      "(neither DISPLAY nor WAYLAND_DISPLAY is set)."),
            hint=_("Start it from the desktop (the applications menu or a terminal in the "
                   "desktop session). Over SSH, use `ssh -X`, or use the commands that need "
                   "no window: `slm-playground --help`."),
        )
    release = os_release if os_release is not None else read_os_release()
    manager = package_manager(release)
    distribution = release.name if release is not None else ""
    primary = asked_name or "xcb"
    names = (XCB_PLUGIN,) if primary == "xcb" else WAYLAND_PLUGINS
    plugin = find_plugin(plugins_dir, names)
    if plugin is None:
        log.info("Qt %s platform plugin not found under %s; not checked", primary, plugins_dir)
        return DisplayCheck(
            ok=True,
            status="unknown",
            platform=primary,
            package_manager=manager,
            distribution=distribution,
        )
    found = missing_libraries(plugin, env=env, ldd=ldd)
    if not found:
        return DisplayCheck(
            ok=True,
            status="unknown" if found is None else "ok",
            platform=primary,
            package_manager=manager,
            distribution=distribution,
        )
    log.warning("Qt %s plugin %s cannot load; missing: %s", primary, plugin, ", ".join(found))
    if not asked and has_wayland:
        wayland = find_plugin(plugins_dir, WAYLAND_PLUGINS)
        wayland_missing = (
            missing_libraries(wayland, env=env, ldd=ldd) if wayland is not None else None
        )
        if wayland_missing == ():
            log.warning("X11 cannot load; using Qt's Wayland platform instead")
            return DisplayCheck(
                ok=True,
                status="wayland",
                platform="wayland",
                missing=tuple(n for n in found if not is_own_library(n)),
                own_missing=tuple(n for n in found if is_own_library(n)),
                package_manager=manager,
                distribution=distribution,
                use_platform="wayland",
            )
        log.info("Wayland fallback not possible; its plugin misses %s", wayland_missing)
    missing = tuple(n for n in found if not is_own_library(n))
    own_missing = tuple(n for n in found if is_own_library(n))
    message, hint, packages, command, commands = missing_advice(
        missing, own_missing, manager, distribution
    )
    return DisplayCheck(
        ok=False,
        status="missing",
        platform=primary,
        missing=missing,
        own_missing=own_missing,
        packages=packages,
        command=command,
        package_manager=manager,
        distribution=distribution,
        message=message,
        hint=hint,
        commands=commands,
    )

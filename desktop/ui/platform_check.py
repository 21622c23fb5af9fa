"""Before the QApplication: can Qt open a window here? If not, say plainly what to install.

Runs before any Qt library is loaded (a missing system library can make even
``import PySide6.QtWidgets`` fail), so it finds Qt's plugin folder by path, never by importing
Qt. The check itself is :func:`desktop.core.machine.display.check_display`; this module adds
what needs Qt knowledge or the desktop: where PySide6 (or the bundle) keeps its plugins, the
Wayland fallback applied to the environment, and showing the advice to someone who started
the app from the applications menu, where nobody sees stderr (zenity, kdialog, xmessage or a
notification, whichever the desktop has).

Used by the app command (``slm-playground`` with no command, also the bundle's launcher) and by
``slm-playground selftest`` / ``selftest --gui``.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path

from desktop.core.i18n import _
from desktop.core.machine.display import (
    XCB_PLUGIN,
    DisplayCheck,
    LddRunner,
    check_display,
    find_plugin,
    run_ldd,
)

log = logging.getLogger("desktop.ui.platform_check")

TITLE = "SLM Playground"


def qt_plugins_dir(env: Mapping[str, str] | None = None) -> Path | None:
    """Qt's plugin folder (holding ``platforms/``) as Qt will use it, without importing Qt.

    Looks in the bundle (``sys._MEIPASS/PySide6/Qt/plugins``), then in ``QT_PLUGIN_PATH``
    (the bundle sets it to the same folder), then in the installed PySide6 package. The first
    folder with the X11 plugin wins, else the first with a ``platforms`` folder; ``None``
    when there is none.
    """
    env = os.environ if env is None else env
    candidates: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "PySide6" / "Qt" / "plugins")
    candidates.extend(Path(p) for p in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p)
    try:
        spec = importlib.util.find_spec("PySide6")  # finds the package; loads no Qt library
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        candidates.extend(Path(p) / "Qt" / "plugins" for p in spec.submodule_search_locations)
    with_platforms = [c for c in candidates if (c / "platforms").is_dir()]
    for candidate in with_platforms:
        if find_plugin(candidate, (XCB_PLUGIN,)) is not None:
            return candidate
    return with_platforms[0] if with_platforms else None


def check_platform(
    *,
    require_display: bool,
    env: MutableMapping[str, str] | None = None,
    ldd: LddRunner = run_ldd,
) -> DisplayCheck:
    """Check that Qt can open a window, and apply the Wayland fallback to ``env``.

    Args:
        require_display: also fail without a desktop session (right for opening the window).
        env: the environment to check and to set ``QT_QPA_PLATFORM`` in; ``os.environ``.
        ldd: how ``ldd`` is run (tests replay recorded outputs).
    """
    env = os.environ if env is None else env
    result = check_display(qt_plugins_dir(env), env=env, require_display=require_display, ldd=ldd)
    if result.use_platform:
        env["QT_QPA_PLATFORM"] = result.use_platform
        log.warning(
            "X11 cannot be used (missing %s); Qt will use %s",
            ", ".join(result.missing + result.own_missing),
            result.use_platform,
        )
    elif not result.ok:
        log.error("window cannot open: %s %s", result.message, " ".join(result.missing))
    return result


def advice_text(result: DisplayCheck) -> str:
    """The message and the hint as one text, ready for stderr or a dialog."""
    return f"{result.message}\n\n{result.hint}".strip()


def _system_tool_env(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` for a program of the system: without the bundle's library folder.

    A frozen bundle runs with ``LD_LIBRARY_PATH`` pointing into it (PyInstaller keeps the
    original in ``LD_LIBRARY_PATH_ORIG``); a system dialog tool must not load our copies.
    """
    clean = dict(env)
    if "LD_LIBRARY_PATH_ORIG" in clean:
        clean["LD_LIBRARY_PATH"] = clean.pop("LD_LIBRARY_PATH_ORIG")
    elif getattr(sys, "frozen", False):
        clean.pop("LD_LIBRARY_PATH", None)
    return clean


def show_without_qt(text: str, *, env: Mapping[str, str] | None = None) -> str | None:
    """Show ``text`` in a dialog of the desktop's own tools, since Qt cannot.

    Tries zenity (GNOME and most others), kdialog (KDE), xmessage (any X11) and then a
    notification (notify-send). Waits until the dialog is closed.

    Returns:
        The name of the tool that showed it, or ``None`` when none could.
    """
    env = os.environ if env is None else env
    path = env.get("PATH")
    attempts = (
        ("zenity", ["--error", "--no-markup", "--width=640", f"--title={TITLE}", f"--text={text}"]),
        ("kdialog", ["--title", TITLE, "--error", text]),
        ("xmessage", ["-center", "-buttons", "OK:0", text]),
        ("notify-send", ["--urgency=critical", TITLE, text]),
    )
    for tool, args in attempts:
        exe = shutil.which(tool, path=path)
        if exe is None:
            continue
        try:
            done = subprocess.run(
                [exe, *args],
                env=_system_tool_env(env),
                capture_output=True,
                timeout=3600,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            log.info("%s could not show the message: %s", tool, exc)
            continue
        # zenity and kdialog return 1 when closed with the window's X button: still shown.
        if done.returncode == 0 or (done.returncode == 1 and tool in ("zenity", "kdialog")):
            return tool
        log.info("%s exited %s", tool, done.returncode)
    return None


def _on_a_terminal() -> bool:
    stream = sys.stderr
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def ensure_window_can_open() -> int | None:
    """The app command's check before the QApplication exists.

    Returns:
        ``None`` when the window can open (``QT_QPA_PLATFORM`` may now say ``wayland``);
        otherwise prints the advice (and shows it in a dialog when not started from a
        terminal) and returns the exit code ``1``.
    """
    result = check_platform(require_display=True)
    if result.ok:
        return None
    text = advice_text(result)
    if sys.stderr is not None:
        print(_("Error: {message}").format(message=text), file=sys.stderr)
    if not _on_a_terminal() and result.status != "no-display":
        show_without_qt(text)
    return 1

"""Window size and place from the screens that are really there.

A first launch opens at a comfortable size that fits the available area of the screen
the window appears on (the part not taken by task bars), centred. A saved size and place is
used only when it still fits one of the current screens (a laptop taken off its large
monitor must not open the window half off-screen).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: The size the window would like on a large screen.
PREFERRED = QSize(1280, 820)
#: Room left around the window on a screen that is smaller than :data:`PREFERRED`.
MARGIN = 16


def fitted_rect(
    available: QRect, preferred: QSize = PREFERRED, minimum: QSize | None = None
) -> QRect:
    """The window's frame rectangle: ``preferred`` shrunk to fit ``available``, centred.

    Never smaller than ``minimum`` where given, and never larger than ``available``.
    """
    def room(length: int, want: int) -> int:
        if length >= want + 2 * MARGIN:
            return want
        return max(1, length - 2 * MARGIN) if length > 4 * MARGIN else max(1, length)

    w = room(available.width(), preferred.width())
    h = room(available.height(), preferred.height())
    if minimum is not None:
        w = max(w, min(minimum.width(), available.width()))
        h = max(h, min(minimum.height(), available.height()))
    x = available.x() + (available.width() - w) // 2
    y = available.y() + (available.height() - h) // 2
    return QRect(x, y, w, h)


def fits_a_screen(rect: QRect, screens: list[QRect]) -> bool:
    """True when ``rect`` lies wholly inside the available area of one screen."""
    return any(area.contains(rect) for area in screens)


def available_areas() -> list[QRect]:
    """The available geometry (without task bars) of every connected screen."""
    return [s.availableGeometry() for s in QGuiApplication.screens()]


def _screen_for(window: QWidget) -> QScreen | None:
    handle = window.windowHandle()
    screen = handle.screen() if handle is not None else None
    return screen or window.screen() or QGuiApplication.primaryScreen()


def place_window(window: QWidget, saved: QByteArray | bytes | None = None) -> bool:
    """Size and place ``window`` on its screen; use ``saved`` geometry only if it fits.

    Returns True when the saved geometry was used. The frame (title bar, borders) is not
    known before the window is shown, so the client area gets the fitted size less a
    typical title bar.
    """
    screen = _screen_for(window)
    if screen is None:
        window.resize(PREFERRED)
        return False
    areas = available_areas() or [screen.availableGeometry()]
    if saved:
        before = window.geometry()
        if window.restoreGeometry(QByteArray(saved)) and fits_a_screen(window.geometry(), areas):
            return True
        window.setGeometry(before)
    area = screen.availableGeometry()
    frame = fitted_rect(area, PREFERRED)
    title_bar = 32 if frame.height() > 200 else 0
    border = 4 if frame.width() < area.width() else 0
    # a minimum size larger than the screen would push the window off it
    minimum = window.minimumSize()
    if minimum.width() > frame.width() or minimum.height() > frame.height() - title_bar:
        window.setMinimumSize(
            QSize(
                min(minimum.width(), frame.width()),
                min(minimum.height(), frame.height() - title_bar),
            )
        )
    window.resize(frame.width() - 2 * border, frame.height() - title_bar)
    window.move(frame.x(), frame.y())
    return False

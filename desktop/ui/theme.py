"""The window's look: the system theme plus a few calm touches, light or dark.

Colours are derived from the application palette so the same style sheet reads well in a
light and a dark system theme. Only spacing, type sizes and accents are added.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f6fde"


def _mix(a: QColor | str, b: QColor | str, t: float) -> str:
    """Blend ``a`` toward ``b`` by ``t`` (0..1) and return a hex colour."""
    a, b = QColor(a), QColor(b)
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    ).name()


def is_dark(palette: QPalette) -> bool:
    """True when the window background is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(palette: QPalette) -> str:
    """The application style sheet for this palette."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    muted = _mix(text, window, 0.42)
    border = _mix(text, window, 0.82)
    sidebar = _mix(window, text, 0.04 if not dark else 0.06)
    card = base.name()
    selected = _mix(window, QColor(ACCENT), 0.16 if not dark else 0.35)
    error_bg = "#fdecec" if not dark else "#4a1f1f"
    error_fg = "#8f1d1d" if not dark else "#ffd7d7"
    notice_bg = "#fff6df" if not dark else "#3d3218"
    return f"""
QWidget#sidebar {{ background: {sidebar}; border-right: 1px solid {border}; }}
QLabel#appName {{ font-size: 13pt; font-weight: 600; padding: 4px 6px 14px 6px; }}
QListWidget#nav {{ border: none; background: transparent; outline: 0; font-size: 11pt; }}
QListWidget#nav::item {{ padding: 9px 12px; margin: 1px 0px; border-radius: 7px; }}
QListWidget#nav::item:selected {{ background: {selected}; color: {text.name()};
    font-weight: 600; }}
QListWidget#nav::item:hover:!selected {{ background: {_mix(sidebar, text.name(), 0.05)}; }}
QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; }}
QLabel#pageSubtitle, QLabel#muted, QLabel#metricCaption, QLabel#meterCaption
    {{ color: {muted}; }}
QLabel#metricCaption, QLabel#meterCaption {{ font-size: 8.5pt; }}
QLabel#metricValue {{ font-weight: 600; }}
QFrame#pane {{ background: {card}; border: 1px solid {border}; border-radius: 10px; }}
QFrame#card {{ background: {card}; border: 1px solid {border}; border-radius: 10px; }}
QPlainTextEdit#answer {{ border: none; background: transparent; }}
QPlainTextEdit#prompt {{ border: 1px solid {border}; border-radius: 8px; padding: 6px;
    background: {card}; }}
QLabel#orgBanner {{ background: {notice_bg}; padding: 8px 24px; }}
QLabel#paneStatus {{ color: {muted}; }}
QLabel#paneStatus[state="waiting"] {{ color: #9a6700; font-weight: 600; }}
QLabel#paneStatus[state="error"] {{ color: {error_fg}; font-weight: 600; }}
QLabel#paneStatus[state="writing"] {{ color: {ACCENT}; }}
QLabel#errorBox {{ background: {error_bg}; color: {error_fg}; border-radius: 8px;
    padding: 8px 10px; }}
QLabel#notice {{ background: {notice_bg}; border-radius: 8px; padding: 8px 10px; }}
QFrame#meterStrip {{ background: {sidebar}; border-top: 1px solid {border}; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT};
    border-radius: 6px; padding: 6px 22px; font-weight: 600; }}
QPushButton#primary:disabled {{ background: {_mix(QColor(ACCENT), window, 0.55)};
    border-color: {_mix(QColor(ACCENT), window, 0.55)}; }}
QPushButton#primary:hover {{ background: {_mix(QColor(ACCENT), text, 0.12)}; }}
QTableView#modelList {{ border: 1px solid {border}; border-radius: 8px; background: {card};
    selection-background-color: {selected}; selection-color: {text.name()}; }}
QHeaderView::section {{ padding: 6px 8px; border: none; border-bottom: 1px solid {border};
    background: {card}; color: {muted}; font-weight: 600; }}
QToolTip {{ padding: 4px 6px; }}
"""


def apply_theme(app: QApplication) -> None:
    """Apply readable font sizes and the style sheet to ``app`` (follows the system theme)."""
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(style_sheet(app.palette()))

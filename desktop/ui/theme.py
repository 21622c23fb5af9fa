"""The window's look: the system theme plus a few calm touches, light or dark.

Colours are derived from the application palette so the same style sheet reads well in a
light, a dark and a high-contrast system theme (there the accent is the system's own
highlight colour). Only spacing, type sizes, accents and a visible keyboard focus ring on
every control are added. The text size follows the ``font_scale`` setting
(:func:`apply_text_size`).
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


def _luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; 4.5 is enough for body text)."""
    la, lb = _luminance(QColor(a)), _luminance(QColor(b))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def legible(colour: QColor | str, backgrounds: list[QColor], text: QColor) -> str:
    """``colour``, moved toward the text colour until it reads (4.5:1) on every background."""
    for step in range(11):
        candidate = _mix(colour, text, step / 10)
        if all(contrast(candidate, b) >= 4.5 for b in backgrounds):
            return candidate
    return text.name()


def is_high_contrast(palette: QPalette) -> bool:
    """True for a high-contrast system theme (black and white: 20:1 or more; an ordinary
    light theme, black on light grey, is about 18:1)."""
    return contrast(
        palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    ) >= 20 and contrast(
        palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Window)
    ) >= 3


def style_sheet(palette: QPalette, scale: float = 1.0) -> str:
    """The application style sheet for this palette and text size (``scale`` 1.0 = normal)."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    high = is_high_contrast(palette)
    accent = palette.color(QPalette.ColorRole.Highlight).name() if high else ACCENT
    on_accent = (
        palette.color(QPalette.ColorRole.HighlightedText).name() if high else "#ffffff"
    )
    # the focus ring: the accent where it stands out from the window, else the text colour
    focus = accent if contrast(accent, window) >= 3 else text.name()
    # a blue button shows focus by a ring that differs from its own colour
    primary_ring = text.name() if dark else _mix(QColor(accent), QColor("#000000"), 0.6)
    button = palette.color(QPalette.ColorRole.Button).name()
    muted = _mix(text, window, 0.30 if high else 0.42)
    border = _mix(text, window, 0.82)
    sidebar = _mix(window, text, 0.04 if not dark else 0.06)
    card = base.name()
    selected = _mix(window, QColor(accent), 0.16 if not dark else 0.35)
    waiting = legible("#7a4d00" if not dark else "#f2c14e", [window, base], text)
    writing = legible(accent, [window, base], text)
    error_bg = "#fdecec" if not dark else "#4a1f1f"
    error_fg = "#8f1d1d" if not dark else "#ffd7d7"
    notice_bg = "#fff6df" if not dark else "#3d3218"
    return f"""
QWidget#sidebar {{ background: {sidebar}; border-right: 1px solid {border}; }}
QLabel#appName {{ font-size: {pt(13)}; font-weight: 600; padding: 4px 6px 14px 6px; }}
QListWidget#nav {{ border: none; background: transparent; outline: 0; font-size: {pt(11)}; }}
QListWidget#nav::item {{ padding: 9px 12px; margin: 1px 0px; border-radius: 7px; }}
QListWidget#nav::item:selected {{ background: {selected}; color: {text.name()};
    font-weight: 600; }}
QListWidget#nav::item:hover:!selected {{ background: {_mix(sidebar, text.name(), 0.05)}; }}
QListWidget#nav::item:focus {{ border: 2px solid {focus}; padding: 7px 10px; }}
QLabel#pageTitle {{ font-size: {pt(17)}; font-weight: 600; }}
QLabel#pageSubtitle, QLabel#muted, QLabel#metricCaption, QLabel#meterCaption
    {{ color: {muted}; }}
QLabel#metricCaption, QLabel#meterCaption {{ font-size: {pt(8.5)}; }}
QLabel#metricValue {{ font-weight: 600; }}
QFrame#pane {{ background: {card}; border: 1px solid {border}; border-radius: 10px; }}
QFrame#card {{ background: {card}; border: 1px solid {border}; border-radius: 10px; }}
QPlainTextEdit#answer {{ border: none; background: transparent; }}
QPlainTextEdit#prompt {{ border: 1px solid {border}; border-radius: 8px; padding: 6px;
    background: {card}; }}
QLabel#orgBanner {{ background: {notice_bg}; padding: 8px 24px; }}
QWidget#orgBannerBox {{ background: {notice_bg}; }}
QPushButton#bannerClose {{ padding: 4px 10px; margin: 4px 8px; }}
QLabel#paneStatus {{ color: {muted}; }}
QLabel#paneStatus[state="waiting"] {{ color: {waiting}; font-weight: 600; }}
QLabel#paneStatus[state="error"] {{ color: {error_fg}; font-weight: 600; }}
QLabel#paneStatus[state="writing"] {{ color: {writing}; }}
QLabel#errorBox {{ background: {error_bg}; color: {error_fg}; border-radius: 8px;
    padding: 8px 10px; }}
QLabel#notice {{ background: {notice_bg}; border-radius: 8px; padding: 8px 10px; }}
QFrame#meterStrip {{ background: {sidebar}; border-top: 1px solid {border}; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton:focus {{ border: 2px solid {focus}; border-radius: 5px; background: {button};
    padding: 4px 12px; }}
QToolButton:focus, QComboBox:focus, QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QSlider:focus {{ border: 2px solid {focus}; border-radius: 4px; }}
QTableView:focus, QTreeView:focus, QListView:focus, QPlainTextEdit:focus, QTextEdit:focus,
QScrollArea:focus {{ border: 2px solid {focus}; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {focus}; border-radius: 4px;
    padding: 1px; }}
QPlainTextEdit#prompt:focus {{ border: 2px solid {focus}; }}
QPushButton#primary {{ background: {accent}; color: {on_accent}; border: 1px solid {accent};
    border-radius: 6px; padding: 6px 22px; font-weight: 600; }}
QPushButton#primary:focus {{ border: 3px solid {primary_ring}; padding: 4px 20px; }}
QPushButton#primary:disabled {{ background: {_mix(QColor(accent), window, 0.55)};
    border-color: {_mix(QColor(accent), window, 0.55)}; }}
QPushButton#primary:hover {{ background: {_mix(QColor(accent), text, 0.12)}; }}
QTableView#modelList {{ border: 1px solid {border}; border-radius: 8px; background: {card};
    selection-background-color: {selected}; selection-color: {text.name()}; }}
QHeaderView::section {{ padding: 6px 8px; border: none; border-bottom: 1px solid {border};
    background: {card}; color: {muted}; font-weight: 600; }}
QToolTip {{ padding: 4px 6px; }}
QToolButton[popupMode="2"] {{ padding: 4px 16px 4px 8px; border: 1px solid {border};
    border-radius: 5px; background: {button}; }}
QToolButton[popupMode="2"]::menu-indicator {{ subcontrol-position: right center;
    subcontrol-origin: padding; right: 4px; }}
QToolButton[popupMode="2"]:focus {{ border: 2px solid {focus}; }}
"""


#: the application font before any text-size setting, to scale from
_BASE_POINT_SIZE: list[float] = []


def apply_theme(app: QApplication, font_scale: float = 1.0) -> None:
    """Apply readable font sizes and the style sheet to ``app`` (follows the system theme).

    ``font_scale`` is the person's text size (the ``font_scale`` setting, 1.0 = normal).
    """
    if not _BASE_POINT_SIZE:
        _BASE_POINT_SIZE.append(max(10.0, app.font().pointSizeF()))
    scale = min(3.0, max(0.5, font_scale))
    font = QFont(app.font())
    font.setPointSizeF(_BASE_POINT_SIZE[0] * scale)
    app.setFont(font)
    app.setStyleSheet(style_sheet(app.palette(), scale))


def apply_text_size(app: QApplication, font_scale: float) -> None:
    """Change the window's text size now (1.0 normal, 1.25 larger, 1.5 largest)."""
    apply_theme(app, font_scale)

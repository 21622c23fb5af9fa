"""The fit badge: a colour *and* a word, so it reads without colour vision too.

Used as a widget (:class:`FitBadge`) in details panels and painted directly by the models
list delegate (:func:`paint_badge`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr


@dataclass(frozen=True)
class BadgeStyle:
    """Colours and the default word of one fit verdict."""

    word: str
    background: str
    foreground: str


BADGE_STYLES: dict[str, BadgeStyle] = {
    "runs_well": BadgeStyle(QT_TRANSLATE_NOOP("badge", "Runs well"), "#dff3e4", "#1b6b34"),
    "slow": BadgeStyle(QT_TRANSLATE_NOOP("badge", "Fits, but slow"), "#fff0cc", "#7a4d00"),
    "tight": BadgeStyle(QT_TRANSLATE_NOOP("badge", "Tight fit"), "#fff0cc", "#7a4d00"),
    "too_big": BadgeStyle(QT_TRANSLATE_NOOP("badge", "Too big"), "#fde2e1", "#a1241f"),
    "no_disk": BadgeStyle(QT_TRANSLATE_NOOP("badge", "Not enough disk"), "#fde2e1", "#a1241f"),
    "unsupported": BadgeStyle(QT_TRANSLATE_NOOP("badge", "Can't run here"), "#e9e9ec", "#4a4a52"),
    "unknown": BadgeStyle(QT_TRANSLATE_NOOP("badge", "Checking…"), "#e9e9ec", "#4a4a52"),
}


def badge_style(badge: str | None) -> BadgeStyle:
    """The style for a verdict (``None`` or an unknown name shows as "Checking…")."""
    return BADGE_STYLES.get(badge or "unknown", BADGE_STYLES["unknown"])


def badge_size(fm: QFontMetrics, text: str) -> QSize:
    """The pill size for ``text`` in the font of ``fm``."""
    return QSize(fm.horizontalAdvance(text) + 20, fm.height() + 6)


def paint_badge(
    painter: QPainter, rect: QRect, badge: str | None, label: str | None = None
) -> None:
    """Paint a rounded pill with a dot and the verdict word, left-aligned in ``rect``."""
    style = badge_style(badge)
    text = label or qtr("badge", style.word)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    fm = QFontMetrics(font)
    size = badge_size(fm, text)
    size.setWidth(size.width() + 10)
    pill = QRectF(
        rect.left(), rect.center().y() - size.height() / 2 + 0.5, size.width(), size.height()
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.background))
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
    painter.setBrush(QColor(style.foreground))
    dot = 6.0
    painter.drawEllipse(QRectF(pill.left() + 9, pill.center().y() - dot / 2, dot, dot))
    painter.setPen(QColor(style.foreground))
    text_rect = pill.adjusted(20, 0, -8, 0)
    painter.drawText(
        text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
    )
    painter.restore()


class FitBadge(QWidget):
    """A small pill showing a fit verdict; the plain reason is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._badge: str | None = None
        self._label: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_fit(self, badge: str | None, label: str | None = None, reason: str = "") -> None:
        """Show a verdict (``badge`` is a ``FitResult.badge`` value) and its reason."""
        self._badge = badge
        self._label = label
        self.setToolTip(reason)
        self.setAccessibleName(f"{self.text()}. {reason}".strip())
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """The word shown."""
        return self._label or qtr("badge", badge_style(self._badge).word)

    @property
    def badge(self) -> str | None:
        """The verdict name shown."""
        return self._badge

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Fit the word plus the dot."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        s = badge_size(QFontMetrics(font), self.text())
        return QSize(s.width() + 12, s.height() + 2)

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        """Paint the pill."""
        painter = QPainter(self)
        paint_badge(painter, self.rect(), self._badge, self._label)
        painter.end()

"""A PNG picture of the comparison panes (for pasting into an email or a report).

Uses :meth:`QWidget.grab`, so what is saved is exactly what the person sees (the
widget need not be on screen). The file is written through a temporary file and renamed,
so a failed save never leaves half a picture behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from desktop.core.history.export import ExportError


def grab_panes_png(
    widget: QWidget, path: str | os.PathLike[str], *, caption: str | None = None
) -> Path:
    """Save a PNG picture of ``widget`` (usually the compare page's pane area).

    Args:
        widget: the widget to picture, with its children.
        path: where to save; ``.png`` is added when the name has no suffix.
        caption: text drawn above the picture (the question the models answered), so the
            picture makes sense on its own in an email or a report.

    Returns:
        The file written.

    Raises:
        ExportError: the widget has nothing to show, or the file could not be written.
    """
    target = Path(path).expanduser()
    if not target.suffix:
        target = target.with_suffix(".png")
    pixmap = widget.grab()
    if pixmap.isNull() or pixmap.width() == 0 or pixmap.height() == 0:
        raise ExportError(
            "There is nothing to save as a picture yet.",
            hint="Run a comparison first, then save the picture.",
            detail=f"{type(widget).__name__} grabbed an empty pixmap",
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".png", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise ExportError(
            f"The picture {target.name} could not be saved.", detail=f"{target}: {exc}"
        ) from exc
    if caption:
        pixmap = _with_caption(pixmap, caption, widget)
    try:
        if not pixmap.save(tmp, "PNG"):
            raise OSError("QPixmap.save returned False")
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(
            f"The picture {target.name} could not be saved.", detail=f"{target}: {exc}"
        ) from exc
    return target


def _with_caption(pixmap: QPixmap, caption: str, widget: QWidget) -> QPixmap:
    """``pixmap`` with ``caption`` (wrapped, at most a few lines) drawn above it."""
    ratio = pixmap.devicePixelRatio()
    width = round(pixmap.width() / ratio)
    font = QFont(widget.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    margin = 10
    text = caption.strip()
    box = metrics.boundingRect(QRect(0, 0, width - 2 * margin, 10_000),
                               int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text)
    head = min(box.height(), metrics.lineSpacing() * 6) + 2 * margin
    out = QPixmap(round(width * ratio), round((pixmap.height() / ratio + head) * ratio))
    out.setDevicePixelRatio(ratio)
    out.fill(widget.palette().color(QPalette.ColorRole.Window))
    painter = QPainter(out)
    painter.setFont(font)
    painter.setPen(widget.palette().color(QPalette.ColorRole.WindowText))
    painter.drawText(QRect(margin, margin, width - 2 * margin, head - 2 * margin),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text)
    painter.drawPixmap(0, head, pixmap)
    painter.end()
    return out

"""A PDF of comparisons or conversations, printed by Qt (no extra dependency).

The content comes from :func:`desktop.core.history.export_office.runs_to_print_html` (the
question, instructions, each model's answer with its lines and lists, the numbers); Qt's
:class:`QTextDocument` lays it out on A4 pages and :class:`QPdfWriter` writes the file,
with fonts embedded so the text can be searched and copied. The file is written to a
temporary name and renamed, so a failed save never leaves half a PDF behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop import APP_NAME
from desktop.core.history.export import ExportError
from desktop.core.history.export_office import runs_to_print_html
from desktop.core.history.records import RunRecord
from desktop.ui.fmt import count
from desktop.ui.i18n import qtr


def html_to_pdf(html: str, path: str | os.PathLike[str], *, title: str = APP_NAME) -> Path:
    """Print simple rich-text HTML to a PDF file at ``path`` (``.pdf`` added if missing).

    Raises:
        ExportError: the file could not be written.
    """
    target = Path(path).expanduser()
    if not target.suffix:
        target = target.with_suffix(".pdf")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".pdf", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise ExportError(f"The PDF {target.name} could not be saved.",
                          detail=f"{target}: {exc}") from exc
    try:
        writer = QPdfWriter(tmp)
        writer.setTitle(title)
        writer.setCreator(APP_NAME)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15),
                                         QPageLayout.Unit.Millimeter))
        document = QTextDocument()
        document.setDocumentMargin(0)
        font = document.defaultFont()
        font.setFeature(QFont.Tag("liga"), 0)  # "office" copied from the PDF stays "office"
        document.setDefaultFont(font)
        document.setHtml(html)
        document.print_(writer)
        del writer  # finishes the file
        if os.path.getsize(tmp) == 0:
            raise OSError("Qt wrote an empty PDF")
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(f"The PDF {target.name} could not be saved.",
                          detail=f"{target}: {exc}") from exc
    return target


def export_runs_pdf(
    runs: Sequence[RunRecord], path: str | os.PathLike[str], *, reveal: bool | None = None
) -> Path:
    """Save comparisons (or conversations) as a PDF; returns where it was saved.

    Raises:
        ExportError: the file could not be written.
    """
    title = (
        qtr("export_pdf", "Comparison {id}").format(id=runs[0].id)
        if len(runs) == 1
        else qtr("export_pdf", "{count} comparisons").format(count=count(len(runs)))
    )
    return html_to_pdf(runs_to_print_html(runs, reveal=reveal), path, title=title)

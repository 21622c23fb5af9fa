"""A PDF of a task-test run's results, printed by Qt (no extra dependency).

The content comes from :func:`desktop.core.tasktests.export_office.run_to_print_html` (the
pack, date, models, recommendation, the table per model and every answer with why it passed
or failed); :func:`desktop.ui.export_pdf.html_to_pdf` lays it out on A4 pages and writes the
file atomically.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.tasktests.export_office import run_to_print_html
from desktop.core.tasktests.store import RunStore
from desktop.ui.export_pdf import html_to_pdf
from desktop.ui.i18n import qtr


def export_run_pdf(store: RunStore, path: str | os.PathLike[str]) -> Path:
    """Save a task-test run's results as a PDF; returns where it was saved.

    Raises:
        ExportError: the file could not be written.
    """
    title = qtr("export_tasktest_pdf", "Task test: {name}").format(name=store.pack.name)
    return html_to_pdf(run_to_print_html(store), path, title=title)

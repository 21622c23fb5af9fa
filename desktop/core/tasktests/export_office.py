"""Task-test results as a Word document (.docx) and as printable HTML (for the PDF).

Both give the same report: the pack's name, when the run started, the models, the plain
recommendation, a table per model (passed x of y, median time to first word, words per
second, peak memory), then per task every model's answer with its line breaks, whether it
passed, why a check failed and the person's judgement.

The PDF itself is printed by Qt (``desktop.ui.export_tasktest_pdf``) from
:func:`run_to_print_html`, a plain HTML subset that Qt's text engine lays out well.
"""

from __future__ import annotations

import html
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.history.display import format_when
from desktop.core.history.export_office import (
    add_lines,
    add_meta,
    document_bytes,
    exported_line,
    new_document,
    write_bytes_atomic,
)
from desktop.core.i18n import _, format_number
from desktop.core.tasktests.results import ModelSummary, TaskOutcome
from desktop.core.tasktests.store import RunStore
from desktop.core.units import format_bytes


def _title(store: RunStore) -> str:
    return _("Task test: {name}").format(name=store.pack.name)


def _date(store: RunStore) -> str:
    try:
        return format_when(datetime.fromisoformat(store.created_at))
    except ValueError:
        return store.created_at


def _meta_lines(store: RunStore) -> list[str]:
    models = ", ".join(m.name for m in store.models)
    lines = [
        _("Date: {when}").format(when=_date(store)),
        _("Models: {models}").format(models=models),
        _("Answers: {answered} of {total}").format(
            answered=format_number(store.answered), total=format_number(store.total)),
    ]
    if not store.finished:
        lines.append(_("This run did not finish; the results are for the answers so far."))
    return lines


def _headers() -> list[str]:
    return [_("Model"), _("Passed"), _("Failed"), _("Not judged"),
            _("First word (s, median)"), _("Words/s (median)"), _("Peak memory")]


def _row(s: ModelSummary) -> list[str]:
    def num(value: float | None, digits: int) -> str:
        return "" if value is None else format_number(value, digits)

    return [
        s.model,
        _("{passed} of {total}").format(
            passed=format_number(s.passed), total=format_number(s.total)),
        format_number(s.failed),
        format_number(s.unjudged),
        num(s.median_ttft_s, 2),
        num(s.median_words_per_s, 1),
        format_bytes(s.peak_rss_bytes) if s.peak_rss_bytes else "",
    ]


def _verdict(outcome: TaskOutcome | None) -> str:
    if outcome is None:
        return _("no answer yet")
    return {True: _("passed"), False: _("failed"), None: _("not judged")}[outcome.passed]


# --- Word -----------------------------------------------------------------------------------


def run_to_docx_bytes(store: RunStore) -> bytes:
    """The run's results as a Word document (the bytes of a .docx file)."""
    from docx.shared import Pt, RGBColor

    document = new_document(_title(store), _title(store))
    colours = {True: RGBColor(0x2E, 0x7D, 0x32), False: RGBColor(0xC6, 0x28, 0x28)}

    def meta(text: str) -> None:
        add_meta(document, text)

    def lines(paragraph: Any, text: str) -> None:
        add_lines(paragraph, text)

    for line in _meta_lines(store):
        meta(line)
    document.add_heading(_("Recommendation"), level=1)
    document.add_paragraph(store.recommendation()).runs[0].bold = True

    summaries = store.summaries()
    table = document.add_table(rows=1, cols=len(_headers()))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, _headers(), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for s in summaries:
        for cell, text in zip(table.add_row().cells, _row(s), strict=True):
            cell.text = text

    document.add_heading(_("Answers"), level=1)
    for task in store.pack.tasks:
        document.add_heading(task.label, level=2)
        lines(document.add_paragraph(), task.prompt)
        for index, model in enumerate(store.models):
            outcome = store.outcome(index, task.id)
            p = document.add_paragraph()
            p.add_run(model.name + ": ").bold = True
            verdict = p.add_run(_verdict(outcome))
            verdict.bold = True
            if outcome is not None and outcome.passed is not None:
                verdict.font.color.rgb = colours[outcome.passed]
            if outcome is None:
                continue
            text = outcome.answer.strip()
            if text:
                answer = document.add_paragraph()
                answer.paragraph_format.left_indent = Pt(18)
                lines(answer, text)
            why = outcome.why()
            if why:
                meta(why)
    meta(exported_line())
    return document_bytes(document)


def export_run_docx(store: RunStore, path: str | os.PathLike[str]) -> Path:
    """Write the run's results as a Word document (atomically); returns where it was saved.

    Raises:
        ExportError: the file could not be written.
    """
    return write_bytes_atomic(Path(path), run_to_docx_bytes(store))


# --- printable HTML (the PDF) -------------------------------------------------------------


def run_to_print_html(store: RunStore) -> str:
    """The run's results as simple HTML for printing (Qt's rich text subset)."""
    e = html.escape
    grey = 'style="color:#5a6473; font-size:9pt"'
    colour = {True: "#2e7d32", False: "#c62828", None: "#5a6473"}
    out = [f"<h1>{e(_title(store))}</h1>"]
    out += [f"<p {grey}>{e(line)}</p>" for line in _meta_lines(store)]
    out.append(f"<h2>{e(_('Recommendation'))}</h2><p><b>{e(store.recommendation())}</b></p>")
    heads = "".join(f"<th>{e(h)}</th>" for h in _headers())
    rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in _row(s)) + "</tr>"
                   for s in store.summaries())
    out.append(f'<table border="1" cellspacing="0" cellpadding="4"><tr>{heads}</tr>'
               f"{rows}</table>")
    out.append(f"<h2>{e(_('Answers'))}</h2>")
    for task in store.pack.tasks:
        out.append(f"<h3>{e(task.label)}</h3>")
        out.append(f'<p style="white-space:pre-wrap">{e(task.prompt)}</p>')
        for index, model in enumerate(store.models):
            outcome = store.outcome(index, task.id)
            shade = colour[None if outcome is None else outcome.passed]
            out.append(f'<p><b>{e(model.name)}:</b> <b style="color:{shade}">'
                       f"{e(_verdict(outcome))}</b></p>")
            if outcome is None:
                continue
            text = outcome.answer.strip()
            if text:
                out.append(f'<p style="white-space:pre-wrap; margin-left:18px">{e(text)}</p>')
            why = outcome.why()
            if why:
                out.append(f"<p {grey}>{e(why).replace(chr(10), '<br>')}</p>")
    out.append(f"<p {grey}>{e(exported_line())}</p>")
    return "<html><body>" + "\n".join(out) + "</body></html>"

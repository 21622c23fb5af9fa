"""Task-test results as files people share: JSON (the ``test --json`` object), CSV (one row
per answer, opens in a spreadsheet), a self-contained HTML report (recommendation, table,
a bar chart drawn as inline SVG, every answer with why it passed or failed) and a Word
document (:mod:`desktop.core.tasktests.export_office`; the PDF is printed by the window)."""

from __future__ import annotations

import csv
import html
import io
import json
import os
from datetime import datetime
from pathlib import Path

from desktop.core.files import atomic_write_text
from desktop.core.history.display import format_when
from desktop.core.i18n import _, current_language, format_number
from desktop.core.tasktests.store import RunStore, RunStoreError
from desktop.core.units import format_bytes

FORMATS = ("json", "csv", "html", "docx")

CSV_COLUMNS = [
    "model", "task_id", "task", "passed", "judgement", "failed_checks", "ttft_s",
    "tokens_per_s", "words_per_s", "peak_rss_bytes", "error", "answer",
]


def to_json_text(store: RunStore) -> str:
    """The documented results object, indented."""
    return json.dumps(store.to_json(), indent=2, ensure_ascii=False) + "\n"


def _fmt(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def _shown(value: float | None, digits: int = 2) -> str:
    """A number for people, in the current language ("0,45" in German)."""
    return "" if value is None else format_number(value, digits)


def _when(created_at: str) -> str:
    """The run's start (an ISO 8601 text in the run file) as the current language writes
    it, in local time; the text itself when it is no date."""
    try:
        return format_when(datetime.fromisoformat(created_at))
    except ValueError:
        return created_at


def to_csv(store: RunStore) -> str:
    """One row per (model, task) answer; verdicts as yes / no / blank (unjudged)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for summary in store.summaries():
        for o in summary.outcomes:
            task = store.pack.task(o.task_id)
            verdict = {True: "yes", False: "no", None: ""}[o.passed]
            writer.writerow([
                summary.model, o.task_id, task.label, verdict, o.judgement or "",
                " | ".join(c.detail for c in o.failed_checks), _fmt(o.ttft_s),
                _fmt(o.tokens_per_s, 1), _fmt(o.words_per_s, 1), o.peak_rss_bytes,
                o.error or "", o.answer,
            ])
    return out.getvalue()


def _chart_svg(store: RunStore) -> str:
    """Bars per model: tasks passed (green), failed (red), unjudged (grey)."""
    rows = store.summaries()
    total = max((s.total for s in rows), default=1) or 1
    width, bar_h, gap, label_w = 640, 22, 14, 200
    height = len(rows) * (bar_h + gap) + gap
    scale = (width - label_w - 60) / total
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="{html.escape(_("Tasks passed per model"))}">']
    for i, s in enumerate(rows):
        y = gap + i * (bar_h + gap)
        parts.append(f'<text x="0" y="{y + 16}" font-size="13">{html.escape(s.model[:28])}'
                     "</text>")
        x = float(label_w)
        for count, colour in ((s.passed, "#2e7d32"), (s.failed, "#c62828"),
                              (s.unjudged, "#9e9e9e")):
            if count:
                w = count * scale
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                             f'fill="{colour}"/>')
                x += w
        of = _("{passed} of {total}").format(
            passed=format_number(s.passed), total=format_number(s.total))
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 16}" font-size="13">{of}</text>')
    parts.append("</svg>")
    return "".join(parts)


def to_html(store: RunStore) -> str:
    """A self-contained HTML report (no scripts, no external files)."""
    e = html.escape
    rows = []
    for s in store.summaries():
        speed = _shown(s.median_words_per_s, 1)
        mem = format_bytes(s.peak_rss_bytes) if s.peak_rss_bytes else ""
        of = _("{passed} of {total}").format(
            passed=format_number(s.passed), total=format_number(s.total))
        rows.append(f"<tr><td>{e(s.model)}</td><td>{e(of)}</td>"
                    f"<td>{format_number(s.failed)}</td><td>{format_number(s.unjudged)}</td>"
                    f"<td>{_shown(s.median_ttft_s)}</td><td>{speed}</td><td>{mem}</td></tr>")
    answers = []
    for s in store.summaries():
        answers.append(f"<h2>{e(s.model)}</h2>")
        for o in s.outcomes:
            task = store.pack.task(o.task_id)
            css = {True: "passed", False: "failed", None: "not-judged"}[o.passed]
            verdict = {True: _("passed"), False: _("failed"), None: _("not judged")}[o.passed]
            answers.append(
                f'<div class="answer {css}"><h3>{e(task.label)} '
                f"<small>({e(verdict)})</small></h3><pre>{e(o.answer or o.error or '')}</pre>"
                f"<p>{e(o.why()).replace(chr(10), '<br>')}</p></div>")
    title = e(_("Task test: {name}").format(name=store.pack.name))
    started = e(_("Run {run_id}, started {when}.").format(
        run_id=store.run_id, when=_when(store.created_at)))
    heads = "".join(f"<th>{e(h)}</th>" for h in (
        _("Model"), _("Passed"), _("Failed"), _("Not judged"), _("First word (s, median)"),
        _("Words/s (median)"), _("Peak memory"),
    ))
    return f"""<!DOCTYPE html>
<html lang="{current_language()}"><head><meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 960px; margin: 2em auto; color: #222; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ccc; padding: 4px 10px; }}
pre {{ white-space: pre-wrap; background: #f6f6f6; padding: 8px; }}
.recommendation {{ font-size: 1.15em; background: #eef6ee; padding: 12px; }}
.failed h3 {{ color: #c62828; }} .passed h3 {{ color: #2e7d32; }}
</style></head><body>
<h1>{title}</h1>
<p>{started}</p>
<p class="recommendation">{e(store.recommendation())}</p>
<table><tr>{heads}</tr>
{''.join(rows)}</table>
<p>{_chart_svg(store)}</p>
{''.join(answers)}
</body></html>
"""


def export_run(store: RunStore, path: str | os.PathLike[str], fmt: str | None = None) -> Path:
    """Write the results to ``path`` as ``fmt`` (default: from the file's extension).

    Raises:
        RunStoreError: unknown format, or the file cannot be written.
        ExportError: a Word document (.docx) cannot be written.
    """
    file = Path(path)
    kind = (fmt or file.suffix.lstrip(".")).lower()
    if kind == "htm":
        kind = "html"
    if kind not in FORMATS:
        raise RunStoreError(
            _("Results can be saved as {join}, not {value}.").format(
                join=", ".join(FORMATS), value=kind or "?"
            ),
            hint=_("End the file name with .json, .csv, .html or .docx."),
        )
    if kind == "docx":
        from desktop.core.tasktests.export_office import export_run_docx

        return export_run_docx(store, file)  # ExportError, a plain SlmError, when it fails
    text = {"json": to_json_text, "csv": to_csv, "html": to_html}[kind](store)
    try:
        atomic_write_text(file, text)
    except OSError as exc:
        raise RunStoreError(_("The results could not be saved to {file}.").format(file=file),
                            hint=_("Check that the folder exists and you may write there."),
                            detail=repr(exc)) from None
    return file

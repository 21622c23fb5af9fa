"""Share comparisons: Markdown, a self-contained HTML page, CSV, JSON.

Qt-free (the PNG picture of the panes is made by ``desktop.ui.export_image``). Every format
includes the metrics. Text is escaped for its format: HTML through Jinja2's autoescaping
(the page has inline CSS and loads nothing), CSV cells that a spreadsheet would run as a
formula (``=``, ``+``, ``-``, ``@`` ...) are prefixed with ``'``. A blind run nobody has
voted on yet keeps its neutral labels ("Model A"), so exporting never spoils the vote.
Files are written atomically. How a run reads (labels, metrics) is in
:mod:`desktop.core.history.display`; the leaderboard's file in
:mod:`desktop.core.history.leaderboard_export`.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import jinja2

from desktop import APP_NAME, __version__
from desktop.core.errors import SlmError
from desktop.core.files import NotAFileError, atomic_write_text
from desktop.core.history.display import (
    format_when,
    is_hidden,
    metrics_line,
    model_label,
    run_to_dict,
    shown_results,
    vote_lines,
)
from desktop.core.history.store import RunRecord
from desktop.core.i18n import N_, _, current_language, format_number, format_setting, translate

RunFormat = Literal["md", "html", "csv", "json"]
RUN_FORMATS: tuple[RunFormat, ...] = ("md", "html", "csv", "json")
JSON_FORMAT_NAME = "slm-playground-comparisons"
JSON_FORMAT_VERSION = 1


class ExportError(SlmError):
    """An export file could not be written."""

    default_hint = N_("Pick another folder (one you can write to, with free space) and try again.")


# --- runs -------------------------------------------------------------------------------


def finite_json(value: Any) -> Any:
    """``value`` with every NaN or infinite number replaced by ``None`` (JSON ``null``).

    ``json.dumps`` would write them as ``NaN`` / ``Infinity``, which is not JSON: other
    programs refuse the whole file.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: finite_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite_json(v) for v in value]
    return value


def runs_to_json(runs: Sequence[RunRecord], *, reveal: bool | None = None) -> str:
    """Runs as a JSON document (strict JSON: a number that is not finite becomes ``null``)."""
    doc = {
        "format": JSON_FORMAT_NAME,
        "version": JSON_FORMAT_VERSION,
        "app": f"{APP_NAME} {__version__}",
        "runs": [run_to_dict(r, reveal=reveal) for r in runs],
    }
    return json.dumps(finite_json(doc), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _settings_line(run: RunRecord) -> str:
    """The run's settings in words first ("Balanced settings (creativity 0.7), answers up
    to 512 tokens"), then the technical values for whoever wants to repeat it exactly."""
    from desktop.core.config.prompts import PRESETS, matching_preset

    s = run.sampling
    seed = _("random") if s.seed is None else str(s.seed)
    preset = matching_preset(s)
    name = (
        _("{preset} settings").format(preset=translate(PRESETS[preset].title))
        if preset
        else _("Custom settings")
    )
    return _(
        "{name} (creativity {temperature}), answers up to {max_tokens} tokens (about {words} "
        "words) · technical: top-p {top_p}, top-k {top_k}, min-p {min_p}, repeat penalty "
        "{repeat_penalty}, seed {seed}"
    ).format(
        name=name, temperature=format_setting(s.temperature),
        max_tokens=format_number(s.max_tokens),
        words=format_number(max(1, round(s.max_tokens * 0.75))),
        top_p=format_setting(s.top_p), top_k=format_number(s.top_k),
        min_p=format_setting(s.min_p), repeat_penalty=format_setting(s.repeat_penalty),
        seed=seed,  # an exact value to type back in: never grouped
    )


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines() or [""])


def md_plain(text: str) -> str:
    """Text for a Markdown heading or list item: raw HTML is shown, never run."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")


def md_text(text: str) -> str:
    """Markdown written by a person or a model, with raw HTML neutralised.

    Markdown stays Markdown (models often answer in it), and code blocks and `code spans`
    are kept exactly (HTML is never run inside them); elsewhere ``<`` and ``&`` are
    escaped, so a ``<script>`` or an ``<img onerror=...>`` is shown as text. A single line
    break stays a line break ("Best regards,\\n[Your Name]" keeps its two lines), as the
    person saw it while the answer was written.
    """
    out: list[str] = []
    prose: set[int] = set()
    fence: str | None = None
    for line in text.split("\n"):
        m = _FENCE.match(line)
        if fence is not None:
            out.append(line)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            out.append(line)
            continue
        prose.add(len(out))
        parts, last = [], 0
        for span in _CODE_SPAN.finditer(line):
            parts.append(md_plain(line[last : span.start()]))
            parts.append(span.group(0))
            last = span.end()
        parts.append(md_plain(line[last:]))
        out.append("".join(parts))
    for i in sorted(prose):
        # a hard break ("two spaces") where the next line continues the same paragraph
        line = out[i]
        if (
            i + 1 in prose
            and line.strip()
            and out[i + 1].strip()
            and not line.lstrip().startswith(("|", "#"))
            and not line.endswith(("  ", "\\"))
        ):
            out[i] = line + "  "
    return "\n".join(out)


def run_to_markdown(run: RunRecord, *, reveal: bool | None = None) -> str:
    """One run as Markdown (answers kept as written: models often answer in Markdown).

    Raw HTML in prompts, answers and names is escaped (see :func:`md_text`).
    """
    title = _("Comparison {id}").format(id=run.id)
    task, prompt, settings = _("Task:"), _("Prompt"), _("Settings:")
    unfinished, error_word, votes_word = _("did not finish"), _("Error:"), _("Votes")
    lines = [f"## {title} — {format_when(run.created_at)}", ""]
    if run.task_tag:
        lines += [f"*{task}* {md_plain(run.task_tag)}", ""]
    if run.conversation_id is not None:
        where = _("Turn {number} of conversation {id}").format(
            number=format_number(run.turn + 1), id=run.conversation_id)
        lines += [f"*{md_plain(where)}*", ""]
    lines += [f"**{prompt}**", "", _quote(md_text(run.prompt)), ""]
    if run.attachments:  # the documents by name and size, not their whole text
        from desktop.core.documents.reader import count_words, format_words

        names = ", ".join(f"{name} ({format_words(count_words(text))})"
                          for name, text in run.attachments)
        lines += [f"*{md_plain(_('Attached: {names}').format(names=names))}*", ""]
    if run.system_prompt:
        heading = _("Instructions for the model")
        lines += [f"**{heading}**", "", _quote(md_text(run.system_prompt)), ""]
    blind = " · " + _("blind") if run.blind else ""
    lines += [f"*{settings}* {_settings_line(run)}{blind}", ""]
    for r in shown_results(run):
        lines += [f"### {md_plain(model_label(run, r, reveal=reveal))}", ""]
        if r.status == "pending":
            lines += [f"*({unfinished})*", ""]
        if r.text:
            lines += [md_text(r.text.strip()), ""]
        if r.error is not None:
            error = f"**{error_word}** {r.error.message} {r.error.hint}".rstrip()
            lines += [md_plain(error), ""]
        if r.metrics is not None:
            lines += [f"*{md_plain(metrics_line(r))}*", ""]
    votes = vote_lines(run, reveal=reveal)
    if votes:
        lines += [f"**{votes_word}**", "", *[f"- {md_plain(v)}" for v in votes], ""]
    return "\n".join(lines)


def runs_to_markdown(runs: Sequence[RunRecord], *, reveal: bool | None = None) -> str:
    """Several runs as one Markdown document."""
    count = (
        _("1 comparison") if len(runs) == 1
        else _("{count} comparisons").format(count=format_number(len(runs)))
    )
    head = [f"# {APP_NAME}: {count}", ""]
    return "\n".join(head) + "\n" + "\n---\n\n".join(
        run_to_markdown(r, reveal=reveal) for r in runs
    )


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A value safe for spreadsheets: text that would run as a formula gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


CSV_COLUMNS = (
    "run_id", "created_at", "task_tag", "prompt", "system_prompt", "blind", "position",
    "model", "model_path", "model_sha256", "model_key", "status", "answer", "error",
    "prompt_tokens", "output_tokens", "load_s", "ttft_s", "tokens_per_s",
    "engine_tokens_per_s", "total_s", "stop_reason", "peak_rss_bytes", "backend",
    "temperature", "top_p", "top_k", "min_p", "repeat_penalty", "max_tokens", "seed", "votes",
)


def runs_to_csv(runs: Sequence[RunRecord], *, reveal: bool | None = None) -> str:
    """One row per answer (metrics in columns), for spreadsheets."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for run in runs:
        hidden = is_hidden(run, reveal)
        votes = "; ".join(vote_lines(run, reveal=reveal))
        s = run.sampling
        for position, r in enumerate(shown_results(run)):
            m = r.metrics
            row: list[object] = [
                run.id, run.created_at.isoformat(), run.task_tag, run.prompt, run.system_prompt,
                int(run.blind), position + 1, model_label(run, r, reveal=reveal),
                "" if hidden else r.model.path, "" if hidden else r.model.sha256,
                "" if hidden else r.model.key, r.status, r.text,
                r.error.message if r.error else "",
            ]
            if m is not None:
                row += [m.prompt_tokens, m.output_tokens, round(m.load_s, 4),
                        None if m.ttft_s is None else round(m.ttft_s, 4),
                        None if m.tokens_per_s is None else round(m.tokens_per_s, 3),
                        None if m.engine_tokens_per_s is None
                        else round(m.engine_tokens_per_s, 3),
                        round(m.total_s, 4), m.stop_reason, m.peak_rss_bytes, m.backend]
            else:
                row += [None] * 10
            row += [s.temperature, s.top_p, s.top_k, s.min_p, s.repeat_penalty, s.max_tokens,
                    s.seed, votes]
            writer.writerow([csv_cell(v) for v in row])
    return buf.getvalue()


HTML_ENV = jinja2.Environment(
    autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
)

HTML_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;
max-width:1200px;padding:0 1rem;color:#1d2430;background:#fff;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.2rem;border-top:1px solid #dde3ea;
padding-top:1rem}.meta{color:#5a6473;font-size:.9rem}
.prompt{background:#f4f6f9;border-left:4px solid #4a7bd0;padding:.6rem .9rem;white-space:pre-wrap}
.panes{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:1rem;
margin-top:1rem}.pane{border:1px solid #dde3ea;border-radius:8px;padding:.8rem}
.pane h3{margin:0 0 .5rem;font-size:1rem}.answer{white-space:pre-wrap;font-size:.95rem}
.numbers{color:#5a6473;font-size:.82rem;margin-top:.6rem}.error{color:#a0281e}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #dde3ea;
padding:.4rem .5rem;text-align:left;vertical-align:top}th{background:#f4f6f9}
.votes{margin-top:.8rem}
@media print{.pane{break-inside:avoid}}
"""

_RUNS_HTML = HTML_ENV.from_string(
    """<!DOCTYPE html>
<html lang="{{ t.lang }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title><style>{{ css }}</style></head>
<body><h1>{{ title }}</h1>
<p class="meta">{{ t.exported }}</p>
{% for run in runs %}
<section class="run" id="run-{{ run.id }}">
<h2>{{ run.title }} <span class="meta">{{ run.when }}{% if run.task_tag %}
 · {{ t.task }} {{ run.task_tag }}{% endif %}
{% if run.blind %} · {{ t.blind }}{% endif %}</span></h2>
<div class="prompt">{{ run.prompt }}</div>
{% if run.system_prompt %}<p class="meta">{{ t.instructions }}</p>
<div class="prompt">{{ run.system_prompt }}</div>{% endif %}
<p class="meta">{{ t.settings }} {{ run.settings }}</p>
<div class="panes">
{% for pane in run.panes %}
<div class="pane"><h3>{{ pane.label }}</h3>
{% if pane.pending %}<p class="meta">({{ t.unfinished }})</p>{% endif %}
<div class="answer">{{ pane.text }}</div>
{% if pane.error %}<p class="error">{{ pane.error }}</p>{% endif %}
{% if pane.numbers %}<div class="numbers">{{ pane.numbers }}</div>{% endif %}
</div>
{% endfor %}
</div>
{% if run.votes %}<div class="votes"><strong>{{ t.votes }}</strong><ul>
{% for v in run.votes %}<li>{{ v }}</li>{% endfor %}</ul></div>{% endif %}
</section>
{% endfor %}
</body></html>
"""
)


def runs_to_html(
    runs: Sequence[RunRecord], *, reveal: bool | None = None, title: str | None = None
) -> str:
    """A self-contained HTML page (inline CSS, no scripts, every text escaped)."""
    view = []
    for run in runs:
        panes = []
        for r in shown_results(run):
            panes.append({
                "label": model_label(run, r, reveal=reveal),
                "text": r.text.strip(),
                "pending": r.status == "pending",
                "error": f"{r.error.message} {r.error.hint}".strip() if r.error else "",
                "numbers": metrics_line(r),
            })
        view.append({
            "id": run.id,
            "title": _("Comparison {id}").format(id=run.id),
            "when": format_when(run.created_at),
            "task_tag": run.task_tag,
            "blind": run.blind,
            "prompt": run.prompt,
            "system_prompt": run.system_prompt,
            "settings": _settings_line(run),
            "panes": panes,
            "votes": vote_lines(run, reveal=reveal),
        })
    heading = title or (
        _("Comparison {id}").format(id=runs[0].id) if len(runs) == 1
        else _("{count} comparisons").format(count=format_number(len(runs)))
    )
    words = {
        "lang": current_language(),
        "exported": _("Exported from {app}. Everything here ran on this computer.").format(
            app=f"{APP_NAME} {__version__}"
        ),
        "task": _("task:"), "blind": _("blind"), "instructions": _("Instructions for the model:"),
        "settings": _("Settings:"), "unfinished": _("did not finish"), "votes": _("Votes"),
    }
    return _RUNS_HTML.render(title=heading, css=HTML_CSS, t=words, runs=view)


def render_runs(runs: Sequence[RunRecord], fmt: RunFormat, *, reveal: bool | None = None) -> str:
    """Runs in one of ``md``, ``html``, ``csv``, ``json``."""
    if fmt == "md":
        return runs_to_markdown(runs, reveal=reveal)
    if fmt == "html":
        return runs_to_html(runs, reveal=reveal)
    if fmt == "csv":
        return runs_to_csv(runs, reveal=reveal)
    if fmt == "json":
        return runs_to_json(runs, reveal=reveal)
    raise ValueError(f"unknown format {fmt!r}")


def write_export(path: Path, text: str) -> Path:
    """Write an export file atomically (folders made); raises :class:`ExportError`."""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, text)
    except NotAFileError as exc:
        raise ExportError(exc.message, hint=exc.hint, detail=exc.detail) from exc
    except OSError as exc:
        raise ExportError(
            _("The file {name} could not be written.").format(name=path.name),
            detail=f"{path}: {exc}",
        ) from exc
    return path


def export_runs(
    runs: Sequence[RunRecord], fmt: RunFormat, path: str | Path, *, reveal: bool | None = None
) -> Path:
    """Write runs to a file (atomically).

    Raises:
        ExportError: the file could not be written.
    """
    return write_export(Path(path), render_runs(runs, fmt, reveal=reveal))

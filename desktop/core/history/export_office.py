"""Comparisons and conversations as a Word document (.docx) and as printable HTML (for PDF).

Each run gives: the question, the instructions, the settings, and for each model its answer
(or each turn of its conversation) with line breaks, headings and bulleted and numbered
lists kept, followed by the numbers (tokens, speed, time to first word, memory). Blind runs
nobody voted on keep their neutral labels, like the other export formats.

The PDF itself is printed by Qt (``desktop.ui.export_pdf``) from :func:`runs_to_print_html`,
a plain HTML subset that Qt's text engine lays out well (headings, paragraphs, lists).
"""

from __future__ import annotations

import html
import io
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from desktop import APP_NAME, __version__
from desktop.core.history.display import (
    format_when,
    metrics_line,
    model_label,
    shown_results,
    vote_lines,
)
from desktop.core.history.export import ExportError, _settings_line
from desktop.core.history.records import ResultRecord, RunRecord
from desktop.core.i18n import _, current_language, format_number

BlockKind = Literal["heading", "bullet", "number", "paragraph", "code"]

_BULLET = re.compile(r"^(\s*)[-*•]\s+(.*)$")
_NUMBER = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


@dataclass(frozen=True)
class Block:
    """One block of an answer: a heading, a list item, a paragraph (lines kept) or code."""

    kind: BlockKind
    text: str
    level: int = 0
    number: int = 0


def answer_blocks(text: str) -> list[Block]:
    """Split an answer (plain text or Markdown) into blocks, keeping every line break.

    Lines of a paragraph stay separate lines (joined with ``\\n`` in one block); a list item
    keeps its level (two spaces or a tab per level) and, for numbered items, its number.
    """
    blocks: list[Block] = []
    para: list[str] = []
    code: list[str] | None = None

    def end_para() -> None:
        if para:
            blocks.append(Block("paragraph", "\n".join(para)))
            para.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        if code is not None:
            if _FENCE.match(line):
                blocks.append(Block("code", "\n".join(code)))
                code = None
            else:
                code.append(line)
            continue
        if _FENCE.match(line):
            end_para()
            code = []
            continue
        if not line.strip():
            end_para()
            continue
        if m := _HEADING.match(line):
            end_para()
            blocks.append(Block("heading", m.group(1)))
        elif m := _BULLET.match(line):
            end_para()
            blocks.append(Block("bullet", m.group(2), level=_level(m.group(1))))
        elif m := _NUMBER.match(line):
            end_para()
            blocks.append(Block("number", m.group(3), level=_level(m.group(1)),
                                number=int(m.group(2))))
        else:
            para.append(line.rstrip())
    if code is not None:
        blocks.append(Block("code", "\n".join(code)))
    end_para()
    return blocks


def _level(indent: str) -> int:
    return min(2, len(indent.replace("\t", "  ")) // 2)


def _bold_parts(text: str) -> Iterator[tuple[str, bool]]:
    """``**bold**`` and ``__bold__`` spans as (text, bold) pieces; the markers are dropped."""
    last = 0
    for m in _BOLD.finditer(text):
        if m.start() > last:
            yield text[last:m.start()], False
        yield m.group(1) or m.group(2), True
        last = m.end()
    if last < len(text):
        yield text[last:], False


@dataclass(frozen=True)
class Turn:
    """One exchange in a model's conversation: the message sent and what came back."""

    prompt: str
    result: ResultRecord


def conversations(runs: Sequence[RunRecord]) -> list[list[RunRecord]]:
    """Runs grouped into conversations (the turns of one, in order); a one-shot comparison
    is a conversation of one turn. Turns keep the order they were given in."""
    groups: dict[int, list[RunRecord]] = {}
    for run in runs:
        groups.setdefault(run.conversation_id or run.id, []).append(run)
    return [sorted(g, key=lambda r: r.turn) for g in groups.values()]


def turns_of(group: Sequence[RunRecord], result: ResultRecord) -> list[Turn]:
    """The turns of one model's conversation: its answer in the same pane of every turn."""
    out = [Turn(group[0].prompt, result)]
    for run in group[1:]:
        later = run.result(result.pane_index)
        if later is not None:
            out.append(Turn(run.prompt, later))
    return out


def _heading(group: Sequence[RunRecord]) -> str:
    first = group[0]
    if len(group) > 1:
        return _("Conversation {id}").format(id=first.id)
    return _("Comparison {id}").format(id=first.id)


def _attached(run: RunRecord) -> str:
    from desktop.core.documents.reader import count_words, format_words

    names = ", ".join(f"{name} ({format_words(count_words(text))})"
                      for name, text in run.attachments)
    return _("Attached: {names}").format(names=names)


def _error_text(message: str, hint: str) -> str:
    return _("Error: {message} {hint}").format(message=message, hint=hint).strip()


def exported_line() -> str:
    """The closing line of every export: which app made it, and that it all ran locally."""
    return _("Exported from {app}. Everything here ran on this computer.").format(
        app=f"{APP_NAME} {__version__}"
    )


def _title_in_line(runs: Sequence[RunRecord]) -> str:
    """The title after "SLM Playground:", lower case in English only (German nouns keep
    their capital)."""
    title = _title(runs)
    return title.lower() if current_language() == "en" else title


def _title(runs: Sequence[RunRecord]) -> str:
    if len(runs) == 1:
        return _("Comparison {id}").format(id=runs[0].id)
    return _("{count} comparisons").format(count=format_number(len(runs)))


# --- Word -----------------------------------------------------------------------------------
# The small Word helpers below are shared with the task-test export (core/tasktests).


def new_document(title: str, heading: str) -> Any:
    """A new python-docx Document with its title and author set and ``heading`` on top."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = APP_NAME
    document.add_heading(heading, level=0)
    return document


def add_meta(document: Any, text: str) -> None:
    """A paragraph of small grey italic text (dates, settings, the closing line)."""
    from docx.shared import Pt, RGBColor

    run = document.add_paragraph().add_run(text)
    run.italic = True
    run.font.color.rgb = RGBColor(0x5A, 0x64, 0x73)
    run.font.size = Pt(9)


def add_lines(paragraph: Any, text: str, *, bold_marks: bool = False) -> None:
    """Add ``text`` to ``paragraph`` keeping its line breaks; with ``bold_marks``,
    ``**bold**`` and ``__bold__`` become bold runs."""
    for i, line in enumerate(text.split("\n")):
        if i:
            paragraph.add_run().add_break()
        if not bold_marks:
            paragraph.add_run(line)
            continue
        for part, bold in _bold_parts(line):
            paragraph.add_run(part).bold = bold


def document_bytes(document: Any) -> bytes:
    """The bytes of ``document`` as a .docx file."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def runs_to_docx_bytes(runs: Sequence[RunRecord], *, reveal: bool | None = None) -> bytes:
    """Runs as a Word document (the bytes of a .docx file)."""
    document = new_document(_title(runs), f"{APP_NAME}: {_title_in_line(runs)}")

    def meta(text: str) -> None:
        add_meta(document, text)

    def lines(paragraph: Any, text: str) -> None:
        add_lines(paragraph, text, bold_marks=True)

    def answer(text: str) -> None:
        for block in answer_blocks(text):
            if block.kind == "heading":
                document.add_heading(block.text, level=4)
            elif block.kind in ("bullet", "number"):
                style = "List Bullet" if block.kind == "bullet" else "List Number"
                if block.level:
                    style += f" {block.level + 1}"
                p = document.add_paragraph(style=style)
                lines(p, block.text)
            elif block.kind == "code":
                p = document.add_paragraph()
                run = p.add_run(block.text)
                run.font.name = "Courier New"
            else:
                lines(document.add_paragraph(), block.text)

    for group in conversations(runs):
        run = group[0]
        when = format_when(run.created_at)
        document.add_heading(_heading(group), level=1)
        task = f" · {_('task:')} {run.task_tag}" if run.task_tag else ""
        meta(f"{when}{task}" + (" · " + _("blind") if run.blind else ""))
        document.add_heading(_("Question"), level=3)
        lines(document.add_paragraph(), run.prompt)
        if run.attachments:
            meta(_attached(run))
        if run.system_prompt:
            document.add_heading(_("Instructions for the model"), level=3)
            lines(document.add_paragraph(), run.system_prompt)
        meta(_("Settings: {settings}").format(settings=_settings_line(run)))
        for result in shown_results(run):
            document.add_heading(model_label(run, result, reveal=reveal), level=2)
            turns = turns_of(group, result)
            for i, turn in enumerate(turns):
                r = turn.result
                if len(turns) > 1:
                    document.add_heading(_("Turn {number}").format(number=format_number(i + 1)),
                                         level=3)
                    if i:
                        p = document.add_paragraph()
                        p.add_run(_("You:") + " ").bold = True
                        lines(p, turn.prompt)
                if r.status == "pending":
                    meta("(" + _("did not finish") + ")")
                if r.text:
                    answer(r.text.strip())
                if r.error is not None:
                    document.add_paragraph(_error_text(r.error.message, r.error.hint))
                if r.metrics is not None:
                    meta(metrics_line(r))
        votes = [v for turn_run in group for v in vote_lines(turn_run, reveal=reveal)]
        if votes:
            document.add_heading(_("Votes"), level=3)
            for v in votes:
                document.add_paragraph(v, style="List Bullet")
    meta(exported_line())
    return document_bytes(document)


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Raises:
        ExportError: the file could not be written (folder, permissions, disk space).
    """
    path = Path(path).expanduser()
    try:
        if path.is_dir():
            raise ExportError(_("{name} is a folder, not a file name.").format(name=path.name),
                              hint=_("Choose a file name to save to."), detail=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ExportError(_("The file {name} could not be written.").format(name=path.name),
                          detail=f"{path}: {exc}") from exc
    return path


def export_runs_docx(
    runs: Sequence[RunRecord], path: str | Path, *, reveal: bool | None = None
) -> Path:
    """Write runs as a Word document (atomically); returns where it was saved.

    Raises:
        ExportError: the file could not be written.
    """
    return write_bytes_atomic(Path(path), runs_to_docx_bytes(runs, reveal=reveal))


# --- printable HTML (the PDF) -------------------------------------------------------------


def _html_lines(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out.append("".join(f"<b>{html.escape(p)}</b>" if bold else html.escape(p)
                           for p, bold in _bold_parts(line)))
    return "<br>".join(out)


def _html_answer(text: str) -> str:
    parts: list[str] = []
    open_list: str | None = None
    for block in answer_blocks(text):
        tag = {"bullet": "ul", "number": "ol"}.get(block.kind)
        if tag != open_list:
            if open_list:
                parts.append(f"</{open_list}>")
            if tag:
                start = f' start="{block.number}"' if tag == "ol" and block.number > 1 else ""
                parts.append(f"<{tag}{start}>")
            open_list = tag
        if block.kind == "heading":
            parts.append(f"<h4>{_html_lines(block.text)}</h4>")
        elif tag:
            indent = f' style="margin-left:{block.level * 18}px"' if block.level else ""
            parts.append(f"<li{indent}>{_html_lines(block.text)}</li>")
        elif block.kind == "code":
            parts.append(f"<pre>{html.escape(block.text)}</pre>")
        else:
            parts.append(f"<p>{_html_lines(block.text)}</p>")
    if open_list:
        parts.append(f"</{open_list}>")
    return "\n".join(parts)


def runs_to_print_html(runs: Sequence[RunRecord], *, reveal: bool | None = None) -> str:
    """Runs as simple HTML for printing (Qt's rich text: headings, paragraphs, lists)."""
    grey = 'style="color:#5a6473; font-size:9pt"'
    out = [f"<h1>{html.escape(APP_NAME)}: {html.escape(_title_in_line(runs))}</h1>"]
    for group in conversations(runs):
        run = group[0]
        when = html.escape(format_when(run.created_at))
        task_word, blind_word, question = _("task:"), _("blind"), _("Question")
        extra = (f" · {task_word} {html.escape(run.task_tag)}" if run.task_tag else "") + (
            f" · {blind_word}" if run.blind else "")
        out.append(f"<h2>{_heading(group)}</h2><p {grey}>{when}{extra}</p>")
        out.append(f"<h3>{question}</h3><p>{_html_lines(run.prompt)}</p>")
        if run.attachments:
            out.append(f"<p {grey}>{html.escape(_attached(run))}</p>")
        if run.system_prompt:
            heading = _("Instructions for the model")
            out.append(f"<h3>{heading}</h3><p>{_html_lines(run.system_prompt)}</p>")
        settings = _("Settings: {settings}").format(settings=_settings_line(run))
        out.append(f"<p {grey}>{html.escape(settings)}</p>")
        for result in shown_results(run):
            out.append(f"<h2>{html.escape(model_label(run, result, reveal=reveal))}</h2>")
            turns = turns_of(group, result)
            for i, turn in enumerate(turns):
                r = turn.result
                if len(turns) > 1:
                    turn_word = _("Turn {number}").format(number=format_number(i + 1))
                    out.append(f"<h3>{turn_word}</h3>")
                    if i:
                        you = _("You:")
                        out.append(f"<p><b>{you}</b> {_html_lines(turn.prompt)}</p>")
                if r.status == "pending":
                    unfinished = _("did not finish")
                    out.append(f"<p {grey}>({unfinished})</p>")
                if r.text:
                    out.append(_html_answer(r.text.strip()))
                if r.error is not None:
                    msg = _error_text(r.error.message, r.error.hint)
                    out.append(f'<p style="color:#a0281e">{html.escape(msg)}</p>')
                if r.metrics is not None:
                    out.append(f"<p {grey}>{html.escape(metrics_line(r))}</p>")
        votes = [v for turn_run in group for v in vote_lines(turn_run, reveal=reveal)]
        if votes:
            votes_word = _("Votes")
            out.append(f"<h3>{votes_word}</h3><ul>"
                       + "".join(f"<li>{html.escape(v)}</li>" for v in votes) + "</ul>")
    out.append(f"<p {grey}>{html.escape(exported_line())}</p>")
    return "<html><body>" + "\n".join(out) + "</body></html>"

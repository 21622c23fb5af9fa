"""The leaderboard as a file: CSV for spreadsheets or a self-contained HTML page."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Literal

from desktop import APP_NAME, __version__
from desktop.core.fit.speed import words_rate
from desktop.core.history.display import format_mb
from desktop.core.history.export import HTML_CSS, HTML_ENV, csv_cell, write_export
from desktop.core.history.leaderboard import Leaderboard, votes_text
from desktop.core.i18n import _, current_language, format_number

BoardFormat = Literal["csv", "html"]

BOARD_COLUMNS = (
    "rank", "model", "win_chance", "rating", "votes", "confidence", "wins", "losses", "ties",
    "all_bad", "answers", "median_tokens_per_s", "median_peak_ram_mb", "median_total_s",
    "median_first_word_s", "model_key", "speed_shared_cores",
)


def leaderboard_to_csv(board: Leaderboard) -> str:
    """The leaderboard for spreadsheets (one row per model)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(BOARD_COLUMNS)
    for e in board.entries:
        writer.writerow([csv_cell(v) for v in (
            e.rank, e.display_name,
            None if e.win_chance is None else round(e.win_chance, 4),
            None if e.rating is None else round(e.rating, 1),
            e.votes, e.confidence, e.wins, e.losses, e.ties, e.all_bad, e.runs,
            None if e.median_tokens_per_s is None else round(e.median_tokens_per_s, 2),
            None if e.median_peak_rss_bytes is None else round(e.median_peak_rss_bytes / 1e6),
            None if e.median_total_s is None else round(e.median_total_s, 3),
            None if e.median_ttft_s is None else round(e.median_ttft_s, 3),
            e.key, e.shared_cores,
        )])
    return buf.getvalue()


_BOARD_HTML = HTML_ENV.from_string(
    """<!DOCTYPE html>
<html lang="{{ t.lang }}"><head><meta charset="utf-8"><title>{{ title }}</title>
<style>{{ css }}</style></head><body>
<h1>{{ title }}</h1>
<p class="meta">{{ t.meta }}</p>
<table><thead><tr><th>#</th><th>{{ t.model }}</th><th>{{ t.preferred }}</th>
<th>{{ t.confidence }}</th><th>{{ t.speed }}</th><th>{{ t.memory }}</th><th>{{ t.answers }}</th>
</tr></thead><tbody>
{% for e in entries %}
<tr><td>{{ e.rank }}</td><td>{{ e.name }}</td><td>{{ e.preferred }}</td>
<td>{{ e.confidence }}</td><td>{{ e.speed }}</td><td>{{ e.memory }}</td><td>{{ e.runs }}</td></tr>
{% endfor %}
</tbody></table></body></html>
"""
)


def leaderboard_to_html(board: Leaderboard) -> str:
    """The leaderboard as a self-contained HTML page."""
    entries = [
        {
            "rank": e.rank if e.rank is not None else "–",
            "name": e.display_name,
            "preferred": "–" if e.win_chance is None else _percent(e.win_chance),
            "confidence": (f"{votes_text(e.votes, format_number)} ({e.confidence})"
                           if e.votes else e.confidence),
            "speed": words_rate(e.median_tokens_per_s)
            + (f" ({e.speed_note})" if e.speed_note else ""),
            "memory": format_mb(e.median_peak_rss_bytes),
            "runs": format_number(e.runs),
        }
        for e in board.entries
    ]
    app = f"{APP_NAME} {__version__}"
    votes = (
        _("1 vote · exported from {app}.") if board.total_votes == 1
        else _("{count} votes · exported from {app}.")
    ).format(count=format_number(board.total_votes), app=app)
    words = {
        "lang": current_language(),
        "meta": votes + " " + _(
            "“Preferred” is how often people would pick the model over an average one."
        ),
        "model": _("Model"), "preferred": _("Preferred"), "confidence": _("Confidence"),
        "speed": _("Speed"), "memory": _("Memory"), "answers": _("Answers"),
    }
    return _BOARD_HTML.render(title=board.title, css=HTML_CSS, t=words, entries=entries)




def _percent(share: float) -> str:
    """A share as a percentage in the current language ("68%", "68 %" in German)."""
    if current_language() == "en":
        return f"{share:.0%}"
    try:
        from babel.numbers import format_percent

        return str(format_percent(share, locale=current_language()))
    except Exception:  # noqa: BLE001 - a number must never break an export
        return f"{share:.0%}"


def export_leaderboard(board: Leaderboard, fmt: BoardFormat, path: str | Path) -> Path:
    """Write the leaderboard as ``csv`` or ``html`` (atomically).

    Raises:
        ExportError: the file could not be written.
    """
    if fmt == "csv":
        text = leaderboard_to_csv(board)
    elif fmt == "html":
        text = leaderboard_to_html(board)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return write_export(Path(path), text)

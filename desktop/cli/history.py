"""``slm-playground history``: the saved comparisons (and the leaderboard from the votes)."""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from desktop.cli._common import megabytes, print_json
from desktop.core.fit.speed import words_rate
from desktop.core.i18n import _
from desktop.core.text import printable

if TYPE_CHECKING:
    from desktop.session.services import Services

NAME = "history"
HELP = "list saved comparisons (newest first), or the leaderboard from the votes"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("--search", metavar="WORDS", help="only runs containing these words")
    parser.add_argument("--model", metavar="NAME",
                        help="only runs with this model (its name or its key from --json)")
    parser.add_argument("--tag", metavar="TASK", help="only runs with this task tag")
    parser.add_argument("--limit", type=int, default=50, metavar="N",
                        help="show at most N runs (default 50)")
    parser.add_argument("--leaderboard", action="store_true",
                        help="show the ranking of models from the votes instead")
    parser.add_argument("--voter", metavar="NAME",
                        help="with --leaderboard: only this person's votes (default: everyone)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _summary_json(s: Any) -> dict[str, Any]:
    return {
        "id": s.id,
        "created_at": s.created_at.isoformat(),
        "prompt": s.prompt,
        "models": list(s.model_names),
        "blind": s.blind,
        "voted": s.voted,
        "task_tag": s.task_tag,
        "failed": s.failed,
        "unfinished": s.pending,
        "conversation_id": s.conversation_id,
        "turn": s.turn,
    }


def _tell_notice(history: Any) -> str | None:
    """Print (once) what happened to a damaged history file; return the notice."""
    notice: str | None = history.notice
    if notice:
        print(_("Note: {message}").format(message=notice), file=sys.stderr)
        history.dismiss_notice()
    return notice


def _leaderboard(args: argparse.Namespace, services: Services) -> int:
    from desktop.core.history.leaderboard import leaderboard

    history = services.open_history()
    board = leaderboard(history, voter=args.voter, task_tag=args.tag)
    _tell_notice(history)
    if args.json:
        print_json({
            "voter": board.voter, "task_tag": board.task_tag, "total_votes": board.total_votes,
            "entries": [{
                "rank": e.rank, "model": e.display_name, "key": e.key,
                "win_chance": e.win_chance, "rating": e.rating, "votes": e.votes,
                "confidence": e.confidence, "wins": e.wins, "losses": e.losses, "ties": e.ties,
                "all_bad": e.all_bad, "answers": e.runs,
                "median_tokens_per_s": e.median_tokens_per_s,
                "median_peak_rss_bytes": e.median_peak_rss_bytes,
                "median_total_s": e.median_total_s, "median_ttft_s": e.median_ttft_s,
                "speed_shared_cores": e.shared_cores,
            } for e in board.entries],
        })
        return 0
    print(_("{title} ({count} votes)").format(title=board.title, count=board.total_votes))
    if not board.entries:
        print(_("Nothing saved yet. Compare some models in the window, then vote."))
        return 0
    for e in board.entries:
        rank = f"{e.rank}." if e.rank is not None else " -"
        speed = (words_rate(e.median_tokens_per_s) if e.median_tokens_per_s
                 else _("{number} words/s").format(number="-"))
        if e.speed_note:
            speed += f" ({e.speed_note})"
        ram = (megabytes(e.median_peak_rss_bytes) if e.median_peak_rss_bytes
               else _("{value} MB").format(value="-"))
        name = printable(e.display_name)[:40]
        print(f"{rank:>4} {name:<40} {e.summary}  ·  {speed}  ·  {ram}")
    return 0


def run(args: argparse.Namespace, services: Services) -> int:
    """Run the command."""
    if args.leaderboard:
        return _leaderboard(args, services)
    history = services.open_history()
    runs = history.list_runs(search=args.search, model=args.model, task_tag=args.tag,
                             limit=max(1, args.limit))
    total = history.count_runs()
    notice = _tell_notice(history)
    if args.json:
        out: dict[str, Any] = {"total": total, "runs": [_summary_json(s) for s in runs]}
        if notice:
            out["notice"] = notice
        print_json(out)
        return 0
    if not runs:
        print(_("No saved comparisons match.") if total else _("No saved comparisons yet."))
        return 0
    for s in runs:
        when = s.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        flags = [f for f, on in ((_("blind"), s.blind), (_("voted"), s.voted)) if on]
        if s.failed:
            flags.append(_("{count} failed").format(count=s.failed))
        if s.pending:
            flags.append(_("{count} unfinished").format(count=s.pending))
        if s.conversation_id is not None:  # a turn of a conversation (its first run's id)
            flags.append(_("turn {number} of conversation {id}").format(
                number=s.turn + 1, id=s.conversation_id))
        prompt = textwrap.shorten(" ".join(printable(s.prompt).split()), 70, placeholder=" …")
        extra = f" [{', '.join(flags)}]" if flags else ""
        print(f"{s.id:>5}  {when}  {prompt}{extra}")
        print(f"       {' | '.join(printable(n) for n in s.model_names)}")
    if total > len(runs):
        print(_("({shown} of {total} shown; use --limit or --search)").format(
            shown=len(runs), total=total))
    return 0

"""``slm-playground compare``: one prompt, several models, results side by side.

A thin view over :class:`~desktop.session.comparison.ComparisonSession`, like the Compare
page: the session plans the waves, runs, stops and saves; this prints. Ctrl+C stops every
answer at once, keeps what was written in the history (marked stopped) and exits with 130.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.cli._common import add_sampling_arguments, print_json, resolve_model
from desktop.cli.conversation import add_conversation_arguments, run_conversation, turn_fields
from desktop.cli.run import (
    check_options,
    comparison_request,
    load_settings,
    result_fields,
    run_session,
    sampling_params,
    summary_line,
)
from desktop.core.errors import SlmError, StorageError
from desktop.core.generation import MAX_COMPARE_MODELS, MIN_COMPARE_MODELS, check_compare_models
from desktop.core.history.store import History
from desktop.core.i18n import _
from desktop.core.text import printable
from desktop.session.comparison import ComparisonSession
from desktop.session.events import HistoryFailed, PaneResult, RunPlanned, SessionEvent
from desktop.session.pool import ModelPool
from desktop.session.servers import privacy_note, server_of

NAME = "compare"
HELP = "ask several models the same prompt and show the answers side by side"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("--model", action="append", required=True, dest="models",
                        help=f"a model (repeat {MIN_COMPARE_MODELS} to {MAX_COMPARE_MODELS} "
                        "times): file, 'starter' or installed name")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--prompt", help="the message every model answers (chat format)")
    what.add_argument("--complete", dest="plain", help="plain text every model continues")
    what.add_argument("--chat", action="append", dest="chats",
                      help="a message every model answers; repeat it for follow-up questions "
                      "(each model keeps its own conversation)")
    add_sampling_arguments(parser)
    add_conversation_arguments(parser)
    parser.add_argument("--no-history", action="store_true",
                        help="do not keep this comparison in the history")


def _columns(results: Sequence[PaneResult]) -> str:
    width = max(20, shutil.get_terminal_size((120, 40)).columns // len(results) - 3)
    cols = []
    for r in results:
        head = [printable(r.model.name)[:width], "-" * min(width, 40)]
        body: list[str] = []
        for para in r.text.strip().splitlines() or [""]:
            body.extend(textwrap.wrap(para, width) or [""])
        if r.status == "error" and r.error is not None:
            body += ["", *textwrap.wrap(_("Error: {message} {hint}").format(
                message=r.error.message, hint=r.error.hint), width)]
        elif r.status == "stopped":
            body += ["", _("(stopped)") if r.started else _("(stopped before it started)")]
        if r.metrics is not None:
            body += ["", *textwrap.wrap(summary_line(r.metrics), width)]
        cols.append(head + body)
    height = max(len(c) for c in cols)
    lines = []
    for row in range(height):
        cells = [(c[row] if row < len(c) else "").ljust(width) for c in cols]
        lines.append(" | ".join(cells).rstrip())
    return "\n".join(lines)


def _history(args: argparse.Namespace, services: Any) -> History | None:
    """The history to save into (``None`` with --no-history, or when it cannot open)."""
    if args.no_history:
        return None
    try:
        if services is not None:
            return services.open_history()  # type: ignore[no-any-return]
        return History()
    except SlmError as error:
        if not (isinstance(error, StorageError) and getattr(args, "storage_noted", False)):
            print(_("Note: the comparison will not be saved to the history: {message}").format(
                message=error.message), file=sys.stderr)
        return None


def run(args: argparse.Namespace, services: Any = None) -> int:
    """Run the command: a thin view over a comparison session."""
    check_compare_models(len(args.models))
    check_options(args, getattr(services, "policy", None))
    args.chat = args.prompt
    args.prompt = args.plain
    paths = [resolve_model(m) for m in args.models]
    if args.chats or args.attach:
        return _run_conversation(args, paths, services)
    request = comparison_request(args, paths)  # checks the texts too
    note = privacy_note([s for s in map(server_of, paths) if s])
    if note and not args.json:
        print(_("Note: {message}").format(message=note), file=sys.stderr)
    history = _history(args, services)
    own_history = history is not None and services is None
    plans: list[RunPlanned] = []

    def on_event(event: SessionEvent) -> None:
        if isinstance(event, RunPlanned):
            plans.append(event)
        elif isinstance(event, HistoryFailed):
            print(_("Note: the comparison was not saved to the history: {message}").format(
                message=event.error.message), file=sys.stderr)

    pool = ModelPool()
    session = ComparisonSession(request, pool=pool, history=history, on_event=on_event,
                                policy=getattr(services, "policy", None))
    try:
        interrupted = run_session(session, pool)
    finally:
        if own_history and history is not None:
            history.close()
    results = [r for r in session.results if r is not None]
    if not results:  # stopped before anything began
        print(_("Stopped."), file=sys.stderr)
        return 130
    plan = plans[0] if plans else None
    if args.json:
        print_json({
            "results": [result_fields(r) for r in results],
            "schedule": plan.mode if plan else "sequential",
            "history_id": session.run_id,
            "order": [[str(paths[i]) for i in wave] for wave in plan.waves] if plan else [],
            "stopped": interrupted,
        })
    else:
        print(_columns(results))
    if interrupted:
        print(_("Stopped (kept in the history as run {id}).").format(id=session.run_id)
              if session.run_id else _("Stopped."), file=sys.stderr)
        return 130
    return 1 if any(r.status == "error" for r in results) else 0


def _run_conversation(args: argparse.Namespace, paths: list[Path], services: Any) -> int:
    """``--attach`` and/or ``--chat``: one conversation, every model answering each message
    in turn with its own earlier answers."""
    questions = list(args.chats or ([args.chat] if args.chat else []))
    history = _history(args, services)
    own_history = history is not None and services is None
    try:
        chat, interrupted = run_conversation(
            args, paths, questions, make_settings=load_settings, make_sampling=sampling_params,
            history=history, policy=getattr(services, "policy", None),
        )
    finally:
        if own_history and history is not None:
            history.close()
    turns = [[r for r in t.session.results if r is not None] for t in chat.turns]
    if not turns or not turns[-1]:
        print(_("Stopped."), file=sys.stderr)
        return 130
    last = turns[-1]
    if args.json:
        print_json({
            "results": [result_fields(r) for r in last],
            "turns": [{"prompt": t.question,
                       "results": [turn_fields(r, result_fields) for r in results]}
                      for t, results in zip(chat.turns, turns, strict=True)],
            "attachments": [{"name": d.name, "words": d.words} for d in chat.documents],
            "history_id": chat.conversation_id,
            "stopped": interrupted,
        })
    else:
        for number, (t, results) in enumerate(zip(chat.turns, turns, strict=True), start=1):
            if len(turns) > 1:
                print(f"[{number}] {printable(t.question)}")
            print(_columns(results))
            print()
    if interrupted:
        print(_("Stopped."), file=sys.stderr)
        return 130
    return 1 if any(r.status == "error" for r in last) else 0

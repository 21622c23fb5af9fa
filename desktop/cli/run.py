"""``slm-playground run``: answer one prompt with one model, streaming to the terminal.

A thin view over :class:`~desktop.session.comparison.ComparisonSession` (one model, not
saved in the history); Ctrl+C stops the answer at once and exits with code 130.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli._common import (
    add_sampling_arguments,
    megabytes,
    number,
    print_json,
    resolve_model,
)
from desktop.cli.conversation import (
    add_conversation_arguments,
    is_conversation,
    run_conversation,
    turn_fields,
)
from desktop.core.config.policy import Policy, check_load_overrides
from desktop.core.errors import SlmError
from desktop.core.fit.speed import words_rate
from desktop.core.generation import (
    ChatMessage,
    GenerationMetrics,
    LoadSettings,
    SamplingParams,
)
from desktop.core.i18n import _
from desktop.session.comparison import ComparisonSession
from desktop.session.events import ModelSpec, PaneResult, SessionEvent, TokenBatch
from desktop.session.pool import CLOSE_ALL_GRACE_S, ModelPool
from desktop.session.request import ComparisonRequest
from desktop.session.servers import privacy_note, server_of

NAME = "run"
HELP = "answer one prompt with one model, streamed to the terminal"

#: After Ctrl+C, wait at most this long for the answers to stop (they stop within a token).
STOP_WAIT_S = 3.0
#: After Ctrl+C, runners get this long to exit by themselves before they are killed.
STOP_CLOSE_GRACE_S = 0.05


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    parser.add_argument("--model", required=True,
                        help="model file, 'starter', or an installed model's name")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--prompt", help="plain text for the model to continue")
    what.add_argument("--chat", action="append",
                      help="a message to answer, in the model's chat format; repeat it for "
                      "follow-up questions in one conversation")
    add_sampling_arguments(parser)
    add_conversation_arguments(parser)


def load_settings(args: argparse.Namespace) -> LoadSettings:
    """Load settings from the options (seed defaults to 0 for repeatable loads)."""
    return LoadSettings(context_length=args.ctx, threads=args.threads,
                        seed=args.seed if args.seed is not None else 0)


def sampling_params(args: argparse.Namespace) -> SamplingParams:
    """Sampling settings from the options."""
    return SamplingParams(
        temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed
    )


def check_options(args: argparse.Namespace, policy: Policy | None) -> None:
    """Refuse option values that cannot be used, in plain words, before anything loads.

    The one set of rules in core: :meth:`LoadSettings.validate`,
    :meth:`SamplingParams.validate` and the policy's locks
    (:func:`~desktop.core.config.policy.check_load_overrides`). The texts are checked when
    the request is built (:class:`ComparisonRequest`).

    Raises:
        InputError: ``--ctx``, ``--threads``, ``--seed``, ``--max-tokens`` or
            ``--temperature`` is out of range or not a number.
        PolicyLockedError: ``--ctx`` or ``--threads`` differs from what the policy fixes.
    """
    load_settings(args).validate()
    sampling_params(args).validate()
    check_load_overrides(policy, context_length=args.ctx, threads=args.threads)


def result_json(path: Path, m: GenerationMetrics) -> dict[str, Any]:
    """The documented JSON result of one generation.

    A server model's result has ``"backend": "server"``, ``"server": NAME`` and
    ``"peak_rss_bytes": null`` (its memory is on the server).
    """
    return where_fields(path) | {
        "model": str(path),
        "backend": m.backend,
        "text": m.text,
        "prompt_tokens": m.prompt_tokens,
        "output_tokens": m.output_tokens,
        "load_s": m.load_s,
        "ttft_s": m.ttft_s,
        "tokens_per_s": m.tokens_per_s,
        "total_s": m.total_s,
        "peak_rss_bytes": None if m.backend == "server" else m.peak_rss_bytes,
        "stop_reason": m.stop_reason,
        "engine_tokens_per_s": m.engine_tokens_per_s,
        "note": m.note,
    }


def where_fields(path: Path) -> dict[str, Any]:
    """Where an answer was produced: ``{"server": NAME, "backend": "server"}`` for a
    server model, ``{"server": None}`` for a model on this computer."""
    server = server_of(path)
    return {"server": server, "backend": "server"} if server else {"server": None}


def summary_line(m: GenerationMetrics) -> str:
    """One plain line of numbers for people."""
    parts = []
    if m.ttft_s is not None:
        parts.append(_("time to first word {seconds} s").format(
            seconds=number(m.ttft_s, 2, grouped=False)))
    if m.tokens_per_s:
        parts.append(words_rate(m.tokens_per_s))
    parts.append(_("{count} tokens").format(count=number(m.output_tokens, grouped=False)))
    if m.backend == "server":
        parts.append(_("memory on the server"))
    else:
        parts.append(_("peak memory {size}").format(size=megabytes(m.peak_rss_bytes)))
    return ", ".join(parts)


def comparison_request(args: argparse.Namespace, paths: list[Path]) -> ComparisonRequest:
    """The session request described by the command-line options (``run`` and ``compare``).

    ``args.chat`` is a message to answer in each model's chat format, ``args.prompt`` plain
    text to continue.
    """
    sampling = sampling_params(args)
    models = tuple(ModelSpec.of(p) for p in paths)
    if getattr(args, "chat", None) is not None:
        return ComparisonRequest(
            models=models, turns=(ChatMessage("user", args.chat),),
            instructions=args.system or None, sampling=sampling, load=load_settings(args),
        )
    return ComparisonRequest(models=models, completion=args.prompt, sampling=sampling,
                             load=load_settings(args))


def run_session(session: ComparisonSession, pool: ModelPool) -> bool:
    """Run ``session`` to the end; Ctrl+C stops every answer at once (what was written is
    kept and saved as stopped). Returns True when Ctrl+C was pressed.

    The runners are closed before returning, whatever happened.
    """
    interrupted = False
    try:
        session.start()
        while not session.wait(0.05):
            pass
    except KeyboardInterrupt:
        interrupted = True
        session.stop()
        session.wait(STOP_WAIT_S)
    finally:
        # After Ctrl+C the answers are saved: the runners need no time to unload politely.
        pool.close_all(grace_s=STOP_CLOSE_GRACE_S if interrupted else CLOSE_ALL_GRACE_S)
    return interrupted


def result_fields(result: PaneResult) -> dict[str, Any]:
    """The documented JSON of one answer (with ``status``, ``context_length``, ``threads``)."""
    if result.metrics is not None:
        data = result_json(result.model.path, result.metrics)
        data["text"] = result.text
    else:
        error = result.error
        data = where_fields(result.model.path) | {"model": str(result.model.path),
                                                  "text": result.text,
                "error": error.message if error else "", "hint": error.hint if error else "",
                "stop_reason": result.stop_reason}
    data.update(status=result.status, context_length=result.context_length,
                threads=result.threads)
    return data


def run(args: argparse.Namespace, services: Any = None) -> int:
    """Run the command (streamed through a comparison session of one model)."""
    policy = getattr(services, "policy", None)
    check_options(args, policy)
    path = resolve_model(args.model)
    chats = args.chat if isinstance(args.chat, list) else [args.chat] if args.chat else []
    if is_conversation(args, chats) or (args.attach and args.prompt is not None):
        return _run_conversation(args, path, chats, policy)
    args.chat = chats[0] if chats else None
    request = comparison_request(args, [path])  # checks the text too
    pool = ModelPool()
    note = privacy_note([s for s in [server_of(path)] if s])
    if note and not args.json:
        print(_("Note: {message}").format(message=note), file=sys.stderr)

    def show(event: SessionEvent) -> None:
        if isinstance(event, TokenBatch) and not args.json:
            sys.stdout.write(event.text)
            sys.stdout.flush()

    session = ComparisonSession(request, pool=pool, on_event=show, policy=policy)
    interrupted = run_session(session, pool)
    result = session.results[0]
    if result is None or (result.status == "error" and not interrupted):
        raise (result.error if result is not None and result.error is not None
               else SlmError(_("The model stopped without finishing its answer.")))
    if args.json:
        print_json(result_fields(result))
    else:
        sys.stdout.write("\n")
        sys.stdout.flush()
        if result.metrics is not None:
            if result.metrics.note:
                print(_("Note: {message}").format(message=result.metrics.note), file=sys.stderr)
            print(f"({summary_line(result.metrics)})", file=sys.stderr)
    if interrupted:
        print(_("Stopped."), file=sys.stderr)
        return 130
    return 0


def _run_conversation(args: argparse.Namespace, path: Path, chats: list[str],
                      policy: Policy | None) -> int:
    """``--attach`` and/or several ``--chat``: one conversation, each message in turn."""

    def show(number: int, event: SessionEvent) -> None:
        if isinstance(event, TokenBatch) and not args.json:
            if event.first and len(chats) > 1:
                sys.stdout.write(f"\n[{number + 1}] " if number else f"[{number + 1}] ")
            sys.stdout.write(event.text)
            sys.stdout.flush()

    chat, interrupted = run_conversation(
        args, [path], chats, make_settings=load_settings, make_sampling=sampling_params,
        policy=policy, on_event=show,
    )
    results = [t.session.results[0] for t in chat.turns]
    last = results[-1] if results else None
    if last is None or (last.status == "error" and not interrupted):
        raise (last.error if last is not None and last.error is not None
               else SlmError(_("The model stopped without finishing its answer.")))
    if args.json:
        data = result_fields(last)
        data["turns"] = [
            {"prompt": t.question} | turn_fields(r, result_fields)
            for t, r in zip(chat.turns, results, strict=True) if r is not None
        ]
        data["attachments"] = [{"name": d.name, "words": d.words} for d in chat.documents]
        print_json(data)
    else:
        sys.stdout.write("\n")
        sys.stdout.flush()
        for number, r in enumerate(results, start=1):
            if r is not None and r.metrics is not None:
                print(f"([{number}] {summary_line(r.metrics)})", file=sys.stderr)
    if interrupted:
        print(_("Stopped."), file=sys.stderr)
        return 130
    return 0

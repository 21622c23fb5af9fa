"""Conversations on the command line: ``--attach FILE`` and repeated ``--chat TEXT``.

Shared by ``run`` (one model) and ``compare`` (several): every ``--chat`` is answered in
turn as one conversation (one runner per model, its cache reused), attached documents go
with the first message. A document that does not fit a model is a plain error naming the
model and the sizes, unless ``--fit first-part`` (or ``--fit longer``) says what to do.
A thin view over :class:`~desktop.session.conversation.Conversation`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.documents import read_document
from desktop.core.errors import DocumentTooLongError, InputError
from desktop.core.history.store import History
from desktop.core.i18n import _
from desktop.session.conversation import Conversation, PaneFit
from desktop.session.events import PaneResult, SessionEvent
from desktop.session.pool import ModelPool

#: After Ctrl+C, wait at most this long for the answers to stop.
STOP_WAIT_S = 3.0


def add_conversation_arguments(parser: argparse.ArgumentParser) -> None:
    """``--attach FILE`` (repeatable) and ``--fit``."""
    parser.add_argument("--attach", action="append", default=[], metavar="FILE",
                        help="a document for the models to read with the first message "
                        "(.txt .md .docx .pdf .eml .html; repeatable)")
    parser.add_argument("--fit", choices=("ask", "first-part", "longer"), default="ask",
                        help="when a document does not fit a model: stop with an error "
                        "(ask, the default), give it the first part that fits (marked in "
                        "the text), or use a longer context if memory allows")


def is_conversation(args: argparse.Namespace, questions: Sequence[str]) -> bool:
    """Whether the options ask for a conversation (documents or several messages)."""
    return bool(getattr(args, "attach", None)) or len(questions) > 1


def _too_long(fits: Sequence[PaneFit]) -> DocumentTooLongError:
    bad = [f for f in fits if not f.fits]
    return DocumentTooLongError(
        " ".join(f.describe() for f in bad),
        hint=_("Add --fit first-part to give each model the first part that fits (marked), "
               "--fit longer to use a longer context where memory allows, or attach less."),
        detail="; ".join(f"{f.model.path}: needs {f.choices.use.needed_tokens} tokens, "
                         f"context {f.context_length}" for f in bad),
    )


def apply_fit(chat: Conversation, question: str, how: str) -> None:
    """Check that the documents fit every model; apply ``--fit``; refuse plainly otherwise.

    Raises:
        DocumentTooLongError: a document does not fit and ``how`` offers no way out.
    """
    fits = chat.check_fit(question)
    if all(f.fits for f in fits):
        return
    if how == "first-part" and all(f.fits or f.choices.first_part for f in fits):
        chat.use_first_part(fits)
        return
    if how == "longer" and all(f.fits or f.choices.longer_context for f in fits):
        chat.use_longer_context(fits)
        if all(f.fits for f in chat.check_fit(question)):
            return
    raise _too_long(fits)


def turn_fields(result: PaneResult, fields: Callable[[PaneResult], dict[str, Any]]
                ) -> dict[str, Any]:
    """One model's answer in one turn, with the prompt-cache numbers."""
    data = fields(result)
    m = result.metrics
    data.update(
        prompt_tokens=m.prompt_tokens if m else None,
        prompt_eval_tokens=m.prompt_eval_tokens if m else None,
        output_tokens=m.output_tokens if m else None,
        ttft_s=m.ttft_s if m else None,
        tokens_per_s=m.tokens_per_s if m else None,
    )
    return data


def run_conversation(
    args: argparse.Namespace,
    paths: Sequence[Path],
    questions: Sequence[str],
    *,
    make_settings: Callable[[argparse.Namespace], Any],
    make_sampling: Callable[[argparse.Namespace], Any],
    history: History | None = None,
    policy: Any = None,
    on_event: Callable[[int, SessionEvent], None] | None = None,
) -> tuple[Conversation, bool]:
    """Answer each question in turn as one conversation; returns it and whether Ctrl+C
    stopped it. The runners are closed before returning.

    Raises:
        DocumentError: an attached file cannot be read.
        DocumentTooLongError: a document does not fit (see :func:`apply_fit`).
        InputError: ``--attach`` with plain-text completion.
    """
    if getattr(args, "prompt", None) is not None and args.attach:
        raise InputError(_("Documents can only be attached to a chat message."),
                         hint=_("Use --chat TEXT with --attach."))
    documents = [read_document(Path(f).expanduser()) for f in args.attach]
    pool = ModelPool()
    chat = Conversation(paths, pool=pool, history=history,
                        instructions=getattr(args, "system", None) or None,
                        sampling=make_sampling(args), load=make_settings(args), policy=policy)
    for document in documents:
        chat.attach(document)
    interrupted = False
    try:
        if documents:
            apply_fit(chat, questions[0], args.fit)
        for number, question in enumerate(questions):
            def forward(event: SessionEvent, number: int = number) -> None:
                if on_event is not None:
                    on_event(number, event)

            session = chat.ask(question, on_event=forward)
            try:
                while not chat.wait(0.05):
                    pass
            except KeyboardInterrupt:
                interrupted = True
                session.stop()
                chat.wait(STOP_WAIT_S)
                break
            results = [r for r in session.results if r is not None]
            if any(r.status == "error" for r in results):
                break  # a model failed: later turns would build on a missing answer
    finally:
        pool.close_all()
    return chat, interrupted
